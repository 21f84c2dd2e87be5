// Starts serverProcessMain.ts as a real child process over a test schema on PostgreSQL, and stops or
// kills it: several API processes behind one database, as they run in production.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

export interface ServerChild {
  url: string
  /** SIGKILL: no clean-up, no goodbye, leases left behind. */
  kill(): Promise<void>
  stop(): Promise<void>
}

const entry = path.join(path.dirname(new URL(import.meta.url).pathname), 'serverProcessMain.ts')

export async function startServerChild(databaseUrl: string, schema: string): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, DATABASE_URL: databaseUrl, TEST_SCHEMA: schema },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout })
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url))
    child.once('exit', (code) => reject(new Error(`the server process exited with ${code}`)))
  })
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  return { url, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') }
}
