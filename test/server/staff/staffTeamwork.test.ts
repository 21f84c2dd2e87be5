import { describe, expect, it } from 'vitest'
import { StaffChangeRequestsPage } from '../../../src/protocol'
import { StaffNote } from '../../../src/protocol/routes/staffTeamworkRoutes'
import { aCancellation, aWeekend, planStay, send } from '../support/builders'
import type { ApiClient } from '../support/apiClient'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

async function aWaitingRequest(weeksAhead: number) {
  const family = await world().family('lunner-forelder-1')
  const [ida] = family.all('recipient')
  const tone = await world().as('lunner-ansatt')
  const ola = await world().as('lunner-ansatt-2')
  const stay = await planStay(tone, {
    recipientId: ida!.id,
    placeId: family.all('place')[0]!.id,
    ...aWeekend(weeksAhead),
  })
  await send(family.client, aCancellation(stay.id))
  await family.sync()
  const request = family.all('changeRequest').find((candidate) => candidate.stayId === stay.id)!
  const householdId = (await requestsOf(tone, 'pending')).find((candidate) => candidate.id === request.id)!.householdId
  return { family, tone, ola, request, householdId }
}

async function requestsOf(client: ApiClient, state: string) {
  const response = await client.get(`/staff/change-requests?state=${state}&limit=200`)
  return StaffChangeRequestsPage.parse(response.body).items
}

describe('staff working together on the families requests', () => {
  it('tells the second staff member who answered the request first, and when', async () => {
    const { tone, ola, request } = await aWaitingRequest(5)
    await tone.post(`/staff/change-requests/${request.id}/decision`, { status: 'accepted' })
    const second = await ola.post(`/staff/change-requests/${request.id}/decision`, {
      status: 'declined',
      reason: 'noRoom',
    })
    expect(second.status).toBe(409)
    expect(second.body).toEqual({
      error: {
        code: 'conflict',
        message: 'The request has already been answered',
        answered: { by: 'Tone Lunde', at: world().clock.iso() },
      },
    })
  })

  it('lists handled requests with who answered them', async () => {
    const { tone, ola, request } = await aWaitingRequest(6)
    await tone.post(`/staff/change-requests/${request.id}/decision`, {
      status: 'declined',
      reason: 'other',
      note: 'Nei.',
    })
    const handled = (await requestsOf(ola, 'answered')).find((candidate) => candidate.id === request.id)
    expect(handled).toMatchObject({
      status: 'declined',
      answeredBy: { name: 'Tone Lunde', at: world().clock.iso() },
      householdName: 'Eirik Berg, Hanne Berg',
    })
    expect((await requestsOf(ola, 'pending')).some((candidate) => candidate.id === request.id)).toBe(false)
  })

  it('shows other staff who has taken a waiting request, until it is let go', async () => {
    const { tone, ola, request } = await aWaitingRequest(7)
    expect((await tone.post(`/staff/change-requests/${request.id}/claim`, { take: true })).status).toBe(204)
    const seen = (await requestsOf(ola, 'pending')).find((candidate) => candidate.id === request.id)
    expect(seen?.claimedBy).toMatchObject({ name: 'Tone Lunde', at: world().clock.iso() })
    await tone.post(`/staff/change-requests/${request.id}/claim`, { take: false })
    const released = (await requestsOf(ola, 'pending')).find((candidate) => candidate.id === request.id)
    expect(released?.claimedBy).toBeNull()
  })

  it('refuses to take a request that is already answered, naming who answered it', async () => {
    const { tone, ola, request } = await aWaitingRequest(8)
    await tone.post(`/staff/change-requests/${request.id}/decision`, { status: 'accepted' })
    const claim = await ola.post(`/staff/change-requests/${request.id}/claim`, { take: true })
    expect(claim.status).toBe(409)
    expect(claim.body).toMatchObject({ error: { code: 'conflict', answered: { by: 'Tone Lunde' } } })
  })

  it('keeps notes about a household that staff read and the family never gets', async () => {
    const { family, tone, ola, householdId } = await aWaitingRequest(9)
    const added = await tone.post(`/staff/households/${householdId}/notes`, { body: 'Mor ringte om allergien.' })
    expect(added.status).toBe(201)
    expect(StaffNote.parse(added.body)).toMatchObject({ userName: 'Tone Lunde', body: 'Mor ringte om allergien.' })
    const notes = await ola.get(`/staff/households/${householdId}/notes`)
    expect(notes.body).toMatchObject({ items: [{ body: 'Mor ringte om allergien.' }] })
    await family.sync()
    expect(JSON.stringify([...family.records.values()])).not.toContain('allergien')
  })

  it("answers another municipality's household notes as not found", async () => {
    const { householdId } = await aWaitingRequest(10)
    const gjovik = await world().as('gjovik-ansatt')
    expect((await gjovik.get(`/staff/households/${householdId}/notes`)).status).toBe(404)
    expect((await gjovik.post(`/staff/households/${householdId}/notes`, { body: 'x' })).status).toBe(404)
  })
})
