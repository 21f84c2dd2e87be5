// A private copy of the built app for one test file, so a test can "deploy" a new version of it.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The page asks its controlling worker this to learn which deployed version it runs. */
export const VERSION_QUESTION = 'E2E_WHICH_VERSION'

export interface ServedBuild {
  dir: string
  /** Replace the service worker with the real one plus a version stamp: a new deploy to the browser. */
  deploy(version: number): Promise<void>
  /** Deploys another build over this one (an old app's files stay beside it, as on a real server). */
  replaceWith(distDir: string, version: number): Promise<void>
  remove(): Promise<void>
}

// Appended to the real worker: answers which version it is, so a test can tell old from new.
function versionStamp(version: number): string {
  return `
;self.addEventListener('message', (event) => {
  if (event.data && event.data.type === '${VERSION_QUESTION}') event.ports[0].postMessage(${version})
})
`
}

export async function copyOfBuild(distDir: string): Promise<ServedBuild> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pusterom-e2e-dist-'))
  await cp(distDir, dir, { recursive: true })
  let originalWorker = await readFile(path.join(dir, 'sw.js'), 'utf8')
  const build: ServedBuild = {
    dir,
    async deploy(version) {
      await writeFile(path.join(dir, 'sw.js'), originalWorker + versionStamp(version))
    },
    async replaceWith(distDir, version) {
      await cp(distDir, dir, { recursive: true, force: true })
      originalWorker = await readFile(path.join(dir, 'sw.js'), 'utf8')
      await build.deploy(version)
    },
    async remove() {
      await rm(dir, { recursive: true, force: true })
    },
  }
  await build.deploy(1)
  return build
}
