// One running server per test file, with a fresh database and its own copy of the build; gone when the file ends.
import { afterAll, beforeAll, inject } from 'vitest'
import { copyOfBuild, type ServedBuild } from './servedBuild'
import { startTestServer, type RunningServer, type TestServerOptions } from './testServer'

export interface AppUnderTest {
  /** The origin the app is served from, e.g. http://127.0.0.1:41234 */
  readonly url: string
  readonly build: ServedBuild
}

/**
 * `demo: true` seeds the demo municipalities and families into this file's fresh database; `distDir` serves
 * another build than the lane's (an old version of the app).
 */
export function serveAppForThisFile(
  options: Omit<TestServerOptions, 'distDir'> & { distDir?: () => string } = {},
): AppUnderTest {
  let build: ServedBuild | undefined
  let server: RunningServer | undefined
  beforeAll(async () => {
    build = await copyOfBuild(options.distDir?.() ?? inject('distDir'))
    server = await startTestServer({ ...options, distDir: build.dir })
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
