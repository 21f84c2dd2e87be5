// Every message the municipality's changes send carries its facts, so the app can word it in the family's
// language and tell two messages apart by stay, child and time (sync rule 10).
import { describe, expect, it } from 'vitest'
import type { Message } from '../../../src/protocol'
import { ACCEPT_ALL, aCancellation, aTimeChange, aWeekend, planStay, send } from '../support/builders'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

async function setting(parent = 'lunner-forelder-1') {
  const family = await world().family(parent)
  const [child] = family.all('recipient')
  const [first, second] = family.all('place')
  const staff = await world().as('lunner-ansatt')
  const stay = await planStay(staff, { recipientId: child!.id, placeId: first!.id, ...aWeekend(2) })
  const about = (kind: Message['kind']) => {
    const found = family.all('message').find((message) => message.stayId === stay.id && message.kind === kind)
    if (!found) throw new Error(`no ${kind} message for the stay`)
    return found
  }
  return { family, child: child!, first: first!, second: second!, staff, stay, about }
}

describe('the facts in the municipality’s messages', () => {
  it('a planned stay’s message names the stay, the child, the times and the place', async () => {
    const { family, child, first, stay, about } = await setting()
    await family.sync()
    expect(about('stayPlanned').facts).toEqual({
      kind: 'stayPlanned',
      stayId: stay.id,
      recipientId: child.id,
      start: stay.start,
      end: stay.end,
      placeName: first.name,
      note: null,
      reinstated: false,
    })
  })

  it('a message about a stay is stored as its facts, with no Bokmål sentence for the family to read', async () => {
    const { family, staff, stay, about } = await setting()
    await staff.patch(`/staff/stays/${stay.id}`, {
      status: 'cancelledByMunicipality',
      reason: 'other',
      note: 'Sykdom.',
    })
    await family.sync()
    for (const kind of ['stayPlanned', 'stayCancelled'] as const) {
      expect(about(kind)).not.toHaveProperty('title')
      expect(about(kind)).not.toHaveProperty('body')
    }
  })

  it('a cancellation carries the stay’s times and the staff’s note as written', async () => {
    const { family, child, staff, stay, about } = await setting()
    await staff.patch(`/staff/stays/${stay.id}`, {
      status: 'cancelledByMunicipality',
      reason: 'other',
      note: 'Sykdom i personalgruppen.',
    })
    await family.sync()
    expect(about('stayCancelled').facts).toMatchObject({
      kind: 'stayCancelled',
      stayId: stay.id,
      recipientId: child.id,
      start: stay.start,
      end: stay.end,
      note: 'Sykdom i personalgruppen.',
    })
  })

  it('a stay set up again after a cancellation says so', async () => {
    const { family, staff, stay, about } = await setting()
    await staff.patch(`/staff/stays/${stay.id}`, { status: 'cancelledByMunicipality', reason: 'staffShortage' })
    await staff.patch(`/staff/stays/${stay.id}`, { status: 'planned', override: ACCEPT_ALL })
    await family.sync()
    const reinstated = family
      .all('message')
      .filter((message) => message.stayId === stay.id && message.kind === 'stayPlanned')
      .find((message) => message.facts?.kind === 'stayPlanned' && message.facts.reinstated)
    expect(reinstated).toBeDefined()
    expect(about('stayCancelled').facts).toMatchObject({ note: null })
  })

  it('a moved stay carries the old and the new times and the new place', async () => {
    const { family, second, staff, stay, about } = await setting()
    const later = { start: '2026-12-11T17:00:00.000Z', end: '2026-12-13T15:00:00.000Z' }
    await staff.patch(`/staff/stays/${stay.id}`, { ...later, placeId: second.id, override: ACCEPT_ALL })
    await family.sync()
    expect(about('stayChanged').facts).toMatchObject({
      kind: 'stayChanged',
      start: stay.start,
      end: stay.end,
      newStart: later.start,
      newEnd: later.end,
      placeName: second.name,
      placeChanged: true,
      transportChanged: false,
      detailsChanged: false,
    })
  })

  it('an answer to a cancellation says which stay, that it was accepted, and the staff’s note', async () => {
    const { family, child, staff, stay } = await setting()
    await send(family.client, aCancellation(stay.id))
    await family.sync()
    const request = family.all('changeRequest').find((candidate) => candidate.stayId === stay.id)!
    await staff.post(`/staff/change-requests/${request.id}/decision`, { status: 'accepted', note: 'God bedring!' })
    await family.sync()
    const answer = family.all('message').find((message) => message.changeRequestId === request.id)
    expect(answer?.facts).toMatchObject({
      kind: 'requestAnswered',
      stayId: stay.id,
      recipientId: child.id,
      start: stay.start,
      request: 'cancel',
      accepted: true,
      newStart: null,
      note: 'God bedring!',
    })
  })

  it('an answer to a new time carries the time asked for', async () => {
    const { family, staff, stay } = await setting()
    const later = new Date(Date.parse(stay.start) + 2 * 3_600_000).toISOString()
    await send(family.client, aTimeChange(stay.id, later, stay.end))
    await family.sync()
    const request = family.all('changeRequest').find((candidate) => candidate.stayId === stay.id)!
    await staff.post(`/staff/change-requests/${request.id}/decision`, { status: 'declined', reason: 'noRoom' })
    await family.sync()
    const answer = family.all('message').find((message) => message.changeRequestId === request.id)
    expect(answer?.facts).toMatchObject({
      request: 'changeTime',
      accepted: false,
      newStart: later,
      newEnd: stay.end,
      note: null,
    })
  })
})
