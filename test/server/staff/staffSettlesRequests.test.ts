import { describe, expect, it } from 'vitest'
import { ACCEPT_ALL, aCancellation, aTimeChange, aWeekend, planStay, send } from '../support/builders'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

async function aStayWithRequest(request: 'cancel' | 'changeTime', weeksAhead: number) {
  const family = await world().family('lunner-forelder-3')
  const [child] = family.all('recipient')
  const [place] = family.all('place')
  const staff = await world().as('lunner-ansatt')
  const stay = await planStay(staff, { recipientId: child!.id, placeId: place!.id, ...aWeekend(weeksAhead) })
  const mutation =
    request === 'cancel'
      ? aCancellation(stay.id)
      : aTimeChange(stay.id, stay.start, new Date(Date.parse(stay.end) + 3_600_000).toISOString())
  expect((await send(family.client, mutation))[0]?.status).toBe('applied')
  await family.sync()
  const [pending] = family.all('changeRequest').filter((candidate) => candidate.stayId === stay.id)
  return { family, staff, stay, requestId: pending!.id }
}

describe('staff changing a stay the family has asked about', () => {
  it('grants a pending cancellation when the municipality cancels the stay itself', async () => {
    const { family, staff, stay, requestId } = await aStayWithRequest('cancel', 3)
    await staff.patch(`/staff/stays/${stay.id}`, {
      status: 'cancelledByMunicipality',
      reason: 'other',
      note: 'Stengt i helgen.',
    })
    await family.sync()
    expect(family.get('changeRequest', requestId)).toMatchObject({
      status: 'accepted',
      answerNote: 'Stengt i helgen.',
      answeredAt: world().clock.iso(),
    })
  })

  it('marks a pending request overtaken when the municipality moves the stay, and lets the family ask again', async () => {
    const { family, staff, stay, requestId } = await aStayWithRequest('changeTime', 4)
    const later = new Date(Date.parse(stay.start) + 2 * 3_600_000).toISOString()
    expect((await staff.patch(`/staff/stays/${stay.id}`, { start: later, override: ACCEPT_ALL })).status).toBe(200)
    await family.sync()
    expect(family.get('changeRequest', requestId)?.status).toBe('overtaken')
    expect((await send(family.client, aCancellation(stay.id)))[0]?.status).toBe('applied')
  })

  it('marks a pending time change overtaken when the municipality cancels the stay', async () => {
    const { family, staff, stay, requestId } = await aStayWithRequest('changeTime', 5)
    await staff.patch(`/staff/stays/${stay.id}`, { status: 'cancelledByMunicipality', reason: 'staffShortage' })
    await family.sync()
    expect(family.get('changeRequest', requestId)?.status).toBe('overtaken')
  })

  it('leaves a pending request waiting when staff only change the notes', async () => {
    const { family, staff, stay, requestId } = await aStayWithRequest('cancel', 6)
    await staff.patch(`/staff/stays/${stay.id}`, { notes: 'Ta med innesko.' })
    await family.sync()
    expect(family.get('changeRequest', requestId)?.status).toBe('pending')
  })
})
