// The municipality's staff console as its own app on the page under /kommune: its own router, stores and
// texts (src/console/), all fetched only there, and none of the family's device database, sync or offline
// service worker, since the console is online only and keeps no household's data on the machine.
import { createPinia } from 'pinia'
import { createApp, defineComponent, h, type App } from 'vue'
import { createRouter, createWebHistory, RouterView } from 'vue-router'
import { consoleRoute } from './consoleRoutes'

/** `installI18n` comes from main.ts, which has it already, so that this chunk shares no module with the first screen. */
export async function startConsole(installI18n: (app: App) => Promise<void>): Promise<void> {
  const app = createApp(defineComponent({ name: 'ConsoleRoot', render: () => h(RouterView) }))
  app.use(createPinia())
  await installI18n(app)
  app.use(createRouter({ history: createWebHistory(), routes: [consoleRoute] }))
  app.mount('#app')
}
