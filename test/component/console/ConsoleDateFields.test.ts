import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import DecisionForm from '../../../src/console/components/households/DecisionForm.vue'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf, aStaffHousehold } from '../../support/staffBuilders'
import { createAppI18n } from '../support/appI18n'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole, signedInAsStaff } from './support/mountConsole'
import { typeFields } from './support/typeFields'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const unit = aPlace({ name: 'Solsikken avlastningsbolig' })
const ida = aRecipient({ name: 'Ida' })
const berg = aStaffHousehold({ recipients: [{ ...ida, decisions: [] }] })
// Friday 27 November 2026, 16.00 to Sunday 29 November, 16.00 in Norway.
const weekend = { ...aStay({ recipientId: ida.id, placeId: unit.id }), householdId: berg.id, state: 'planned' }

function planApi() {
  return fakeStaffApi({
    'GET /municipality': () => aMunicipality(),
    'GET /staff/places': () => aPageOf([{ ...unit, capacity: null }]),
    'GET /staff/households': () => aPageOf([berg]),
    [`GET /staff/households/${berg.id}`]: () => berg,
    'GET /staff/stays': () => aPageOf([weekend]),
    'POST /staff/stay-series': () => ({ stays: [weekend] }),
    [`PATCH /staff/stays/${weekend.id}`]: () => weekend,
  })
}

async function openStayEditor() {
  const { wrapper } = await mountConsole('/kommune/plan')
  await eventually(() => expect(wrapper.find('[data-testid="plan-stay"] button').exists()).toBe(true))
  await wrapper.get('[data-testid="plan-stay"] button').trigger('click')
  const row = () => wrapper.get('[data-testid="plan-stay"]')
  const save = () =>
    row()
      .findAll('button')
      .find((b) => b.text() === 'Lagre endring')!
      .trigger('click')
  return { wrapper, row, save }
}

describe('the console’s date and time fields', () => {
  it('plans a stay typed as Norwegians write it, in Norwegian time across the end of summer time', async () => {
    const api = planApi()
    const { wrapper } = await mountConsole('/kommune/plan')
    await eventually(() => expect(wrapper.findAll('select[name="recipientId"] option')).toHaveLength(1))
    // Summer time ends on Sunday 27 October 2030: the start is at UTC+2, the end at UTC+1.
    await typeFields(wrapper, {
      recipientId: ida.id,
      placeId: unit.id,
      startDate: '25.10.2030',
      startTime: '16,00',
      endDate: '28,10,30',
      endTime: '9.30',
    })
    await wrapper.get('form.plan-create').trigger('submit')
    await eventually(() =>
      expect(api.sent('POST', '/staff/stay-series')[0]?.body).toMatchObject({
        stays: [{ start: '2030-10-25T14:00:00.000Z', end: '2030-10-28T08:30:00.000Z' }],
      }),
    )
  })

  it('moves a stay to the times typed, with "16:00" and "8.12.26" read as Norwegians mean them', async () => {
    const api = planApi()
    const { row, save } = await openStayEditor()
    await typeFields(row(), { startDate: '8.12.26', startTime: '16:00', endDate: '10.12.2026', endTime: '1600' })
    await save()
    await eventually(() =>
      expect(api.sent('PATCH', `/staff/stays/${weekend.id}`)[0]?.body).toMatchObject({
        start: '2026-12-08T15:00:00.000Z',
        end: '2026-12-10T15:00:00.000Z',
      }),
    )
  })

  it('keeps a date that is no day as typed, says which field it is, and sends nothing', async () => {
    const api = planApi()
    const { row, save } = await openStayEditor()
    const field = () => row().get('input[name="startDate"]')
    await field().setValue('31.02.2026')
    await save()
    await flushPromises()
    expect((field().element as HTMLInputElement).value).toBe('31.02.2026')
    expect(field().attributes('aria-invalid')).toBe('true')
    const error = row().get(`#${field().attributes('aria-describedby')!.split(' ').at(-1)}`)
    expect(error.text()).toBe('Startdato: skriv datoen som dag, måned og år, for eksempel 08.12.2026.')
    expect(api.sent('PATCH', `/staff/stays/${weekend.id}`)).toHaveLength(0)
  })

  it('says at the end date that a stay cannot end before it starts, and sends nothing', async () => {
    const api = planApi()
    const { row, save } = await openStayEditor()
    await row().get('input[name="endDate"]').setValue('26.11.2026')
    await save()
    await flushPromises()
    expect(row().get('input[name="endDate"]').attributes('aria-invalid')).toBe('true')
    expect(row().text()).toContain('Slutten må være etter starten.')
    expect(api.sent('PATCH', `/staff/stays/${weekend.id}`)).toHaveLength(0)
  })

  it('shows dates as dd.mm.åååå and times on a 24-hour clock in a browser whose language is English', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US')
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US'])
    planApi()
    const { row } = await openStayEditor()
    const value = (name: string) => (row().get(`input[name="${name}"]`).element as HTMLInputElement).value
    expect([value('startDate'), value('startTime'), value('endDate'), value('endTime')]).toEqual([
      '27.11.2026',
      '16.00',
      '29.11.2026',
      '16.00',
    ])
    expect(row().get('input[name="startDate"]').attributes()).toMatchObject({ type: 'text', inputmode: 'decimal' })
    expect(row().text()).toContain('dd.mm.åååå, for eksempel 08.12.2026')
  })

  it('exports the period typed, "8.12.26" as 8 December 2026', async () => {
    const api = planApi()
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} }))
    const { wrapper } = await mountConsole('/kommune/plan')
    await wrapper.get('input[name="exportFrom"]').setValue('8.12.26')
    await wrapper.get('input[name="exportTo"]').setValue('31.12.2026')
    await wrapper.findAll('.plan-export button')[1]!.trigger('click')
    await eventually(() =>
      expect(api.calls.find((call) => call.path.includes('export'))?.query.get('from')).toBe('2026-12-08'),
    )
  })

  it('records a decision from the days typed, and keeps a bad last day as typed with its error', async () => {
    const api = fakeStaffApi({ 'POST /staff/decisions': () => ({}) })
    signedInAsStaff()
    const form = mount(DecisionForm, {
      props: { recipientId: ida.id },
      global: { plugins: [createPinia(), createAppI18n('nb')] },
    })
    await form.findAll('input[type="checkbox"]')[0]!.setValue(true)
    await form.get('input[name="validFrom"]').setValue('8.12.26')
    await form.get('input[name="validTo"]').setValue('32.12.2026')
    await form.trigger('submit')
    expect(form.get('input[name="validTo"]').attributes('aria-invalid')).toBe('true')
    expect(form.text()).toContain('Siste dag (tom: til videre): skriv datoen som dag, måned og år')
    expect(api.sent('POST', '/staff/decisions')).toHaveLength(0)
    await form.get('input[name="validTo"]').setValue('31,12,2027')
    await form.trigger('submit')
    await eventually(() =>
      expect(api.sent('POST', '/staff/decisions')[0]?.body).toMatchObject({
        validFrom: '2026-12-08',
        validTo: '2027-12-31',
      }),
    )
  })
})
