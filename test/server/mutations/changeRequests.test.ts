import { randomUUID } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import { aCancellation, aMutation, aTimeChange, aWeekend, planStay, send } from '../support/builders'
import { SEED_TIME } from '../../support/testClock'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })
beforeEach(() => world().clock.set(SEED_TIME))

/** A new stay for a family's first child, planned by their municipality's staff. */
async function aStayOf(parent: string, staff: string, slot = aWeekend(0)) {
  const family = await world().family(parent)
  const [child] = family.all('recipient')
  const [place] = family.all('place')
  const stay = await planStay(await world().as(staff), { recipientId: child!.id, placeId: place!.id, ...slot })
  await family.sync()
  return { family, stay }
}

// Saturday 28 November 2026, 16:00 in Norway; the deadline is Friday at 15:00 Norwegian time (14:00 UTC).
const saturday = { start: '2026-11-28T15:00:00.000Z', end: '2026-11-29T15:00:00.000Z' }

describe('asking to cancel or move a stay, against the change deadline', () => {
  it('counts a cancellation received at 15:00:00 the day before as on time', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-1', 'lunner-ansatt', saturday)
    world().clock.set('2026-11-27T14:00:00.000Z')
    const mutation = aCancellation(stay.id)
    expect(await send(family.client, mutation)).toEqual([{ id: mutation.id, status: 'applied' }])
    await family.sync()
    expect(family.all('changeRequest').find((request) => request.stayId === stay.id)).toMatchObject({
      type: 'cancel',
      status: 'pending',
      deadline: '2026-11-27T14:00:00.000Z',
      receivedAt: '2026-11-27T14:00:00.000Z',
      onTime: true,
    })
  })

  it('counts a cancellation received at 15:01 the day before as late, and still records it', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-1', 'lunner-ansatt', saturday)
    world().clock.set('2026-11-27T14:01:00.000Z')
    expect((await send(family.client, aCancellation(stay.id)))[0]?.status).toBe('applied')
    await family.sync()
    expect(family.all('changeRequest').find((request) => request.stayId === stay.id)).toMatchObject({
      onTime: false,
      status: 'pending',
    })
  })

  it('judges the deadline when the server receives the request, not when the phone made it offline', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-2', 'lunner-ansatt', saturday)
    world().clock.set('2026-11-27T16:30:00.000Z')
    const madeOffline = aCancellation(stay.id)
    madeOffline.createdAt = '2026-11-26T18:00:00.000Z'
    await send(family.client, madeOffline)
    await family.sync()
    expect(family.all('changeRequest').find((request) => request.stayId === stay.id)).toMatchObject({
      createdAt: '2026-11-26T18:00:00.000Z',
      receivedAt: '2026-11-27T16:30:00.000Z',
      onTime: false,
    })
  })

  it('records a new time the family asks for, with the deadline of the stay as planned', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-3', 'lunner-ansatt', saturday)
    const mutation = aTimeChange(stay.id, '2026-11-28T17:00:00.000Z', '2026-11-29T15:00:00.000Z')
    expect((await send(family.client, mutation))[0]?.status).toBe('applied')
    await family.sync()
    expect(family.all('changeRequest').find((request) => request.stayId === stay.id)).toMatchObject({
      type: 'changeTime',
      proposedStart: '2026-11-28T17:00:00.000Z',
      proposedEnd: '2026-11-29T15:00:00.000Z',
      onTime: true,
    })
  })

  it('gives a Gjøvik request no deadline and no verdict, as the municipality has no rule', async () => {
    const { family, stay } = await aStayOf('gjovik-forelder-1', 'gjovik-ansatt', saturday)
    world().clock.set('2026-11-28T14:59:00.000Z')
    expect((await send(family.client, aCancellation(stay.id)))[0]?.status).toBe('applied')
    await family.sync()
    expect(family.all('changeRequest').find((request) => request.stayId === stay.id)).toMatchObject({
      deadline: null,
      onTime: null,
    })
  })

  it('rejects a second request for a stay while the first is unanswered', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-1', 'lunner-ansatt', aWeekend(2))
    await send(family.client, aCancellation(stay.id))
    const [second] = await send(family.client, aTimeChange(stay.id, aWeekend(2).start, aWeekend(3).start))
    expect(second).toMatchObject({ status: 'rejected', error: { code: 'conflict' } })
    expect(second?.error?.message).toMatch(/ikke er besvart/)
  })

  it('rejects a new time for a stay the municipality has already cancelled', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-1', 'lunner-ansatt', aWeekend(3))
    await (
      await world().as('lunner-ansatt')
    ).patch(`/staff/stays/${stay.id}`, { status: 'cancelledByMunicipality', reason: 'staffShortage' })
    const [result] = await send(family.client, aTimeChange(stay.id, aWeekend(3).start, aWeekend(4).start))
    expect(result).toMatchObject({
      status: 'rejected',
      error: { code: 'conflict', message: 'Oppholdet er allerede avlyst.', reason: { key: 'stayCancelled' } },
    })
  })

  it('grants on arrival a cancellation made offline of a stay the municipality cancelled meanwhile, and keeps it', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-1', 'lunner-ansatt', aWeekend(3))
    const madeOffline = aCancellation(stay.id)
    madeOffline.createdAt = world().clock.iso()
    world().clock.advance(3600_000)
    await (
      await world().as('lunner-ansatt')
    ).patch(`/staff/stays/${stay.id}`, { status: 'cancelledByMunicipality', reason: 'staffShortage' })
    world().clock.advance(3600_000)
    expect(await send(family.client, madeOffline)).toEqual([{ id: madeOffline.id, status: 'applied' }])
    await family.sync()
    expect(family.all('changeRequest').find((request) => request.stayId === stay.id)).toMatchObject({
      type: 'cancel',
      status: 'accepted',
      alreadyCancelled: true,
      answeredAt: world().clock.iso(),
      answerNote: null,
    })
    const waiting = await (await world().as('lunner-ansatt')).get('/staff/change-requests?state=pending')
    expect(JSON.stringify(waiting.body)).not.toContain(stay.id)
  })

  it('rejects a request for a stay that has already begun', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-3', 'lunner-ansatt', aWeekend(1))
    world().clock.set(stay.start)
    const [result] = await send(family.client, aCancellation(stay.id))
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'conflict' } })
    expect(result?.error?.message).toMatch(/begynt/)
  })

  it('rejects a new time that ends before it starts', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-3', 'lunner-ansatt', aWeekend(4))
    const [result] = await send(family.client, aTimeChange(stay.id, aWeekend(4).end, aWeekend(4).start))
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'invalid_request' } })
    const [same] = await send(family.client, aTimeChange(stay.id, aWeekend(4).start, aWeekend(4).start))
    expect(same?.status).toBe('rejected')
  })

  it('answers a request about another household’s stay as not found, and changes nothing', async () => {
    const { stay } = await aStayOf('lunner-forelder-1', 'lunner-ansatt', aWeekend(5))
    const neighbour = await world().family('lunner-forelder-3')
    const [result] = await send(neighbour.client, aCancellation(stay.id))
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'not_found' } })
    expect(await neighbour.sync()).toEqual([])
    const owner = await world().family('lunner-forelder-1')
    expect(owner.all('changeRequest').some((request) => request.stayId === stay.id)).toBe(false)
  })

  it('answers a request about a stay that does not exist as not found', async () => {
    const client = await world().as('gjovik-forelder-1')
    const [result] = await send(client, aCancellation(randomUUID()))
    expect(result).toMatchObject({
      status: 'rejected',
      error: { code: 'not_found', message: 'Fant ikke oppholdet.', reason: { key: 'missing', entity: 'stay' } },
    })
  })
})

describe('taking back a request', () => {
  const withdrawal = (changeRequestId: string) =>
    aMutation('withdrawChangeRequest', { changeRequestId, at: '2026-11-22T10:00:00.000Z' })

  it('takes back a request still waiting, so the stay is as planned and a new request can be made', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-1', 'lunner-ansatt', aWeekend(6))
    const request = aCancellation(stay.id)
    await send(family.client, request)
    const changeRequestId = (request.args as { changeRequestId: string }).changeRequestId
    expect(await send(family.client, withdrawal(changeRequestId))).toEqual([
      expect.objectContaining({ status: 'applied' }),
    ])
    await family.sync()
    expect(family.get('changeRequest', changeRequestId)).toMatchObject({ status: 'withdrawn' })
    expect((await send(family.client, aCancellation(stay.id)))[0]?.status).toBe('applied')
  })

  it('refuses to take back a request the municipality has already answered', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-1', 'lunner-ansatt', aWeekend(7))
    const request = aCancellation(stay.id)
    await send(family.client, request)
    const changeRequestId = (request.args as { changeRequestId: string }).changeRequestId
    const staff = await world().as('lunner-ansatt')
    await staff.post(`/staff/change-requests/${changeRequestId}/decision`, { status: 'accepted' })
    const [result] = await send(family.client, withdrawal(changeRequestId))
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'conflict' } })
    expect(result?.error?.message).toMatch(/allerede svart/)
    await family.sync()
    expect(family.get('changeRequest', changeRequestId)).toMatchObject({ status: 'accepted' })
  })

  it('answers taking back another household’s request as not found', async () => {
    const { family, stay } = await aStayOf('lunner-forelder-1', 'lunner-ansatt', aWeekend(8))
    const request = aCancellation(stay.id)
    await send(family.client, request)
    const neighbour = await world().family('lunner-forelder-3')
    const changeRequestId = (request.args as { changeRequestId: string }).changeRequestId
    const [result] = await send(neighbour.client, withdrawal(changeRequestId))
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'not_found' } })
  })
})
