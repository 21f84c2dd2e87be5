// `npm start`: build the app when needed, then serve it and the API on one origin.
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { buildIfNeeded } from './buildIfNeeded'
import { readConfig } from './config'

const config = readConfig()
if (process.env.SKIP_BUILD !== '1') await buildIfNeeded(config.distDir)
const app = createApp(config)
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  console.info(`Pusterom is running at http://${config.host}:${info.port}`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
