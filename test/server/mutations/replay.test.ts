import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { aCancellation, aChecklistItem, aMutation, send } from '../support/builders'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

describe('each mutation applies at most once', () => {
  it('answers a replayed mutation as a duplicate and applies it only once', async () => {
    const family = await world().family('lunner-forelder-1')
    const [ida] = family.all('recipient')
    const mutation = aMutation('upsertChecklistItem', { item: aChecklistItem(ida!.id, { label: 'Ullsokker' }) })
    expect(await send(family.client, mutation)).toEqual([{ id: mutation.id, status: 'applied' }])
    const firstRound = await family.sync()
    expect(await send(family.client, mutation)).toEqual([{ id: mutation.id, status: 'duplicate' }])
    expect(await family.sync()).toEqual([])
    expect(firstRound).toHaveLength(1)
  })

  it('treats the same mutation from the other parent’s phone of the household as the same mutation', async () => {
    const mother = await world().family('lunner-forelder-1')
    const father = await world().as('lunner-forelder-2')
    const [ida] = mother.all('recipient')
    const mutation = aMutation('upsertChecklistItem', { item: aChecklistItem(ida!.id, { label: 'Lue' }) })
    await send(mother.client, mutation)
    expect(await send(father, mutation)).toEqual([{ id: mutation.id, status: 'duplicate' }])
  })

  it('answers a replayed rejection with the same rejection, so a phone that lost the answer still undoes it', async () => {
    const client = await world().as('lunner-forelder-3')
    const mutation = aCancellation(randomUUID())
    const [first] = await send(client, mutation)
    const [again] = await send(client, mutation)
    expect(first).toMatchObject({ status: 'rejected', error: { code: 'not_found' } })
    expect(again).toEqual(first)
  })

  it('answers every mutation of a batch in order, and a rejection does not stop the ones after it', async () => {
    const family = await world().family('gjovik-forelder-1')
    const [magnus] = family.all('recipient')
    const batch = [
      aMutation('upsertChecklistItem', { item: aChecklistItem(magnus!.id, { label: 'A' }) }),
      aCancellation(randomUUID()),
      aMutation('upsertChecklistItem', { item: aChecklistItem(magnus!.id, { label: 'B' }) }),
    ]
    const results = await send(family.client, ...batch)
    expect(results.map((result) => [result.id, result.status])).toEqual([
      [batch[0]!.id, 'applied'],
      [batch[1]!.id, 'rejected'],
      [batch[2]!.id, 'applied'],
    ])
    const labels = (await family.sync()).map((change) => (change.data as { label: string }).label)
    expect(labels).toEqual(['A', 'B'])
  })

  it('keeps the mutation ids of two households apart', async () => {
    const first = await world().family('lunner-forelder-1')
    const second = await world().family('gjovik-forelder-1')
    const id = randomUUID()
    const [ida] = first.all('recipient')
    const [magnus] = second.all('recipient')
    expect(
      (await send(first.client, aMutation('upsertChecklistItem', { item: aChecklistItem(ida!.id) }, { id })))[0]
        ?.status,
    ).toBe('applied')
    expect(
      (await send(second.client, aMutation('upsertChecklistItem', { item: aChecklistItem(magnus!.id) }, { id })))[0]
        ?.status,
    ).toBe('applied')
  })
})
