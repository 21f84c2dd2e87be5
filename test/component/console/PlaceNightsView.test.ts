import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDays } from '../../../src/domain/localDates'
import type { PlaceCapacity, PlaceNight, PlaceNights } from '../../../src/protocol'
import { aPlace, aRecipient } from '../../support/builders'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf } from '../../support/staffBuilders'
import { testClock } from '../../support/testClock'
import { eventually } from '../support/eventually'
import { fakeStaffApi, json } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const place = aPlace({ name: 'Solsikken avlastningshjem', kind: 'privateProvider' })
const noah = aRecipient({ name: 'Noah' })
const ida = aRecipient({ name: 'Ida' })
const HADDADS = '00000000-0000-4000-8000-00000000b002'
const BERGS = '00000000-0000-4000-8000-00000000b001'
// Today on the console's clock is Monday 23 November 2026.
const monday = () => ({ clock: testClock('2026-11-23T09:00:00.000Z') })
const twoBeds = (): PlaceCapacity => ({
  unit: 'beds',
  size: 2,
  openDays: [1, 2, 3, 4, 5, 6, 7],
  closed: [{ from: '2026-11-28', to: '2026-11-29', note: 'Vannskade' }],
})

/** Friday 20 November holds Noah and Ida; the weekend after is closed. */
function nightOf(day: string, capacity: PlaceCapacity | null): PlaceNight {
  const closed = capacity?.closed.find((period) => period.from <= day && day <= period.to)
  const children =
    day === '2026-11-20'
      ? [
          { stayId: '00000000-0000-4000-8000-0000000000a1', householdId: HADDADS, recipientId: noah.id, name: 'Noah' },
          { stayId: '00000000-0000-4000-8000-0000000000a2', householdId: BERGS, recipientId: ida.id, name: 'Ida' },
        ]
      : []
  return { day, open: !closed, closedNote: closed?.note ?? null, taken: children.length, children }
}

function nightsApi(options: { refuse?: boolean; capacity?: PlaceCapacity | null } = {}) {
  let capacity: PlaceCapacity | null = options.capacity === undefined ? twoBeds() : options.capacity
  return fakeStaffApi({
    'GET /municipality': () => aMunicipality(),
    'GET /staff/places': () => aPageOf([{ ...place, capacity }]),
    [`GET /staff/places/${place.id}/nights`]: (call): PlaceNights => {
      const [from, to] = [call.query.get('from')!, call.query.get('to')!]
      const nights: PlaceNight[] = []
      for (let day = from; day <= to; day = addDays(day, 1)) nights.push(nightOf(day, capacity))
      return { place: { ...place, capacity }, from, to, nights }
    },
    [`PUT /staff/places/${place.id}/capacity`]: (call) => {
      if (options.refuse) return json(400, { error: { code: 'invalid_request', message: 'size: too big' } })
      capacity = (call.body as { capacity: PlaceCapacity | null }).capacity
      return { ...place, capacity }
    },
  })
}

const rows = (wrapper: Awaited<ReturnType<typeof mountConsole>>['wrapper']) => wrapper.findAll('[data-testid="night"]')
const row = (wrapper: Awaited<ReturnType<typeof mountConsole>>['wrapper'], date: string) =>
  rows(wrapper).find((candidate) => candidate.get('th').text().includes(date))!

describe("a place's night-by-night grid", () => {
  it('says in words which nights are full and which are closed, and names the children there', async () => {
    nightsApi()
    const { wrapper } = await mountConsole('/kommune/belegg', monday())
    await eventually(() => expect(rows(wrapper)).toHaveLength(30))
    const friday = row(wrapper, '20.11.')
    expect(friday.text()).toContain('2 av 2 senger')
    expect(friday.get('[data-testid="night-state"]').text()).toBe('Fullt')
    expect(friday.findAll('a').map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Noah', `/kommune/husstander/${HADDADS}`],
      ['Ida', `/kommune/husstander/${BERGS}`],
    ])
    expect(row(wrapper, '28.11.').get('[data-testid="night-state"]').text()).toBe('Stengt: Vannskade')
    expect(row(wrapper, '21.11.').text()).toContain('0 av 2 senger')
    expect(row(wrapper, '21.11.').find('[data-testid="night-state"]').exists()).toBe(false)
    expect(row(wrapper, '21.11.').get('th').text()).toContain('Helg')
    expect(row(wrapper, '23.11.').attributes('aria-current')).toBe('date')
    expect(row(wrapper, '23.11.').get('th').text()).toContain('I dag')
    expect(wrapper.get('caption').text()).toBe('Solsikken avlastningshjem, november 2026')
  })

  it('counts the children alone at a place with no limit, and marks no night full', async () => {
    nightsApi({ capacity: null })
    const { wrapper } = await mountConsole('/kommune/belegg', monday())
    await eventually(() => expect(rows(wrapper)).toHaveLength(30))
    expect(row(wrapper, '20.11.').get('td').text()).toBe('2 barn')
    expect(row(wrapper, '21.11.').get('td').text()).toBe('Ingen barn')
    expect(wrapper.findAll('[data-testid="night-state"]')).toHaveLength(0)
    expect(wrapper.text()).toContain('Stedet har ingen grense satt')
  })

  it('asks for the next month when staff step forward', async () => {
    const api = nightsApi()
    const { wrapper } = await mountConsole('/kommune/belegg', monday())
    await eventually(() => expect(rows(wrapper)).toHaveLength(30))
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Neste måned')!
      .trigger('click')
    await eventually(() => expect(rows(wrapper)).toHaveLength(31))
    const asked = api.sent('GET', `/staff/places/${place.id}/nights`).at(-1)!
    expect([asked.query.get('from'), asked.query.get('to')]).toEqual(['2026-12-01', '2026-12-31'])
  })
})

describe("a place's capacity", () => {
  it('saves a new size and the grid counts by it at once', async () => {
    const api = nightsApi()
    const { wrapper } = await mountConsole('/kommune/belegg', monday())
    await eventually(() => expect(rows(wrapper)).toHaveLength(30))
    await wrapper.get('input[name="size"]').setValue('3')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(row(wrapper, '20.11.').text()).toContain('2 av 3 senger'))
    expect(row(wrapper, '20.11.').find('[data-testid="night-state"]').exists()).toBe(false)
    expect(api.sent('PUT', `/staff/places/${place.id}/capacity`)[0]!.body).toEqual({
      capacity: { ...twoBeds(), size: 3 },
    })
    expect(wrapper.get('[data-testid="capacity-said"]').text()).toBe('Kapasiteten er lagret.')
  })

  it('keeps what was typed and says why when a date does not read, sending nothing', async () => {
    const api = nightsApi()
    const { wrapper } = await mountConsole('/kommune/belegg', monday())
    await eventually(() => expect(rows(wrapper)).toHaveLength(30))
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Legg til en stengt periode')!
      .trigger('click')
    await wrapper.get('input[name="closed.1.from"]').setValue('31.02.2027')
    await wrapper.get('input[name="closed.1.to"]').setValue('02.03.2027')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('Stengt fra: skriv datoen som dag, måned og år'))
    expect(wrapper.text()).toContain('Skriv hvorfor stedet er stengt.')
    expect(wrapper.get<HTMLInputElement>('input[name="closed.1.from"]').element.value).toBe('31.02.2027')
    expect(api.sent('PUT', `/staff/places/${place.id}/capacity`)).toHaveLength(0)
  })

  it('says why the server refused it and keeps the form as typed', async () => {
    nightsApi({ refuse: true })
    const { wrapper } = await mountConsole('/kommune/belegg', monday())
    await eventually(() => expect(rows(wrapper)).toHaveLength(30))
    await wrapper.get('input[name="size"]').setValue('7')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.get('[role="alert"]').text()).toContain('Kunne ikke lagre: size: too big'))
    expect(wrapper.get<HTMLInputElement>('input[name="size"]').element.value).toBe('7')
  })

  it('is shown to read-only staff without the form to change it', async () => {
    nightsApi()
    const { wrapper } = await mountConsole('/kommune/belegg', { ...monday(), staffRole: 'readOnly' })
    await eventually(() => expect(rows(wrapper)).toHaveLength(30))
    expect(wrapper.get('[data-testid="capacity-read-only"]').text()).toContain('men ikke endre den')
    expect(wrapper.text()).toContain('Vannskade')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.find('input[name="size"]').exists()).toBe(false)
  })
})
