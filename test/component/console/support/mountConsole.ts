// Mounts the staff console at a path under /kommune, signed in as Lunner's staff member (or not),
// with every language's texts at hand and the API answered by a fake (fakeStaffApi.ts).
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { consoleRoute } from '../../../../src/console/consoleRoutes'
import type { StaffRole } from '../../../../src/protocol'
import type { Clock } from '../../../../src/domain/clock'
import type { Locale } from '../../../../src/protocol/locale'
import { consoleClockKey } from '../../../../src/console/tools/useConsoleClock'
import { createAppI18n } from '../../support/appI18n'

const Shell = defineComponent({ render: () => h(RouterView) })

export const staffUser = {
  id: '00000000-0000-4000-8000-00000000a001',
  name: 'Tone Lunde',
  role: 'staff' as const,
  householdId: null,
  municipalityId: '00000000-0000-4000-8000-00000000b001',
  staffRole: 'caseworker' as StaffRole,
}

export function signedInAsStaff(staffRole: StaffRole = 'caseworker'): void {
  localStorage.setItem(
    'pusterom.staffSession',
    JSON.stringify({
      token: 'staff-token-0123456789abcdef',
      expiresAt: '2099-01-01T00:00:00.000Z',
      user: { ...staffUser, staffRole },
    }),
  )
}

export async function mountConsole(
  path: string,
  options: { locale?: Locale; signedIn?: boolean; staffRole?: StaffRole; clock?: Clock } = {},
) {
  localStorage.clear()
  if (options.signedIn ?? true) signedInAsStaff(options.staffRole)
  const router = createRouter({ history: createMemoryHistory(), routes: [consoleRoute] })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(Shell, {
    attachTo: document.body,
    global: {
      plugins: [createPinia(), createAppI18n(options.locale ?? 'nb'), router],
      provide: options.clock ? { [consoleClockKey as symbol]: options.clock } : {},
    },
  })
  await flushPromises()
  return { wrapper, router }
}
