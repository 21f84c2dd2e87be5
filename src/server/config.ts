// The server's configuration, read once from the environment.
import path from 'node:path'

export interface ServerConfig {
  host: string
  port: number
  /** Where the embedded database keeps its files. */
  dataDir: string
  /** A PostgreSQL URL; when set it is used instead of the embedded database. */
  databaseUrl: string | null
  /** The built app to serve. */
  distDir: string
  /** Seed the demo municipalities, households and logins on an empty database. */
  demo: boolean
  /** Let pushes go to push services on this machine (a local stand-in); off, they go only to public https:. */
  pushAllowLoopback: boolean
}

const isOn = (value: string | undefined) => value === '1' || value === 'true'

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`)
  const databaseUrl = env.DATABASE_URL?.trim() || null
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    databaseUrl,
    distDir: path.resolve(env.DIST_DIR ?? 'dist'),
    // Demo data is on by default with the embedded database, off with a real PostgreSQL.
    demo: env.DEMO ? isOn(env.DEMO) : databaseUrl === null,
    pushAllowLoopback: isOn(env.PUSH_ALLOW_LOOPBACK),
  }
}
