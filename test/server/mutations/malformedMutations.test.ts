// A malformed mutation (text a database cannot hold, a year no calendar can use, a name or field the
// server does not know) is rejected on its own; the rest of its batch still applies, on every replay.
import { describe, expect, it } from 'vitest'
import type { Mutation } from '../../../src/protocol'
import { aCancellation, aChecklistItem, aMedication, aMutation, aTimeChange, send } from '../support/builders'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

async function bergFamily() {
  const family = await world().family('lunner-forelder-1')
  const [ida] = family.all('recipient')
  const stay = family.all('stay').find((candidate) => candidate.start > world().clock.iso())
  const templateItem = family.all('checklistItem').find((item) => item.stayId === null && item.recipientId === ida!.id)
  return { family, ida: ida!, stay: stay!, templateItem: templateItem! }
}

/** A mutation as a broken or hostile client might send it, past what the types allow. */
function tampered(mutation: Mutation, change: (raw: Record<string, unknown>) => void): Mutation {
  const raw = structuredClone(mutation) as unknown as Record<string, unknown>
  change(raw)
  return raw as unknown as Mutation
}

describe('a malformed mutation in a batch', () => {
  it('applies the notes on both sides of a note with a NUL character, and rejects only that one, on every replay', async () => {
    const { family, ida } = await bergFamily()
    const batch = [
      aMutation('upsertMedication', { medication: aMedication(ida.id, { name: 'Før' }) }),
      aMutation('upsertMedication', { medication: aMedication(ida.id, { name: 'Midt', notes: 'Gis med mat\u0000' }) }),
      aMutation('upsertMedication', { medication: aMedication(ida.id, { name: 'Etter' }) }),
    ]
    for (const round of ['first', 'replay']) {
      const results = await send(family.client, ...batch)
      expect(
        results.map((result) => result.status),
        round,
      ).toEqual(round === 'first' ? ['applied', 'rejected', 'applied'] : ['duplicate', 'rejected', 'duplicate'])
      expect(results[1]?.error?.code).toBe('invalid_request')
      expect(results[1]?.error?.message).toContain('args.medication.notes')
    }
    await family.sync()
    const names = family.all('medication').map((medication) => medication.name)
    expect(names).toEqual(expect.arrayContaining(['Før', 'Etter']))
    expect(names).not.toContain('Midt')
  })

  it('rejects a checklist label with half of a surrogate pair, and keeps one with a whole emoji', async () => {
    const { family, ida } = await bergFamily()
    const broken = aMutation('upsertChecklistItem', { item: aChecklistItem(ida.id, { label: 'Bamse \uD83E' }) })
    const whole = aMutation('upsertChecklistItem', { item: aChecklistItem(ida.id, { label: 'Bamse 🧸' }) })
    const results = await send(family.client, broken, whole)
    expect(results.map((result) => result.status)).toEqual(['rejected', 'applied'])
  })

  it('rejects a mutation of an unknown name or with an unknown field, and applies the others', async () => {
    const { family, stay } = await bergFamily()
    const unknownName = tampered(aCancellation(stay.id), (raw) => (raw.name = 'dropTable'))
    const unknownField = tampered(aCancellation(stay.id), (raw) => {
      ;(raw.args as Record<string, unknown>).householdId = stay.id
    })
    const badTime = tampered(aCancellation(stay.id), (raw) => (raw.createdAt = 'yesterday'))
    const good = aMutation('deleteChecklistItem', { id: crypto.randomUUID() })
    const results = await send(family.client, unknownName, unknownField, badTime, good)
    expect(results.map((result) => [result.id, result.status, result.error?.code])).toEqual([
      [unknownName.id, 'rejected', 'invalid_request'],
      [unknownField.id, 'rejected', 'invalid_request'],
      [badTime.id, 'rejected', 'invalid_request'],
      [good.id, 'rejected', 'not_found'],
    ])
    expect(results[1]?.error?.message).toContain('args.householdId')
    expect(await family.sync()).toEqual([])
  })

  it('still answers a batch whose mutation has no sound id as a bad request, since nothing could name the answer', async () => {
    const { family, stay } = await bergFamily()
    const response = await family.client.post('/mutations', {
      mutations: [tampered(aCancellation(stay.id), (raw) => (raw.id = 'mutation-1'))],
    })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', field: 'mutations.0.id' } })
  })
})

describe('times a phone sends', () => {
  it('rejects a change request to move a stay to the year 0000', async () => {
    const { family, stay } = await bergFamily()
    const [result] = await send(family.client, aTimeChange(stay.id, '0000-06-01T10:00:00.000Z', stay.end))
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'invalid_request' } })
    expect(result?.error?.message).toContain('args.start')
    expect(await family.sync()).toEqual([])
  })

  it('counts a tick from a phone whose clock runs years ahead as made when it arrived, so a later tick still wins', async () => {
    const { family, stay, templateItem } = await bergFamily()
    const father = await world().as('lunner-forelder-2')
    const args = { stayId: stay.id, itemId: templateItem.id }
    await send(father, aMutation('setPacked', { ...args, packed: true, at: '2099-12-31T23:59:00.000Z' }))
    await family.sync()
    expect(family.get('packing', `${stay.id}:${templateItem.id}`)?.updatedAt).toBe(world().clock.iso())
    world().clock.advance(60_000)
    await send(family.client, aMutation('setPacked', { ...args, packed: false, at: world().clock.iso() }))
    await family.sync()
    expect(family.get('packing', `${stay.id}:${templateItem.id}`)?.packed).toBe(false)
  })

  it('counts a medication list review dated in the future as made when it arrived', async () => {
    const { family, ida } = await bergFamily()
    await send(
      family.client,
      aMutation('markMedicationListReviewed', { recipientId: ida.id, at: '2099-01-01T00:00:00.000Z' }),
    )
    await family.sync()
    expect(family.get('recipient', ida.id)?.medicationListReviewedAt).toBe(world().clock.iso())
  })
})
