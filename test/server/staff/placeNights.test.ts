import { describe, expect, it } from 'vitest'
import { AccessLogEntry, ErrorBody, PlaceNights, StaffStay, type PlaceCapacity } from '../../../src/protocol'
import { addDays, addMonths } from '../../../src/domain/localDates'
import { occupancy } from '../../../src/domain/placeCapacity'
import { NORWEGIAN_TIME_ZONE } from '../../../src/domain/zonedTime'
import { aWeekend, planStay } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { haddads } from '../planning/support/haddads'
import { everyPage, pageAt } from './support/staffPages'

const world = useTestServer({ demo: true })
const staff = () => world().as('lunner-ansatt')
// The weekend of aWeekend(12): Friday 19 February to Sunday 21 February 2027.
const FRIDAY = '2027-02-19'
const SATURDAY = '2027-02-20'
const SUNDAY = '2027-02-21'
const MONTH = { from: '2027-02-01', to: '2027-02-28' }

const grid = async (placeId: string, days: { from: string; to: string }, as = staff()) =>
  (await as).get(`/staff/places/${placeId}/nights?from=${days.from}&to=${days.to}`)
const gridOf = async (placeId: string, days: { from: string; to: string }) =>
  PlaceNights.parse((await grid(placeId, days)).body)
const night = (nights: PlaceNights, day: string) => nights.nights.find((item) => item.day === day)!

async function noahsWeekend() {
  const { noah, unit } = await haddads(world)
  const stay = await planStay(await staff(), { recipientId: noah.id, placeId: unit.id, ...aWeekend(12) })
  return { noah, unit, stay }
}

describe("a place's night-by-night grid", () => {
  it('counts a weekend as its Friday and Saturday nights, not its Sunday, and names the child', async () => {
    const { noah, unit, stay } = await noahsWeekend()
    const nights = await gridOf(unit.id, MONTH)
    expect(nights.nights).toHaveLength(28)
    const at = (day: string) => night(nights, day).children.map((child) => child.stayId)
    expect(at(FRIDAY)).toContain(stay.id)
    expect(at(SATURDAY)).toContain(stay.id)
    expect(at(SUNDAY)).not.toContain(stay.id)
    expect(night(nights, FRIDAY).children).toContainEqual(
      expect.objectContaining({ recipientId: noah.id, name: 'Noah' }),
    )
  })

  it('counts every day exactly as the planning checks count it', async () => {
    const { unit } = await noahsWeekend()
    const nights = await gridOf(unit.id, MONTH)
    const { items } = await everyPage(await staff(), '/staff/stays', StaffStay, { placeId: unit.id, ...MONTH })
    const capacity = nights.place.capacity!
    const expected = occupancy(capacity, items, MONTH.from, MONTH.to, NORWEGIAN_TIME_ZONE)
    expect(nights.nights.map(({ day, open, taken }) => ({ day, open, taken }))).toEqual(
      expected.map(({ day, open, stayIds }) => ({ day, open, taken: stayIds.length })),
    )
    expect(nights.nights.some((item) => item.taken > 0)).toBe(true)
  })

  it('shows a night as full exactly when the planning check refuses another child for it', async () => {
    const { noah, privateHome } = await haddads(world)
    const ida = (await world().family('lunner-forelder-1')).all('stay').find((stay) => stay.placeId === privateHome.id)!
    const day = ida.start.slice(0, 10)
    const nights = await gridOf(privateHome.id, { from: day, to: day })
    expect(nights.place.capacity).toMatchObject({ unit: 'children', size: 1 })
    expect(night(nights, day).taken).toBe(1)
    const refused = await (
      await staff()
    ).post('/staff/stays', { recipientId: noah.id, placeId: privateHome.id, start: ida.start, end: ida.end })
    const { error } = ErrorBody.parse(refused.body)
    expect(error.conflicts).toContainEqual(
      expect.objectContaining({ code: 'place_full', days: expect.arrayContaining([day]) }),
    )
  })

  it('marks the days of a closed period as closed, with its note', async () => {
    const { unit } = await noahsWeekend()
    const capacity: PlaceCapacity = {
      unit: 'beds',
      size: 4,
      openDays: [1, 2, 3, 4, 5, 6, 7],
      closed: [{ from: SATURDAY, to: SUNDAY, note: 'Vannskade' }],
    }
    expect((await (await staff()).put(`/staff/places/${unit.id}/capacity`, { capacity })).status).toBe(200)
    const nights = await gridOf(unit.id, { from: FRIDAY, to: SUNDAY })
    expect(nights.nights.map(({ open, closedNote }) => ({ open, closedNote }))).toEqual([
      { open: true, closedNote: null },
      { open: false, closedNote: 'Vannskade' },
      { open: false, closedNote: 'Vannskade' },
    ])
  })

  it('leaves out a cancelled stay', async () => {
    const { unit, stay } = await noahsWeekend()
    const before = night(await gridOf(unit.id, { from: FRIDAY, to: FRIDAY }), FRIDAY)
    await (
      await staff()
    ).patch(`/staff/stays/${stay.id}`, { status: 'cancelledByMunicipality', reason: 'staffShortage' })
    const after = night(await gridOf(unit.id, { from: FRIDAY, to: FRIDAY }), FRIDAY)
    expect(after.taken).toBe(before.taken - 1)
    expect(after.children.map((child) => child.stayId)).not.toContain(stay.id)
  })

  it('writes a read of each household in the grid to the access log', async () => {
    const { unit } = await noahsWeekend()
    // A read-only colleague who has read nothing yet: a second read within 15 minutes is not written again.
    await grid(unit.id, { from: FRIDAY, to: FRIDAY }, world().as('lunner-lesetilgang'))
    const householdId = (await world().signIn('lunner-forelder-3')).user.householdId!
    const { items } = await pageAt(await staff(), '/staff/access-log', AccessLogEntry, { householdId, limit: 5 })
    expect(items.map((entry) => entry.action)).toContain('staffGetPlaceNights')
  })

  it("shows a full night and a closed day in the demo's month at Solsikken, with no one booked on the closed day", async () => {
    const { privateHome } = await haddads(world)
    const today = new Date(world().clock.now()).toISOString().slice(0, 10)
    const first = `${today.slice(0, 7)}-01`
    const nights = await gridOf(privateHome.id, { from: first, to: addDays(addMonths(first, 1), -1) })
    const size = nights.place.capacity!.size
    expect(nights.nights.some((item) => item.open && item.taken === size)).toBe(true)
    const closed = nights.nights.filter((item) => !item.open)
    expect(closed.map((item) => item.closedNote)).toContain('Kurs for avlasterfamilien')
    expect(closed.every((item) => item.taken === 0)).toBe(true)
  })

  it("answers another municipality's place as not found", async () => {
    const { unit } = await haddads(world)
    const response = await grid(unit.id, MONTH, world().as('gjovik-ansatt'))
    expect(response.status).toBe(404)
    expect(response.body).toMatchObject({ error: { code: 'not_found' } })
  })

  it('refuses more than 62 days at a time, and days in the wrong order, with the shared error shape', async () => {
    const { unit } = await haddads(world)
    expect((await grid(unit.id, { from: '2027-01-01', to: '2027-03-03' })).status).toBe(200)
    for (const days of [
      { from: '2027-01-01', to: '2027-03-04' },
      { from: FRIDAY, to: '2027-02-18' },
    ]) {
      const response = await grid(unit.id, days)
      expect(response.status).toBe(400)
      expect(response.body).toMatchObject({ error: { code: 'invalid_request' } })
    }
  })
})
