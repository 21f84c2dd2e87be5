// The server's entry (`npm start` runs it compiled, dist-server/main.js): build the app when needed (in a
// child process), then serve it and the API on one origin.
// SIGTERM or SIGINT stops it gracefully (RunningServer.close) and it exits 0; a second one ends it at once.
import { setFlagsFromString } from 'node:v8'
import { buildIfNeeded } from './buildIfNeeded'
import { systemClock } from '../domain/clock'
import { readConfig } from './config'
import { jsonLog, stdoutLine } from './operations/jsonLog'
import { startServer } from './startServer'

const config = readConfig()
// The embedded database is PostgreSQL compiled to WebAssembly: V8's optimising tier keeps a second, larger copy
// of its hot code (about 60 MB resident) for queries some 10-20 % faster than the baseline tier's, which a
// pilot's few requests a second do not need. Set before PGlite compiles its module; PostgreSQL is not affected.
if (config.databaseUrl === null) setFlagsFromString('--liftoff-only')
const log = jsonLog(stdoutLine, systemClock)
if (process.env.SKIP_BUILD !== '1') await buildIfNeeded(config.distDir)
const server = await startServer({ config, clock: systemClock, log })
log(
  JSON.stringify({
    level: 'info',
    msg: `Pusterom is running at ${server.url}${config.demo ? ' (demo data; every demo login has the password "demo")' : ''}`,
    url: server.url,
  }),
)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1)
    stopping = true
    const closed = server.close()
    log(JSON.stringify({ level: 'info', msg: 'stopping', signal, graceSeconds: config.shutdownGraceMs / 1000 }))
    closed.then(
      () => process.exit(0),
      () => process.exit(1),
    )
  })
}
