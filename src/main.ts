import { createApp } from 'vue'
import App from './App.vue'
import { installI18n } from './modules/i18n'
import { installPinia } from './modules/pinia'
import { installPwa } from './modules/pwa'
import { installRouter } from './modules/router'
import { installStorage } from './modules/storage'
import { startAppSyncWhenLoaded } from './sync/loadAppSync'
import './styles/main.css'

const app = createApp(App)
installPinia(app)
installI18n(app)
installRouter(app)
app.mount('#app')
installStorage()
installPwa()
void startAppSyncWhenLoaded()
