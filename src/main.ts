import { createApp } from 'vue'
import App from './App.vue'
import { afterFirstPaint } from './modules/afterFirstPaint'
import { installI18n, laterMessagesLoaded } from './modules/i18n'
import { installPinia } from './modules/pinia'
import { installRouter } from './modules/router'
import { installStorage } from './modules/storage'
import { startAppSyncWhenLoaded } from './sync/loadAppSync'
import './styles/main.css'

async function start(): Promise<void> {
  const app = createApp(App)
  installPinia(app)
  await installI18n(app)
  // Mounted once the first page is known: the header's title, the signed-in area's bars and the page itself
  // paint together, instead of a header for no page that changes when the page arrives.
  await installRouter(app)
  app.mount('#app')
  await afterFirstPaint()
  void laterMessagesLoaded()
  installStorage()
  void import('./modules/pwa').then((pwa) => pwa.installPwa())
  void startAppSyncWhenLoaded()
}

// The staff console is its own app, online only, with no device database or sync (src/modules/console.ts).
if (location.pathname.startsWith('/kommune')) void import('./modules/console').then((m) => m.startConsole(installI18n))
else void start()
