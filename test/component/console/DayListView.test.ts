import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PlaceDayList } from '../../../src/protocol'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { aMunicipality } from '../../support/calendarBuilders'
import { aMedication, anAboutMeCard } from '../../support/packingBuilders'
import { aPageOf } from '../../support/staffBuilders'
import { testClock } from '../../support/testClock'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const place = aPlace({ name: 'Solsikken avlastningsbolig' })
const noah = aRecipient({ name: 'Noah', allergies: 'Nøtter', birthDate: '2015-03-02' })
const ida = aRecipient({ name: 'Ida' })
// Today on the console's clock is Monday 23 November 2026: Noah arrives, Ida leaves.
const monday = () => ({ clock: testClock('2026-11-23T09:00:00.000Z') })
const arriving = aStay({
  recipientId: noah.id,
  placeId: place.id,
  start: '2026-11-23T15:00:00.000Z',
  end: '2026-11-25T15:00:00.000Z',
  transportTo: 'Skoleskyss fra skolen',
})
const leaving = aStay({
  recipientId: ida.id,
  placeId: place.id,
  start: '2026-11-21T15:00:00.000Z',
  end: '2026-11-23T10:00:00.000Z',
})
const dayList = (from: string, to: string): PlaceDayList => ({
  place,
  from,
  to,
  stays: [
    {
      stay: leaving,
      householdId: '00000000-0000-4000-8000-00000000b001',
      recipient: ida,
      caregivers: [{ name: 'Hanne Berg', phone: '+47 412 34 567' }],
      medications: [],
      aboutMe: null,
    },
    {
      stay: arriving,
      householdId: '00000000-0000-4000-8000-00000000b002',
      recipient: noah,
      caregivers: [{ name: 'Sara Haddad', phone: '+47 455 67 812' }],
      medications: [
        aMedication({ recipientId: noah.id, name: 'Levetiracetam mikstur', dose: '5 ml', times: ['08:00', '20:00'] }),
      ],
      aboutMe: anAboutMeCard(noah.id, { communication: 'Bruker tegn til tale.' }),
    },
  ],
})

function dayListApi() {
  return fakeStaffApi({
    'GET /municipality': () => aMunicipality(),
    'GET /staff/places': () => aPageOf([{ ...place, capacity: null }]),
    [`GET /staff/places/${place.id}/day-list`]: (call) => dayList(call.query.get('from')!, call.query.get('to')!),
  })
}

describe("the respite home's day list", () => {
  it('shows who arrives with their allergies, medicines, transport and about-me card, and who leaves', async () => {
    dayListApi()
    const { wrapper } = await mountConsole('/kommune/dagsliste', monday())
    await eventually(() => expect(wrapper.findAll('[data-testid="day-list-child"]')).toHaveLength(1))
    const card = wrapper.get('[data-testid="day-list-child"]').text()
    expect(card).toContain('Noah')
    expect(card).toContain('Nøtter')
    expect(card).toContain('Skoleskyss fra skolen')
    expect(card).toContain('Levetiracetam mikstur')
    expect(card).toContain('08.00, 20.00')
    expect(card).toContain('Bruker tegn til tale.')
    expect(card).toContain('Sara Haddad (+47 455 67 812)')
    expect(wrapper.get('[data-testid="day-list-leaving"]').text()).toBe('Ida')
    expect(wrapper.get('h1').text()).toBe('Dagsliste for Solsikken avlastningsbolig')
  })

  it('asks for a week from the day shown when staff choose a week, and reads no household list', async () => {
    const api = dayListApi()
    const { wrapper } = await mountConsole('/kommune/dagsliste', monday())
    await eventually(() => expect(wrapper.findAll('[data-testid="day-list-day"]')).toHaveLength(1))
    await wrapper.get('select[name="span"]').setValue('week')
    await eventually(() => expect(wrapper.findAll('[data-testid="day-list-day"]')).toHaveLength(7))
    const asked = api.sent('GET', `/staff/places/${place.id}/day-list`).at(-1)!
    expect(asked.query.get('to')).toBe(addSixDays(asked.query.get('from')!))
    expect(api.sent('GET', '/staff/households')).toHaveLength(0)
  })
})

function addSixDays(date: string): string {
  return new Date(Date.parse(date) + 6 * 86_400_000).toISOString().slice(0, 10)
}
