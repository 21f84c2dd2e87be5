// `npm run build:server`: the server compiled to plain JavaScript (dist-server/), so production runs it
// under `node` itself, without tsx compiling TypeScript in the server's own process and memory.
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
export const SERVER_BUNDLE_DIR = path.join(root, 'dist-server')

export async function bundleServer(outdir = SERVER_BUNDLE_DIR): Promise<void> {
  rmSync(outdir, { recursive: true, force: true })
  await build({
    entryPoints: { main: path.join(root, 'src/server/main.ts') },
    outdir,
    bundle: true,
    // Packages stay in node_modules: PGlite and oidc-provider find their own files beside their code.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // The demo's sign-in stand-ins stay a chunk of their own that only demo mode loads.
    splitting: true,
    sourcemap: 'linked',
    keepNames: true,
    logLevel: 'warning',
  })
  // The migrations are read at start from beside the code that runs them (storage/migrate.ts).
  cpSync(path.join(root, 'src/server/storage/migrations'), path.join(outdir, 'migrations'), { recursive: true })
}

if (process.argv[1] === new URL(import.meta.url).pathname) await bundleServer()
