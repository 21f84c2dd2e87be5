import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/family/db/database'
import { aHousehold, emmasWeekend } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

// Emma's weekend starts Friday 27 November 16.00; the deadline is Thursday 26 November 15.00.
const beforeDeadline = '2026-11-26T12:00:00.000Z'
const afterDeadline = '2026-11-26T15:30:00.000Z'

async function openRequest(stayId: string, type: 'cancel' | 'changeTime', now: string) {
  const screen = await mountScreen(`/stays/${stayId}/request/${type}`, { now })
  await eventually(() => expect(screen.wrapper.text()).toContain('Gjelder'))
  return screen
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('telling the municipality a stay is not needed', () => {
  it('queues the cancellation with the family’s message and shows the stay as change requested', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper, router } = await openRequest(stay.id, 'cancel', beforeDeadline)
    expect(wrapper.text()).not.toContain('Fristen er ute')
    await wrapper.get('textarea').setValue('Emma er syk.')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(router.currentRoute.value.name).toBe('stay'))
    const [queued] = await db.outbox.toArray()
    expect(queued).toMatchObject({
      name: 'requestCancellation',
      args: { stayId: stay.id, message: 'Emma er syk.' },
      createdAt: beforeDeadline,
    })
    await eventually(() => expect(wrapper.text()).toContain('Endring meldt'))
    expect(wrapper.text()).toContain('Dere meldte at oppholdet ikke trengs')
  })

  it('says plainly that a late request is late and gives the place’s number before it is sent', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openRequest(stay.id, 'cancel', afterDeadline)
    expect(wrapper.text()).toContain('Fristen er ute')
    expect(wrapper.text()).toContain('ring også stedet')
    expect(wrapper.get('.late a[href="tel:+4740000000"]').text()).toContain('+47 400 00 000')
    expect(wrapper.get('button[type="submit"]').text()).toBe('Send likevel')
  })

  it('still sends a late request when the family chooses to', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper, router } = await openRequest(stay.id, 'cancel', afterDeadline)
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(router.currentRoute.value.name).toBe('stay'))
    expect(await db.outbox.count()).toBe(1)
  })

  it('warns in English and in Nynorsk too', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const english = await mountScreen(`/stays/${stay.id}/request/cancel`, { now: afterDeadline, locale: 'en' })
    await eventually(() => expect(english.wrapper.text()).toContain('The deadline has passed'))
    expect(english.wrapper.get('button[type="submit"]').text()).toBe('Send anyway')
    english.wrapper.unmount()
    const nynorsk = await mountScreen(`/stays/${stay.id}/request/cancel`, { now: afterDeadline, locale: 'nn' })
    await eventually(() => expect(nynorsk.wrapper.text()).toContain('Fristen er ute'))
    expect(nynorsk.wrapper.text()).toContain('Endringsfristen gjekk ut i dag kl. 15.00, for 1 time sidan.')
  })

  it('tells the family to agree the change with the place where there is no deadline rule', async () => {
    await aHousehold({ changeDeadline: null })
    const stay = await emmasWeekend()
    const { wrapper } = await openRequest(stay.id, 'cancel', afterDeadline)
    expect(wrapper.text()).toContain('Avtal endringen direkte med stedet')
    expect(wrapper.find('a[href="tel:+4740000000"]').exists()).toBe(true)
    expect(wrapper.get('button[type="submit"]').text()).toBe('Send')
  })

  it('says an offline request is saved on the phone and sent later', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openRequest(stay.id, 'cancel', beforeDeadline)
    expect(wrapper.text()).toContain('Telefonen er uten nett.')
    expect(wrapper.get('button[type="submit"]').text()).toBe('Lagre og send når jeg er på nett')
  })
})

describe('asking for other times', () => {
  it('starts from the stay’s own times on a 24-hour clock', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openRequest(stay.id, 'changeTime', beforeDeadline)
    const inputs = wrapper.findAll('input')
    expect(inputs.map((input) => (input.element as HTMLInputElement).value)).toEqual([
      '27.11.2026',
      '16.00',
      '29.11.2026',
      '16.00',
    ])
  })

  it('takes dates as Norwegians write them, whatever the browser, and never as a browser date picker', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper, router } = await openRequest(stay.id, 'changeTime', beforeDeadline)
    expect(wrapper.find('input[type="date"]').exists()).toBe(false)
    const inputs = wrapper.findAll('input')
    await inputs[0]?.setValue('4.12.2026')
    await inputs[2]?.setValue('06.12.2026')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(router.currentRoute.value.name).toBe('stay'))
    const [queued] = await db.outbox.toArray()
    expect(queued).toMatchObject({
      args: { stayId: stay.id, start: '2026-12-04T15:00:00.000Z', end: '2026-12-06T15:00:00.000Z' },
    })
  })

  it('refuses a date that is not written day.month.year and says how to write it', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openRequest(stay.id, 'changeTime', beforeDeadline)
    await wrapper.findAll('input')[0]?.setValue('2026-12-04')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('Skriv datoen som dag, måned og år, for eksempel 27.11.2026.')
    expect(await db.outbox.count()).toBe(0)
  })

  it('ties the date error to the date field that is wrong, for a screen reader', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openRequest(stay.id, 'changeTime', beforeDeadline)
    await wrapper.findAll('input')[2]?.setValue('31.11.2026')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const error = wrapper.get('[role="alert"]')
    const wrong = wrapper.findAll('input').filter((input) => input.attributes('aria-invalid') === 'true')
    expect(wrong.map((input) => (input.element as HTMLInputElement).value)).toEqual(['31.11.2026'])
    expect(wrong[0]?.attributes('aria-describedby')).toBe(error.attributes('id'))
  })

  it('takes what a Norwegian phone’s number pad types: 8.12.26 and 17,30', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper, router } = await openRequest(stay.id, 'changeTime', beforeDeadline)
    const inputs = wrapper.findAll('input')
    await inputs[0]?.setValue('4,12,26')
    await inputs[1]?.setValue('17,30')
    await inputs[2]?.setValue('8.12.26')
    await inputs[3]?.setValue('08,00')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(router.currentRoute.value.name).toBe('stay'))
    const [queued] = await db.outbox.toArray()
    expect(queued).toMatchObject({
      args: { stayId: stay.id, start: '2026-12-04T16:30:00.000Z', end: '2026-12-08T07:00:00.000Z' },
    })
  })

  it('says to check the year when it is a typo far from the stay, and sends nothing', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper, router } = await openRequest(stay.id, 'changeTime', beforeDeadline)
    await wrapper.findAll('input')[2]?.setValue('07.02.2127')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('Sjekk årstallet: 2127 er langt fra oppholdet.')
    expect(wrapper.findAll('input')[2]?.attributes('aria-invalid')).toBe('true')
    expect(router.currentRoute.value.name).toBe('stayRequest')
    expect(await db.outbox.count()).toBe(0)
  })

  it('sends the new times as Norwegian time', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper, router } = await openRequest(stay.id, 'changeTime', beforeDeadline)
    const inputs = wrapper.findAll('input')
    await inputs[1]?.setValue('18.30')
    await inputs[3]?.setValue('14')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(router.currentRoute.value.name).toBe('stay'))
    const [queued] = await db.outbox.toArray()
    expect(queued).toMatchObject({
      name: 'requestTimeChange',
      args: { stayId: stay.id, start: '2026-11-27T17:30:00.000Z', end: '2026-11-29T13:00:00.000Z' },
    })
  })

  it('refuses an end before the start and sends nothing', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openRequest(stay.id, 'changeTime', beforeDeadline)
    const inputs = wrapper.findAll('input')
    await inputs[2]?.setValue('26.11.2026')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('Slutten må være etter starten.')
    expect(await db.outbox.count()).toBe(0)
  })

  it('refuses a time that is not on a 24-hour clock', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openRequest(stay.id, 'changeTime', beforeDeadline)
    await wrapper.findAll('input')[1]?.setValue('5 pm')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('24-timers klokke')
    expect(await db.outbox.count()).toBe(0)
  })
})
