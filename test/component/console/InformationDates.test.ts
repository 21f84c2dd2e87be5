import { afterEach, describe, expect, it, vi } from 'vitest'
import { aMunicipality } from '../../support/calendarBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const lunner = aMunicipality({
  name: 'Lunner kommune',
  changeDeadline: { daysBefore: 2, time: '12:00', timeZone: 'Europe/Oslo' },
  summerRespite: { from: '2027-06-28', to: '2027-08-06', applicationDeadline: '2027-03-31T21:59:00.000Z' },
})

function informationApi() {
  return fakeStaffApi({
    'GET /municipality': () => lunner,
    'PUT /staff/municipality': (call) => ({ ...lunner, ...(call.body as object) }),
  })
}

async function openInformation() {
  const { wrapper } = await mountConsole('/kommune/informasjon')
  await eventually(() => expect(wrapper.find('input[name="summerFrom"]').exists()).toBe(true))
  const field = (name: string) => wrapper.get(`input[name="${name}"]`)
  return { wrapper, field }
}

describe('the information screen’s deadline and summer season', () => {
  it('shows the days as dd.mm.åååå and the time on a 24-hour clock in a browser whose language is English', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US')
    informationApi()
    const { field } = await openInformation()
    const values = ['time', 'summerFrom', 'summerTo', 'summerDeadline'].map(
      (name) => (field(name).element as HTMLInputElement).value,
    )
    expect(values).toEqual(['12.00', '28.06.2027', '06.08.2027', '31.03.2027'])
  })

  it('saves the days and time typed as Norwegians write them, in the API’s form', async () => {
    const api = informationApi()
    const { wrapper, field } = await openInformation()
    await field('time').setValue('15,30')
    await field('summerFrom').setValue('1.7.27')
    await field('summerTo').setValue('6,8,2027')
    await field('summerDeadline').setValue('30.4.27')
    await wrapper.get('form').trigger('submit')
    await eventually(() =>
      expect(api.sent('PUT', '/staff/municipality')[0]?.body).toMatchObject({
        changeDeadline: { daysBefore: 2, time: '15:30', timeZone: 'Europe/Oslo' },
        // The deadline day ends at midnight, Norwegian summer time.
        summerRespite: { from: '2027-07-01', to: '2027-08-06', applicationDeadline: '2027-04-30T21:59:00.000Z' },
      }),
    )
  })

  it('keeps a time and a day that do not read as typed, says which fields they are, and sends nothing', async () => {
    const api = informationApi()
    const { wrapper, field } = await openInformation()
    await field('time').setValue('25.00')
    await field('summerTo').setValue('31.06.2027')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(field('time').attributes('aria-invalid')).toBe('true'))
    expect((field('time').element as HTMLInputElement).value).toBe('25.00')
    expect((field('summerTo').element as HTMLInputElement).value).toBe('31.06.2027')
    expect(field('summerTo').attributes('aria-describedby')).toContain('information-summerTo-error')
    expect(wrapper.get('#information-summerTo-error').text()).toBe(
      'Til dato: skriv datoen som dag, måned og år, for eksempel 08.12.2026.',
    )
    expect(api.sent('PUT', '/staff/municipality')).toHaveLength(0)
  })
})
