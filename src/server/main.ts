// `npm start`: build the app when needed (in a child process), then serve it and the API on one origin.
import { buildIfNeeded } from './buildIfNeeded'
import { systemClock } from '../domain/clock'
import { readConfig } from './config'
import { startServer } from './startServer'

const config = readConfig()
if (process.env.SKIP_BUILD !== '1') await buildIfNeeded(config.distDir)
const server = await startServer({ config, clock: systemClock })
console.info(
  `Pusterom is running at ${server.url}${config.demo ? ' (demo data; every demo login has the password "demo")' : ''}`,
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0))
  })
}
