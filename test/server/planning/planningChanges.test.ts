import { describe, expect, it } from 'vitest'
import { ChangeRequest, ErrorBody, StaffStaySeries, StaffSummerApplication, Stay } from '../../../src/protocol'
import { aTimeChange, send } from '../support/builders'
import { asTheFamilyReadsIt } from '../support/familyWording'
import { useTestServer } from '../support/testServer'
import { pageAt } from '../staff/support/staffPages'
import { haddads, shift } from './support/haddads'

const world = useTestServer({ demo: true })
const DAY = 86_400_000

const codeOf = (response: { body: unknown }) => ErrorBody.parse(response.body).error.code

describe('every change of a stay is judged like a new plan', () => {
  it('refuses to move a stay into the past, and the family keeps the old time', async () => {
    const { family, noahsNext, staff } = await haddads(world)
    const yesterday = new Date(world().clock.now() - DAY).toISOString()
    const response = await staff.patch(`/staff/stays/${noahsNext.id}`, { start: yesterday })
    expect(response.status).toBe(409)
    expect(codeOf(response)).toBe('past_date')
    expect(await family.sync()).toEqual([])
  })

  it("refuses to accept a family's new time beyond the decision, and keeps the request waiting", async () => {
    const { family, fullMonthStay, staff } = await haddads(world)
    const stay = fullMonthStay()
    const later = shift(stay, 7)
    const asked = aTimeChange(stay.id, later.start, later.end)
    await send(family.client, asked)
    const requestId = (asked.args as { changeRequestId: string }).changeRequestId
    const refused = await staff.post(`/staff/change-requests/${requestId}/decision`, { status: 'accepted' })
    expect(refused.status).toBe(409)
    expect(codeOf(refused)).toBe('beyond_decision')
    const accepted = await staff.post(`/staff/change-requests/${requestId}/decision`, {
      status: 'accepted',
      override: { reason: 'Avtalt med saksbehandler', accept: ['beyond_decision'] },
    })
    expect(ChangeRequest.parse(accepted.body).status).toBe('accepted')
  })

  it('reinstates a cancelled stay, and refuses to when the child is now elsewhere', async () => {
    const { family, noah, unit, dayOffer, noahsNext, staff } = await haddads(world)
    const stay = shift(noahsNext, 28)
    const planned = Stay.parse(
      (await staff.post('/staff/stays', { recipientId: noah.id, placeId: unit.id, ...stay, override: anyway })).body,
    )
    await staff.patch(`/staff/stays/${planned.id}`, { status: 'cancelledByMunicipality', reason: 'staffShortage' })
    const reinstated = await staff.patch(`/staff/stays/${planned.id}`, { status: 'planned', override: anyway })
    expect(Stay.parse(reinstated.body).status).toBe('planned')
    await staff.patch(`/staff/stays/${planned.id}`, { status: 'cancelledByMunicipality', reason: 'staffShortage' })
    const friday = { start: stay.start, end: new Date(Date.parse(stay.start) + 7_200_000).toISOString() }
    await staff.post('/staff/stays', { recipientId: noah.id, placeId: dayOffer.id, ...friday, override: anyway })
    const refused = await staff.patch(`/staff/stays/${planned.id}`, { status: 'planned' })
    expect(refused.status).toBe(409)
    expect(codeOf(refused)).toBe('double_booked')
    await family.sync()
    expect(family.get('stay', planned.id)?.status).toBe('cancelledByMunicipality')
    const messages = family.all('message').filter((message) => message.stayId === planned.id)
    expect(messages.some((message) => message.facts?.kind === 'stayPlanned' && message.facts.reinstated)).toBe(true)
  })
})

const anyway = { reason: 'Avtalt med familien', accept: ['beyond_decision', 'no_decision', 'double_booked'] }

describe('a series of stays', () => {
  it('plans every stay of a series and tells the family in one message', async () => {
    const { family, maja, dayOffer, staff } = await haddads(world)
    await family.sync()
    const before = family.all('message').length
    const thursdays = [0, 1, 2].map((weeks) => {
      const thursday = Date.parse('2027-02-04T08:00:00.000Z') + weeks * 7 * DAY
      return { start: new Date(thursday).toISOString(), end: new Date(thursday + 6 * 3_600_000).toISOString() }
    })
    const response = await staff.post('/staff/stay-series', {
      recipientId: maja.id,
      placeId: dayOffer.id,
      stays: thursdays,
      override: { reason: 'Ekstra dager etter avtale', accept: ['beyond_decision'] },
    })
    expect(response.status).toBe(201)
    const { stays } = StaffStaySeries.parse(response.body)
    expect(stays).toHaveLength(3)
    await family.sync()
    const news = family.all('message').slice(before)
    expect(news).toHaveLength(1)
    expect(news[0]?.facts).toMatchObject({
      kind: 'stayPlanned',
      series: stays.map((stay) => expect.objectContaining({ stayId: stay.id })),
    })
  })

  it('plans none of a series when one of its stays collides', async () => {
    const { family, maja, dayOffer, staff } = await haddads(world)
    await family.sync()
    const thursday = Date.parse('2027-03-04T08:00:00.000Z')
    const saturday = thursday + 2 * DAY
    const response = await staff.post('/staff/stay-series', {
      recipientId: maja.id,
      placeId: dayOffer.id,
      stays: [thursday, saturday].map((start) => ({
        start: new Date(start).toISOString(),
        end: new Date(start + 3_600_000).toISOString(),
      })),
    })
    expect(response.status).toBe(409)
    expect(codeOf(response)).toBe('place_closed')
    expect(await family.sync()).toEqual([])
  })
})

describe('risky actions need a reason the family reads', () => {
  it('refuses to cancel a stay without a reason', async () => {
    const { noahsNext, staff } = await haddads(world)
    const response = await staff.patch(`/staff/stays/${noahsNext.id}`, { status: 'cancelledByMunicipality' })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', field: 'reason' } })
  })

  it('wants the staff’s own words when the reason is "other"', async () => {
    const { noahsNext, staff } = await haddads(world)
    const response = await staff.patch(`/staff/stays/${noahsNext.id}`, {
      status: 'cancelledByMunicipality',
      reason: 'other',
      note: ' ',
    })
    expect(response.status).toBe(400)
  })

  it('tells the family why a stay was cancelled, in words of their language', async () => {
    const { family, noahsNext, staff } = await haddads(world)
    await staff.patch(`/staff/stays/${noahsNext.id}`, { status: 'cancelledByMunicipality', reason: 'placeClosed' })
    await family.sync()
    const message = family.all('message').find((each) => each.stayId === noahsNext.id && each.kind === 'stayCancelled')
    expect(message?.facts).toMatchObject({ reason: 'placeClosed', note: null })
    expect(asTheFamilyReadsIt(message!)).toContain('Avlastningsstedet er stengt da.')
  })

  it('refuses to decline a request or a summer application without a reason', async () => {
    const { family, fullMonthStay, staff } = await haddads(world)
    const stay = fullMonthStay()
    const asked = aTimeChange(stay.id, shift(stay, 1).start, shift(stay, 1).end)
    await send(family.client, asked)
    const requestId = (asked.args as { changeRequestId: string }).changeRequestId
    const decline = await staff.post(`/staff/change-requests/${requestId}/decision`, { status: 'declined' })
    expect(decline.status).toBe(400)
    const page = await pageAt(staff, '/staff/summer-applications', StaffSummerApplication, { status: 'submitted' })
    const application = page.items[0]!
    const answer = `/staff/summer-applications/${application.id}/answer`
    expect((await staff.post(answer, { status: 'declined' })).status).toBe(400)
    const declined = await staff.post(answer, { status: 'declined', reason: 'noRoom', note: 'Prøv uke 30.' })
    expect(StaffSummerApplication.parse(declined.body)).toMatchObject({
      answerReason: 'noRoom',
      answerNote: 'Prøv uke 30.',
    })
  })
})
