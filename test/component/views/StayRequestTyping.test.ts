// The stay's new dates and times are read as a Norwegian types them, on a keyboard or a phone's number pad, and a
// date that cannot be right is said at its field.
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { db } from '../../../src/family/db/database'
import { aHousehold, emmasWeekend } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { beforeDeadline, openRequest } from '../support/stayRequestScreen'

describe('typing the new dates and times of a stay', () => {
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
})
