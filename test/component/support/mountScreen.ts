// Mounts the app's router at a path, with the app's language and a clock the test sets, so a
// calendar screen is tested the way a family reaches it.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import type { Locale } from '../../../src/protocol/locale'
import { createAppI18n } from './appI18n'
import { routes } from '../../../src/family/modules/router'
import { useSyncStatusStore } from '../../../src/family/stores/syncStatus'
import { loadAppSync } from '../../../src/family/sync/loadAppSync'
import { signedOutStatus } from '../../../src/family/sync/syncStatus'
import { provideTime } from '../../support/provideTime'
import { testClock } from '../../support/testClock'

const Shell = defineComponent({ render: () => h(RouterView) })

export async function mountScreen(path: string, options: { now: string; locale?: Locale }) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const time = testClock(options.now)
  // A device whose first sync has finished: what is on it is all there is (an empty list means no stays).
  const pinia = createPinia()
  setActivePinia(pinia)
  const sync = useSyncStatusStore()
  await loadAppSync()
  await flushPromises() // the store has taken the (signed-out) engine's status: now say it has synced
  sync.status = { ...signedOutStatus, phase: 'upToDate', lastSyncedAt: time.iso() }
  const wrapper = mount(Shell, {
    attachTo: document.body,
    global: { plugins: [pinia, createAppI18n(options.locale ?? 'nb'), router], provide: provideTime(time) },
  })
  await flushPromises()
  return { wrapper, router, time }
}
