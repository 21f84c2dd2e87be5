import { createApp } from 'vue'
import App from './App.vue'
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
  void installPwa()
  // The staff console is online only and keeps no family's data on the machine: no device database, no sync.
  if (location.pathname.startsWith('/kommune')) return
  void laterMessagesLoaded()
  installStorage()
  void startAppSyncWhenLoaded()
}

void start()
