import { describe, expect, it } from 'vitest'
import { ErrorBody, StaffStay, Stay } from '../../../src/protocol'
import { useTestServer } from '../support/testServer'
import { everyPage } from '../staff/support/staffPages'
import { haddads, shift } from './support/haddads'

const world = useTestServer({ demo: true })
const HOUR = 3_600_000

/** Friday 16:00–18:00 of a weekend stay: the day offer's late hours while the child is at the unit. */
const fridayEvening = (stay: Stay) => ({
  start: stay.start,
  end: new Date(Date.parse(stay.start) + 2 * HOUR).toISOString(),
})

function refusal(response: { status: number; body: unknown }) {
  expect(response.status).toBe(409)
  return ErrorBody.parse(response.body).error
}

describe('a plan that collides is refused, naming what it collides with', () => {
  it('refuses a child at two places at once, names the other stay, and writes nothing', async () => {
    const { family, noah, dayOffer, noahsNext, staff } = await haddads(world)
    const response = await staff.post('/staff/stays', {
      recipientId: noah.id,
      placeId: dayOffer.id,
      ...fridayEvening(noahsNext),
    })
    const error = refusal(response)
    expect(error.code).toBe('double_booked')
    expect(error.message).toContain('Noah is at Lunner avlastningsbolig')
    expect(error.conflicts).toContainEqual(
      expect.objectContaining({ code: 'double_booked', other: expect.objectContaining({ stayId: noahsNext.id }) }),
    )
    // Noah has no decision for a day offer: every collision is listed, not only the first.
    expect(error.conflicts?.map((conflict) => conflict.code)).toEqual(['double_booked', 'no_decision'])
    expect(await family.sync()).toEqual([])
  })

  it('refuses a date in the past', async () => {
    const { noah, unit, staff } = await haddads(world)
    const yesterday = world().clock.now() - 24 * HOUR
    const response = await staff.post('/staff/stays', {
      recipientId: noah.id,
      placeId: unit.id,
      start: new Date(yesterday).toISOString(),
      end: new Date(yesterday + 4 * HOUR).toISOString(),
    })
    expect(refusal(response).code).toBe('past_date')
  })

  it('refuses a kind of stay the place does not offer', async () => {
    const { noah, unit, noahsNext, staff } = await haddads(world)
    const response = await staff.post('/staff/stays', {
      recipientId: noah.id,
      placeId: unit.id,
      kind: 'dayOffer',
      ...shift(noahsNext, 7),
    })
    const error = refusal(response)
    expect(error.code).toBe('kind_mismatch')
    expect(error.conflicts?.[0]).toMatchObject({ kind: 'dayOffer', placeKind: 'municipalUnit' })
  })

  it('refuses a place that is full: a private provider takes one child at a time', async () => {
    const { family, noah, privateHome, staff } = await haddads(world)
    const idas = (await world().family('lunner-forelder-1'))
      .all('stay')
      .find((stay) => stay.placeId === privateHome.id && Date.parse(stay.start) > world().clock.now() + 7 * 24 * HOUR)!
    const response = await staff.post('/staff/stays', {
      recipientId: noah.id,
      placeId: privateHome.id,
      start: idas.start,
      end: idas.end,
    })
    const error = refusal(response)
    expect(error.code).toBe('place_full')
    expect(error.conflicts?.[0]).toMatchObject({ code: 'place_full', unit: 'children', size: 1 })
    expect(error.message).toContain('Solsikken avlastningshjem has no room')
    expect(await family.sync()).toEqual([])
  })

  it('refuses a day the place is closed: the day offer on a Saturday', async () => {
    const { maja, dayOffer, noahsNext, staff } = await haddads(world)
    const saturday = Date.parse(noahsNext.start) + 24 * HOUR - 8 * HOUR
    const response = await staff.post('/staff/stays', {
      recipientId: maja.id,
      placeId: dayOffer.id,
      start: new Date(saturday).toISOString(),
      end: new Date(saturday + 4 * HOUR).toISOString(),
    })
    const error = refusal(response)
    expect(error.code).toBe('place_closed')
    expect(error.conflicts?.[0]).toMatchObject({ days: [new Date(saturday).toISOString().slice(0, 10)] })
  })

  it('refuses a stay beyond the decision: a third stay in a month that grants two', async () => {
    const { noah, unit, fullMonthStay, staff } = await haddads(world)
    const response = await staff.post('/staff/stays', {
      recipientId: noah.id,
      placeId: unit.id,
      ...shift(fullMonthStay(), 7),
    })
    const error = refusal(response)
    expect(error.code).toBe('beyond_decision')
    expect(error.conflicts?.[0]).toMatchObject({ unit: 'stays', period: 'month', granted: 2, planned: 1 })
  })
})

describe('an override with a reason lets a plan through', () => {
  it('plans it when staff accept every collision, and keeps who accepted which and why', async () => {
    const { noah, dayOffer, noahsNext, staff } = await haddads(world)
    const override = { reason: 'Foreldrene henter til middag', accept: ['double_booked', 'no_decision'] }
    const response = await staff.post('/staff/stays', {
      recipientId: noah.id,
      placeId: dayOffer.id,
      ...fridayEvening(noahsNext),
      override,
    })
    expect(response.status).toBe(201)
    const stay = Stay.parse(response.body)
    const { items } = await everyPage(staff, '/staff/stays', StaffStay, { recipientId: noah.id, placeId: dayOffer.id })
    expect(items.find((item) => item.id === stay.id)?.overrides).toEqual([
      {
        codes: ['double_booked', 'no_decision'],
        reason: 'Foreldrene henter til middag',
        at: world().clock.iso(),
        userName: 'Tone Lunde',
      },
    ])
  })

  it('still refuses what the override does not name', async () => {
    const { family, noah, dayOffer, noahsNext, staff } = await haddads(world)
    const response = await staff.post('/staff/stays', {
      recipientId: noah.id,
      placeId: dayOffer.id,
      ...shift(fridayEvening(noahsNext), 14),
      override: { reason: 'Foreldrene henter til middag', accept: ['no_decision'] },
    })
    expect(refusal(response).code).toBe('double_booked')
    expect(await family.sync()).toEqual([])
  })

  it('wants a reason of a few letters with an override', async () => {
    const { noah, unit, fullMonthStay, staff } = await haddads(world)
    const response = await staff.post('/staff/stays', {
      recipientId: noah.id,
      placeId: unit.id,
      ...shift(fullMonthStay(), 7),
      override: { reason: '  ', accept: ['beyond_decision'] },
    })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', field: 'override.reason' } })
  })
})
