import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ChangeRequest } from '../../../src/protocol'
import { ACCEPT_ALL, aCancellation, aTimeChange, aWeekend, planStay, send } from '../support/builders'
import { asTheFamilyReadsIt } from '../support/familyWording'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

async function pendingRequest(kind: 'cancel' | 'changeTime', weeksAhead: number) {
  const family = await world().family('lunner-forelder-1')
  const [ida] = family.all('recipient')
  const staff = await world().as('lunner-ansatt')
  const stay = await planStay(staff, {
    recipientId: ida!.id,
    placeId: family.all('place')[0]!.id,
    ...aWeekend(weeksAhead),
  })
  const later = { start: new Date(Date.parse(stay.start) + 2 * 3_600_000).toISOString(), end: stay.end }
  const mutation = kind === 'cancel' ? aCancellation(stay.id) : aTimeChange(stay.id, later.start, later.end)
  await send(family.client, mutation)
  await family.sync()
  const request = family.all('changeRequest').find((candidate) => candidate.stayId === stay.id)!
  return { family, staff, stay, request, later }
}

describe('staff answering change requests', () => {
  it('accepts a cancellation: the stay becomes cancelled by the family and the family is told', async () => {
    const { family, staff, stay, request } = await pendingRequest('cancel', 1)
    const response = await staff.post(`/staff/change-requests/${request.id}/decision`, {
      status: 'accepted',
      note: 'Ha en fin helg.',
    })
    expect(response.status).toBe(200)
    expect(ChangeRequest.parse(response.body)).toMatchObject({
      status: 'accepted',
      answerNote: 'Ha en fin helg.',
      answeredAt: world().clock.iso(),
    })
    await family.sync()
    expect(family.get('stay', stay.id)?.status).toBe('cancelledByFamily')
    const message = family.all('message').find((candidate) => candidate.changeRequestId === request.id)
    expect(message).toMatchObject({ kind: 'requestAnswered', stayId: stay.id })
    expect(asTheFamilyReadsIt(message)).toBe(
      'Kommunen har godtatt avbestillingen av oppholdet fre. 04.12. 16.00. Oppholdet er avlyst.\n\nBeskjed fra kommunen: Ha en fin helg.',
    )
  })

  it('accepts a new time: the stay moves and is marked changed', async () => {
    const { family, staff, stay, request, later } = await pendingRequest('changeTime', 2)
    await staff.post(`/staff/change-requests/${request.id}/decision`, { status: 'accepted', override: ACCEPT_ALL })
    await family.sync()
    expect(family.get('stay', stay.id)).toMatchObject({ start: later.start, end: later.end, status: 'changed' })
    expect(
      asTheFamilyReadsIt(family.all('message').find((candidate) => candidate.changeRequestId === request.id)),
    ).toContain('Ny tid: fre. 11.12. 18.00 – søn. 13.12. 16.00.')
  })

  it('declines a request: the stay stays as planned', async () => {
    const { family, staff, stay, request } = await pendingRequest('cancel', 3)
    const response = await staff.post(`/staff/change-requests/${request.id}/decision`, {
      status: 'declined',
      reason: 'afterDeadline',
      note: 'Fristen er ute.',
    })
    expect(response.body).toMatchObject({ status: 'declined' })
    await family.sync()
    expect(family.get('stay', stay.id)?.status).toBe('planned')
    expect(
      asTheFamilyReadsIt(family.all('message').find((candidate) => candidate.changeRequestId === request.id)),
    ).toMatch(/^Kommunen har ikke godtatt avbestillingen/)
  })

  it('refuses to answer a request twice', async () => {
    const { staff, request } = await pendingRequest('cancel', 4)
    await staff.post(`/staff/change-requests/${request.id}/decision`, { status: 'declined', reason: 'noRoom' })
    const again = await staff.post(`/staff/change-requests/${request.id}/decision`, { status: 'accepted' })
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ error: { code: 'conflict' } })
  })

  it('lets the family ask again once the first request is answered', async () => {
    const { family, staff, stay, request } = await pendingRequest('cancel', 5)
    await staff.post(`/staff/change-requests/${request.id}/decision`, { status: 'declined', reason: 'noRoom' })
    expect((await send(family.client, aCancellation(stay.id)))[0]?.status).toBe('applied')
  })

  it('answers another municipality’s request, or one that does not exist, as not found', async () => {
    const { request } = await pendingRequest('cancel', 6)
    const gjovikStaff = await world().as('gjovik-ansatt')
    const foreign = await gjovikStaff.post(`/staff/change-requests/${request.id}/decision`, { status: 'accepted' })
    const missing = await gjovikStaff.post(`/staff/change-requests/${randomUUID()}/decision`, { status: 'accepted' })
    expect(foreign.status).toBe(404)
    expect(foreign.body).toEqual(missing.body)
  })
})
