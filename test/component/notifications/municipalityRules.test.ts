// Every offer, reminder and text about notifications follows the municipality's record: Gjøvik has no change
// deadline and no summer respite, so nothing speaks of them there; Lunner has both.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import NotificationPermissionAsk from '../../../src/family/components/notifications/NotificationPermissionAsk.vue'
import NotificationSettings from '../../../src/family/components/notifications/NotificationSettings.vue'
import { db } from '../../../src/family/db/database'
import type { Municipality } from '../../../src/protocol'
import type { Locale } from '../../../src/protocol/locale'
import { aMunicipality } from '../../support/calendarBuilders'
import { aHousehold, emmasWeekend } from '../../support/calendarHousehold'
import { createAppI18n } from '../support/appI18n'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

const gjovik = { name: 'Gjøvik kommune', changeDeadline: null, summerRespite: null }
const summer = { applicationDeadline: '2027-03-15T22:59:00.000Z', from: '2027-06-01', to: '2027-08-31' }

afterEach(() => vi.unstubAllGlobals())

async function mountIn(component: typeof NotificationSettings, municipality: Partial<Municipality>, locale: Locale) {
  await db.municipality.put(aMunicipality(municipality))
  const wrapper = mount(component, {
    attachTo: document.body,
    global: { plugins: [createPinia(), createAppI18n(locale)] },
  })
  await flushPromises()
  return wrapper
}

describe('notifications in a municipality without a change deadline or summer respite', () => {
  it('offers no deadline or summer reminder and does not ask when to be reminded of a deadline', async () => {
    const wrapper = await mountIn(NotificationSettings, gjovik, 'nb')
    await eventually(() => expect(wrapper.findAll('fieldset input[type="checkbox"]')).toHaveLength(4))
    expect(wrapper.text()).not.toContain('endringsfristen')
    expect(wrapper.text()).not.toContain('sommeravlastning')
    expect(wrapper.find('select#deadline-lead').exists()).toBe(false)
  })

  it('says the calendar feed shows the stays, not that it reminds of a deadline', async () => {
    const wrapper = await mountIn(NotificationSettings, gjovik, 'nb')
    await eventually(() =>
      expect(wrapper.get('[data-testid="calendar-feed-body"]').text()).toBe(
        'Abonner på oppholdene i kalenderappen på telefonen. Den viser hvert opphold, også der Pusterom ikke kan sende varsler.',
      ),
    )
    // This browser has no Web Push: the way out it is told of reminds of no deadline either.
    expect(wrapper.get('[data-testid="notification-state"]').text()).toContain('så viser telefonens egen kalender')
    expect(wrapper.text()).not.toContain('fristene')
  })

  it('asks, in each language, only about the reminders it can give', async () => {
    browserThatCanNotify()
    const nb = await mountIn(NotificationPermissionAsk, gjovik, 'nb')
    await eventually(() => expect(nb.text()).toContain('og minne deg på pakkingen. Du velger selv'))
    nb.unmount()
    const en = await mountIn(NotificationPermissionAsk, gjovik, 'en')
    await eventually(() => expect(en.text()).toContain('and remind you of the packing. You choose'))
  })

  it('offers no reminder before a deadline on the stay page', async () => {
    await aHousehold(gjovik)
    const stay = await emmasWeekend()
    const { wrapper } = await mountScreen(`/stays/${stay.id}`, { now: '2026-11-26T08:00:00.000Z' })
    await eventually(() => expect(wrapper.text()).toContain('Kommunen har ingen fast endringsfrist'))
    expect(wrapper.find('.stay-notify').exists()).toBe(false)
  })
})

describe('notifications in a municipality with a change deadline and summer respite', () => {
  it('offers every kind and when to be reminded of the deadline', async () => {
    const wrapper = await mountIn(NotificationSettings, { summerRespite: summer }, 'nb')
    await eventually(() => expect(wrapper.findAll('fieldset input[type="checkbox"]')).toHaveLength(6))
    expect(wrapper.find('select#deadline-lead').exists()).toBe(true)
    expect(wrapper.get('[data-testid="calendar-feed-body"]').text()).toContain('minner deg om endringsfristen')
  })

  it('asks about the deadline, the packing and the summer application', async () => {
    browserThatCanNotify()
    const wrapper = await mountIn(NotificationPermissionAsk, { summerRespite: summer }, 'nn')
    await eventually(() =>
      expect(wrapper.text()).toContain('minne deg på endringsfristen, pakkinga og søknaden om sommaravlasting.'),
    )
  })

  it('offers a reminder on the stay page while the deadline is ahead, and none once it has passed', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const before = await mountScreen(`/stays/${stay.id}`, { now: '2026-11-26T08:00:00.000Z' })
    await eventually(() => expect(before.wrapper.find('.stay-notify').exists()).toBe(true))
    before.wrapper.unmount()
    const after = await mountScreen(`/stays/${stay.id}`, { now: '2026-11-26T14:00:01.000Z' })
    await eventually(() => expect(after.wrapper.text()).toContain('Endringsfristen gikk ut'))
    expect(after.wrapper.find('.stay-notify').exists()).toBe(false)
  })
})

/** A browser that can show notifications and has not been asked yet. */
function browserThatCanNotify() {
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: { getRegistration: async () => undefined } })
  vi.stubGlobal('Notification', { permission: 'default', requestPermission: async () => 'default' })
  vi.stubGlobal('PushManager', class {})
}
