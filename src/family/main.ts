// The family app's start: mount the first page, then load what can wait (later texts, the device's storage
// request, the service worker and the sync engine) once it has painted.
import { createApp } from 'vue'
import { installI18n, laterMessagesLoaded } from '../i18n/installI18n'
import FamilyApp from './FamilyApp.vue'
import { firstRead } from './db/firstRead'
import { afterFirstPaint } from './tools/afterFirstPaint'
import { installPinia } from './modules/pinia'
import { installRouter } from './modules/router'
import { installStorage } from './modules/storage'
import { startAppSyncWhenLoaded } from './sync/loadAppSync'

export async function startFamilyApp(): Promise<void> {
  // Opening the device's database takes a phone a moment of its own: begun now, it is open for the first read.
  firstRead.warmUp()
  const app = createApp(FamilyApp)
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
  // Once the engine is there: the push subscription is sent with the session the engine reads, and a server
  // that no longer serves this version has the app update itself.
  void startAppSyncWhenLoaded().then(async (sync) => {
    const [renewal, outdated] = await Promise.all([
      import('./modules/pushRenewal'),
      import('./modules/updateWhenOutdated'),
    ])
    renewal.installPushRenewal()
    outdated.installUpdateWhenOutdated(sync)
  })
}
