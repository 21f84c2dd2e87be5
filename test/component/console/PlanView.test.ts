import { afterEach, describe, expect, it, vi } from 'vitest'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { aDecision, aMunicipality } from '../../support/calendarBuilders'
import { aPageOf, aStaffHousehold } from '../../support/staffBuilders'
import { testClock } from '../../support/testClock'
import { eventually } from '../support/eventually'
import { fakeStaffApi, json } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'
import { typeFields } from './support/typeFields'

afterEach(() => vi.unstubAllGlobals())

const unit = aPlace({ name: 'Solsikken avlastningsbolig' })
const ida = aRecipient({ name: 'Ida' })
const decision = {
  ...aDecision({ recipientId: ida.id, amount: 2, unit: 'days', period: 'month', validFrom: '2020-01-01' }),
  use: null,
}
const berg = aStaffHousehold({ recipients: [{ ...ida, decisions: [decision] }] })
const weekend = { ...aStay({ recipientId: ida.id, placeId: unit.id }), householdId: berg.id, state: 'planned' }

function planApi(overrides: Parameters<typeof fakeStaffApi>[0] = {}) {
  return fakeStaffApi({
    'GET /municipality': () => aMunicipality(),
    'GET /staff/places': () => aPageOf([{ ...unit, capacity: null }]),
    'GET /staff/households': () => aPageOf([berg]),
    [`GET /staff/households/${berg.id}`]: () => berg,
    'GET /staff/stays': () => aPageOf([weekend]),
    'POST /staff/stay-series': (call) => ({
      stays: (call.body as { stays: object[] }).stays.map((times) => ({ ...weekend, ...times })),
    }),
    [`PATCH /staff/stays/${weekend.id}`]: () => weekend,
    ...overrides,
  })
}

describe('the plan screen', () => {
  it('shows the week’s stays per child and place, filtered by child', async () => {
    const api = planApi()
    const { wrapper } = await mountConsole('/kommune/plan')
    await eventually(() => expect(wrapper.get('[data-testid="plan-stay"]').text()).toContain('Ida'))
    expect(wrapper.get('[data-testid="plan-stay"]').text()).toContain('Solsikken avlastningsbolig')
    await wrapper.get('select[name="childFilter"]').setValue(ida.id)
    await eventually(() => expect(api.sent('GET', '/staff/stays').at(-1)?.query.get('recipientId')).toBe(ida.id))
    const query = api.sent('GET', '/staff/stays').at(-1)?.query
    expect(query?.get('from')).toMatch(/^\d{4}-\d\d-\d\d$/)
  })

  it('opens on the week of today in Norway, Monday to Sunday', async () => {
    const api = planApi()
    // Thursday 2 October 2030, 01.30 in Norway: still Wednesday in UTC.
    await mountConsole('/kommune/plan', { clock: testClock('2030-10-01T23:30:00.000Z') })
    await eventually(() => expect(api.sent('GET', '/staff/stays')).not.toHaveLength(0))
    const query = api.sent('GET', '/staff/stays')[0]?.query
    expect([query?.get('from'), query?.get('to')]).toEqual(['2030-09-30', '2030-10-06'])
  })

  it('moves to the week of a stay just planned in another week, so staff see what they planned', async () => {
    const api = planApi()
    const { wrapper } = await mountConsole('/kommune/plan', { clock: testClock('2030-10-01T10:00:00.000Z') })
    await eventually(() => expect(wrapper.findAll('select[name="recipientId"] option')).toHaveLength(1))
    await typeFields(wrapper, { recipientId: ida.id, placeId: unit.id, startDate: '18.10.2030', endDate: '20.10.2030' })
    await wrapper.get('form.plan-create').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('Ett opphold er planlagt.'))
    await eventually(() => {
      const query = api.sent('GET', '/staff/stays').at(-1)?.query
      expect([query?.get('from'), query?.get('to')]).toEqual(['2030-10-14', '2030-10-20'])
    })
  })

  it('plans every other weekend and warns that it goes beyond the decision', async () => {
    const api = planApi()
    const { wrapper } = await mountConsole('/kommune/plan')
    await eventually(() => expect(wrapper.findAll('select[name="recipientId"] option')).toHaveLength(1))
    await typeFields(wrapper, { recipientId: ida.id, placeId: unit.id, startDate: '04.10.2030', endDate: '06.10.2030' })
    await wrapper.get('select[name="repeat"]').setValue('everyOtherWeek')
    await wrapper.get('input[name="count"]').setValue(2)
    await eventually(() =>
      expect(wrapper.get('[data-testid="plan-over-decision"]').text()).toContain(
        '0 av 2 døgn er brukt i perioden fra 1. oktober 2030, og planen legger til 4',
      ),
    )
    await wrapper.get('form.plan-create').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('2 opphold er planlagt.'))
    // One request for the series: the family gets one message.
    const [series, ...more] = api.sent('POST', '/staff/stay-series')
    expect(more).toEqual([])
    expect((series?.body as { stays: { start: string }[] }).stays.map((times) => times.start)).toEqual([
      '2030-10-04T14:00:00.000Z',
      '2030-10-18T14:00:00.000Z',
    ])
  })

  it('warns when a series runs into a later month that already has stays planned', async () => {
    const fourDays = { ...decision, amount: 4 }
    const withFourDays = { ...berg, recipients: [{ ...ida, decisions: [fourDays] }] }
    const novemberWeekend = {
      ...weekend,
      id: '00000000-0000-4000-8000-00000000e011',
      start: '2030-11-22T15:00:00.000Z',
      end: '2030-11-24T15:00:00.000Z',
    }
    const api = planApi({
      [`GET /staff/households/${berg.id}`]: () => withFourDays,
      'GET /staff/stays': (call) => aPageOf((call.query.get('to') ?? '') >= '2030-11-01' ? [novemberWeekend] : []),
    })
    const { wrapper } = await mountConsole('/kommune/plan')
    await eventually(() => expect(wrapper.findAll('select[name="recipientId"] option')).toHaveLength(1))
    await typeFields(wrapper, { recipientId: ida.id, startDate: '18.10.2030', endDate: '20.10.2030' })
    await wrapper.get('select[name="repeat"]').setValue('everyOtherWeek')
    await wrapper.get('input[name="count"]').setValue(3) // 18 Oct, 1 Nov, 15 Nov: 2 days in Oct, 4 in Nov
    await eventually(() =>
      expect(wrapper.get('[data-testid="plan-over-decision"]').text()).toContain(
        '2 av 4 døgn er brukt i perioden fra 1. november 2030, og planen legger til 4',
      ),
    )
    expect(wrapper.findAll('[data-testid="plan-over-decision"] p')).toHaveLength(1)
    const read = api.sent('GET', '/staff/stays').findLast((call) => call.query.get('from') === '2030-10-01')
    expect(read?.query.get('to')).toBe('2030-11-30')
    expect(read?.query.get('recipientId')).toBe(ida.id)
  })

  it('cancels a stay only after a confirmation naming it, with a reason the family sees', async () => {
    const api = planApi()
    const { wrapper } = await mountConsole('/kommune/plan')
    const row = () => wrapper.get('[data-testid="plan-stay"]')
    const button = (text: string) =>
      row()
        .findAll('button')
        .find((each) => each.text() === text)!
    await eventually(() => expect(button('Avlys oppholdet').exists()).toBe(true))
    await button('Avlys oppholdet').trigger('click')
    expect(row().get('[data-testid="reason-confirm"]').text()).toContain('Avlyse oppholdet til Ida')
    expect(button('Ja, avlys oppholdet').attributes('disabled')).toBeDefined()
    await row().get('[data-testid="reason-confirm"] select').setValue('other')
    expect(button('Ja, avlys oppholdet').attributes('disabled')).toBeDefined()
    await row().get('[data-testid="reason-confirm"] textarea').setValue('Stengt på grunn av vannlekkasje.')
    await button('Ja, avlys oppholdet').trigger('click')
    await eventually(() =>
      expect(api.sent('PATCH', `/staff/stays/${weekend.id}`)[0]?.body).toEqual({
        status: 'cancelledByMunicipality',
        reason: 'other',
        note: 'Stengt på grunn av vannlekkasje.',
      }),
    )
  })

  it('says why the server refused a change, after "Kunne ikke lagre:"', async () => {
    planApi({
      [`PATCH /staff/stays/${weekend.id}`]: () =>
        json(400, { error: { code: 'invalid_request', message: 'end: must be after start', field: 'end' } }),
    })
    const { wrapper } = await mountConsole('/kommune/plan')
    await eventually(() => expect(wrapper.find('[data-testid="plan-stay"] button').exists()).toBe(true))
    await wrapper.get('[data-testid="plan-stay"] button').trigger('click')
    const save = wrapper.findAll('[data-testid="plan-stay"] button').find((b) => b.text() === 'Lagre endring')
    await save?.trigger('click')
    await eventually(() =>
      expect(wrapper.get('[data-testid="plan-stay"] [role="alert"]').text()).toBe(
        'Kunne ikke lagre: end: must be after start',
      ),
    )
  })

  it('reinstates a stay the municipality cancelled, after a confirmation', async () => {
    const cancelled = { ...weekend, status: 'cancelledByMunicipality', state: 'cancelledByMunicipality' }
    const api = planApi({ 'GET /staff/stays': () => aPageOf([cancelled]) })
    const { wrapper } = await mountConsole('/kommune/plan')
    const button = (text: string) => wrapper.findAll('[data-testid="plan-stay"] button').find((b) => b.text() === text)
    await eventually(() => expect(button('Sett opp igjen')?.exists()).toBe(true))
    await button('Sett opp igjen')?.trigger('click')
    expect(wrapper.get('[data-testid="plan-stay"]').text()).toContain('Sette opp igjen oppholdet til Ida')
    await button('Ja, sett opp igjen')?.trigger('click')
    await eventually(() =>
      expect(api.sent('PATCH', `/staff/stays/${weekend.id}`)[0]?.body).toEqual({ status: 'planned' }),
    )
  })

  it('shows why the server refused a plan, and plans it anyway with a reason', async () => {
    const conflict = {
      code: 'place_full',
      start: '2030-10-04T14:00:00.000Z',
      days: ['2030-10-04', '2030-10-05'],
      unit: 'beds',
      size: 4,
    }
    const api = planApi({
      'POST /staff/stay-series': (call) =>
        (call.body as { override?: object }).override
          ? { stays: [weekend] }
          : json(409, { error: { code: 'place_full', message: 'full', conflicts: [conflict] } }),
    })
    const { wrapper } = await mountConsole('/kommune/plan')
    await eventually(() => expect(wrapper.findAll('select[name="recipientId"] option')).toHaveLength(1))
    await typeFields(wrapper, { recipientId: ida.id, placeId: unit.id, startDate: '04.10.2030', endDate: '06.10.2030' })
    await wrapper.get('form.plan-create').trigger('submit')
    await eventually(() =>
      expect(wrapper.get('[data-testid="plan-conflicts"]').text()).toContain(
        'Stedet er fullt 4. oktober 2030, 5. oktober 2030 (4 senger).',
      ),
    )
    const anyway = wrapper
      .findAll('[data-testid="plan-conflicts"] button')
      .find((b) => b.text() === 'Planlegg likevel')!
    expect(anyway.attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid="plan-conflicts"] textarea').setValue('Ekstra nattevakt er satt opp')
    await anyway.trigger('click')
    await eventually(() => expect(wrapper.text()).toContain('Ett opphold er planlagt.'))
    expect(api.sent('POST', '/staff/stay-series')[1]?.body).toMatchObject({
      override: { reason: 'Ekstra nattevakt er satt opp', accept: ['place_full'] },
    })
  })
})
