// Starts a server as a real child process and stops or kills it: serverProcessMain.ts over a test schema
// on PostgreSQL (several API processes behind one database, as they run in production), or any entry
// (`npm start`'s own src/server/main.ts) with its environment. Its standard output is JSON lines.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

export interface ServerChild {
  url: string
  /** Resolves once it serves: its database open and migrated. */
  ready: Promise<void>
  /** SIGKILL: no clean-up, no goodbye, leases left behind. */
  kill(): Promise<void>
  /** SIGTERM, and its exit code once it has exited. */
  stop(): Promise<number | null>
  /** SIGINT (Ctrl-C), and its exit code once it has exited. */
  interrupt(): Promise<number | null>
  /** SIGTERM; resolves once the process says it is stopping (it no longer takes connections then). */
  beginStop(): Promise<void>
  /** Its exit code, once it has exited. */
  exited: Promise<number | null>
}

export interface ServerChildOptions {
  /** The script to run (default serverProcessMain.ts): TypeScript under tsx (found from the working directory),
   * or compiled JavaScript under node itself, as production runs dist-server/main.js. */
  entry?: string
  env?: NodeJS.ProcessEnv
  /** Resolve as soon as it listens, while it may still migrate (default: once it is ready). */
  listeningIsEnough?: boolean
}

const supportDir = path.dirname(new URL(import.meta.url).pathname)

export async function startServerChild(
  databaseUrl: string,
  schema: string,
  options: ServerChildOptions = {},
): Promise<ServerChild> {
  return spawnServer({ ...options, env: { DATABASE_URL: databaseUrl, TEST_SCHEMA: schema, ...options.env } })
}

export async function spawnServer(options: ServerChildOptions = {}): Promise<ServerChild> {
  const entry = options.entry ?? path.join(supportDir, 'serverProcessMain.ts')
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : []
  const child = spawn(process.execPath, [...loader, entry], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const lines: Array<Record<string, unknown>> = []
  const watchers: Array<() => void> = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line.startsWith('{') ? (JSON.parse(line) as Record<string, unknown>) : { text: line })
    for (const watcher of [...watchers]) watcher()
  })
  const saying = (says: (line: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const look = () => {
        const found = lines.find(says)
        if (found) resolve(found)
      }
      watchers.push(look)
      look()
      void exited.then((code) => reject(new Error(`the server process exited with ${code}`)))
    })
  // It says its URL once it listens (msg "starting", while it still migrates) and again once it is ready.
  const ready = saying((line) => line.url !== undefined && line.msg !== 'starting').then(() => undefined)
  ready.catch(() => undefined)
  const url = String(
    (await saying((line) => line.url !== undefined && (options.listeningIsEnough || line.msg !== 'starting'))).url,
  )
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name)
  }
  return {
    url,
    ready,
    exited,
    kill: async () => {
      signal('SIGKILL')
      await exited
    },
    stop: () => {
      signal('SIGTERM')
      return exited
    },
    interrupt: () => {
      signal('SIGINT')
      return exited
    },
    beginStop: async () => {
      signal('SIGTERM')
      await saying((line) => line.stopping !== undefined || line.msg === 'stopping')
    },
  }
}
