// Mounts the app's router at a path, with the app's language and a clock the test sets, so a
// calendar screen is tested the way a family reaches it.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import type { Locale } from '../../../src/protocol/locale'
import { createAppI18n } from './appI18n'
import { routes } from '../../../src/modules/router'
import { provideTime } from '../../support/provideTime'
import { testClock } from '../../support/testClock'

const Shell = defineComponent({ render: () => h(RouterView) })

export async function mountScreen(path: string, options: { now: string; locale?: Locale }) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const time = testClock(options.now)
  const wrapper = mount(Shell, {
    attachTo: document.body,
    global: { plugins: [createPinia(), createAppI18n(options.locale ?? 'nb'), router], provide: provideTime(time) },
  })
  await flushPromises()
  return { wrapper, router, time }
}
