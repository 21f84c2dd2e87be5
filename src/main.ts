import { createApp } from 'vue'
import App from './App.vue'
import { afterFirstPaint } from './modules/afterFirstPaint'
import { installI18n, laterMessagesLoaded } from './modules/i18n'
import { installPinia } from './modules/pinia'
import { installPwa } from './modules/pwa'
import { installRouter } from './modules/router'
import { installStorage } from './modules/storage'
import { startAppSyncWhenLoaded } from './sync/loadAppSync'
import './styles/main.css'

async function start(): Promise<void> {
  const app = createApp(App)
  installPinia(app)
  await installI18n(app)
  installRouter(app)
  app.mount('#app')
  await afterFirstPaint()
  void laterMessagesLoaded()
  installStorage()
  void installPwa()
  void startAppSyncWhenLoaded()
}

// The staff console is its own app, online only, with no device database or sync (src/modules/console.ts).
if (location.pathname.startsWith('/kommune')) void import('./modules/console').then((m) => m.startConsole(installI18n))
else void start()
