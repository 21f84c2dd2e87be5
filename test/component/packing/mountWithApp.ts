// Mounts a packing or medication screen with the app's router, language and a clock the test sets.
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type { Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '../support/appI18n'
import type { Locale } from '../../../src/protocol/locale'
import { routes } from '../../../src/family/modules/router'
import { provideTime } from '../../support/provideTime'
import { testClock } from '../../support/testClock'

export async function mountWithApp(
  component: Component,
  props: Record<string, unknown>,
  now = '2026-11-26T18:00:00.000Z',
  locale: Locale = 'nb',
) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/')
  const time = testClock(now)
  const wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [createPinia(), createAppI18n(locale), router], provide: provideTime(time) },
  })
  return { wrapper, router, time }
}
