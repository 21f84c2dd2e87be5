import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/family/db/database'
import { aHousehold, emmasWeekend } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'
import { afterDeadline, beforeDeadline, openRequest } from '../support/stayRequestScreen'

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
