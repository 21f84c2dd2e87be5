// The family's notification choices are kept on the phone, so they hold offline and reach the server
// when the phone subscribes; a browser without Web Push is told about the calendar feed instead.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import NotificationCalendarFeedSettings from '../../../src/family/components/notifications/NotificationCalendarFeedSettings.vue'
import NotificationSettings from '../../../src/family/components/notifications/NotificationSettings.vue'
import { db } from '../../../src/family/db/database'
import { readMeta } from '../../../src/family/db/meta'
import { useNotificationSettingsStore } from '../../../src/family/stores/notificationSettings'
import { createAppI18n } from '../support/appI18n'
import type { PushPreferences } from '../../../src/protocol'
import { aMunicipality } from '../../support/calendarBuilders'

/** In a municipality with a change deadline and summer respite, which every kind of notification is for. */
async function mountSettings() {
  await db.municipality.put(
    aMunicipality({
      summerRespite: { applicationDeadline: '2027-03-15T22:59:00.000Z', from: '2027-06-01', to: '2027-08-31' },
    }),
  )
  const wrapper = mount(NotificationSettings, {
    attachTo: document.body,
    global: { plugins: [createPinia(), createAppI18n('nb')] },
  })
  await flushPromises()
  return wrapper
}

const stored = () => readMeta<PushPreferences>(db, 'notificationPreferences')

describe('notification settings', () => {
  it('offers each kind of notification, all on at first, and the lock screen without details', async () => {
    const wrapper = await mountSettings()
    await vi.waitFor(() => expect(wrapper.findAll('fieldset input[type="checkbox"]')).toHaveLength(6))
    const boxes = wrapper.findAll('fieldset input[type="checkbox"]')
    expect(boxes.every((box) => (box.element as HTMLInputElement).checked)).toBe(true)
    expect(wrapper.text()).toContain('Påminnelse før endringsfristen')
    const details = wrapper.find('input[aria-describedby="show-details-help"]')
    expect((details.element as HTMLInputElement).checked).toBe(false)
  })

  it('keeps a kind turned off on the phone', async () => {
    const wrapper = await mountSettings()
    const packing = wrapper.findAll('label').find((label) => label.text().startsWith('Pakking kvelden før'))!
    await packing.find('input').setValue(false)
    await vi.waitFor(async () => expect((await stored())?.kinds.packingReminders).toBe(false))
    expect((await stored())?.kinds.deadlineReminders).toBe(true)
  })

  it('keeps the chosen time for the deadline reminder', async () => {
    const wrapper = await mountSettings()
    await vi.waitFor(() => expect(wrapper.find('select#deadline-lead').exists()).toBe(true))
    await wrapper.find('select#deadline-lead').setValue('24')
    await vi.waitFor(async () => expect((await stored())?.deadlineLeadHours).toBe(24))
    await wrapper.find('select#deadline-lead').setValue('')
    await vi.waitFor(async () => expect((await stored())?.deadlineLeadHours).toBeNull())
  })

  it('tells a browser without Web Push about the calendar instead', async () => {
    const wrapper = await mountSettings()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Denne nettleseren kan ikke vise varsler fra Pusterom'))
    expect(wrapper.text()).toContain('Oppholdene i telefonens kalender')
  })

  it('gives the calendar the feed’s address in the app’s language, so its events and alarms read in it', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useNotificationSettingsStore().feedUrl = 'http://127.0.0.1:8080/api/v1/calendar/abc.ics'
    const wrapper = mount(NotificationCalendarFeedSettings, { global: { plugins: [pinia, createAppI18n('nn')] } })
    await flushPromises()
    expect((wrapper.get('input#calendar-feed-url').element as HTMLInputElement).value).toBe(
      'http://127.0.0.1:8080/api/v1/calendar/abc.ics?lang=nn',
    )
    expect(wrapper.get('a[href^="webcal:"]').attributes('href')).toBe(
      'webcal://127.0.0.1:8080/api/v1/calendar/abc.ics?lang=nn',
    )
  })
})
