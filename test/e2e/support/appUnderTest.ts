// One running server per test file, serving its own copy of the build; removed when the file ends.
import { afterAll, beforeAll, inject } from 'vitest'
import { copyOfBuild, type ServedBuild } from './servedBuild'
import { startTestServer, type RunningServer } from './testServer'

export interface AppUnderTest {
  /** The origin the app is served from, e.g. http://127.0.0.1:41234 */
  readonly url: string
  readonly build: ServedBuild
}

export function serveAppForThisFile(): AppUnderTest {
  let build: ServedBuild | undefined
  let server: RunningServer | undefined
  beforeAll(async () => {
    build = await copyOfBuild(inject('distDir'))
    server = await startTestServer({ distDir: build.dir })
  })
  afterAll(async () => {
    await server?.close()
    await build?.remove()
  })
  return {
    get url() {
      if (!server) throw new Error('the server is not started yet')
      return server.url
    },
    get build() {
      if (!build) throw new Error('the build is not copied yet')
      return build
    },
  }
}
