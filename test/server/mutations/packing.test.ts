import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { aChecklistItem, aMutation, send } from '../support/builders'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

async function bergFamily() {
  const family = await world().family('lunner-forelder-1')
  const [ida] = family.all('recipient')
  const stay = family.all('stay').find((candidate) => candidate.start > world().clock.iso())
  const templateItem = family.all('checklistItem').find((item) => item.stayId === null)
  return { family, ida: ida!, stay: stay!, templateItem: templateItem! }
}

describe('packing lists', () => {
  it('gives every child the default template in the six categories of what to bring', async () => {
    const family = await world().family('lunner-forelder-3')
    for (const child of family.all('recipient')) {
      const items = family.all('checklistItem').filter((item) => item.recipientId === child.id && item.stayId === null)
      const categories = new Set(items.map((item) => item.category))
      for (const category of ['medicines', 'medicationList', 'consumables', 'toiletries', 'clothes', 'aids'] as const)
        expect(categories).toContain(category)
    }
  })

  it('adds an item for one stay only', async () => {
    const { family, ida, stay } = await bergFamily()
    const item = aChecklistItem(ida.id, { stayId: stay.id, label: 'Bursdagsgave til Oda' })
    expect((await send(family.client, aMutation('upsertChecklistItem', { item })))[0]?.status).toBe('applied')
    await family.sync()
    expect(family.get('checklistItem', item.id)).toEqual(item)
  })

  it('marks an item packed for a stay, and the later tick wins when two phones disagree', async () => {
    const { family, stay, templateItem } = await bergFamily()
    const father = await world().as('lunner-forelder-2')
    const args = { stayId: stay.id, itemId: templateItem.id }
    await send(family.client, aMutation('setPacked', { ...args, packed: true, at: '2026-11-22T18:00:00.000Z' }))
    // The father's phone unticked it earlier, offline; its mutation arrives last but is older.
    await send(father, aMutation('setPacked', { ...args, packed: false, at: '2026-11-22T17:00:00.000Z' }))
    await family.sync()
    expect(family.get('packing', `${stay.id}:${templateItem.id}`)).toEqual({
      id: `${stay.id}:${templateItem.id}`,
      ...args,
      packed: true,
      updatedAt: '2026-11-22T18:00:00.000Z',
    })
    await send(father, aMutation('setPacked', { ...args, packed: false, at: '2026-11-22T19:00:00.000Z' }))
    await family.sync()
    expect(family.get('packing', `${stay.id}:${templateItem.id}`)?.packed).toBe(false)
  })

  it('rejects packing an item of another child for a stay', async () => {
    const family = await world().family('lunner-forelder-3')
    const [first, second] = family.all('recipient')
    const stayOfFirst = family.all('stay').find((stay) => stay.recipientId === first!.id)!
    const itemOfSecond = family.all('checklistItem').find((item) => item.recipientId === second!.id)!
    const [result] = await send(
      family.client,
      aMutation('setPacked', {
        stayId: stayOfFirst.id,
        itemId: itemOfSecond.id,
        packed: true,
        at: '2026-11-22T18:00:00.000Z',
      }),
    )
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'invalid_request' } })
  })

  it('deletes an item and, with it, its packing marks', async () => {
    const { family, ida, stay } = await bergFamily()
    const item = aChecklistItem(ida.id, { stayId: stay.id, label: 'Lommelykt' })
    await send(family.client, aMutation('upsertChecklistItem', { item }))
    await send(
      family.client,
      aMutation('setPacked', { stayId: stay.id, itemId: item.id, packed: true, at: '2026-11-22T18:00:00.000Z' }),
    )
    await family.sync()
    expect((await send(family.client, aMutation('deleteChecklistItem', { id: item.id })))[0]?.status).toBe('applied')
    await family.sync()
    expect(family.isDeleted('checklistItem', item.id)).toBe(true)
    expect(family.isDeleted('packing', `${stay.id}:${item.id}`)).toBe(true)
  })

  it('treats deleting an item twice (from both phones) as done, not as an error', async () => {
    const { family, ida } = await bergFamily()
    const item = aChecklistItem(ida.id)
    await send(family.client, aMutation('upsertChecklistItem', { item }))
    await send(family.client, aMutation('deleteChecklistItem', { id: item.id }))
    expect((await send(family.client, aMutation('deleteChecklistItem', { id: item.id })))[0]?.status).toBe('applied')
  })

  it('answers another household’s items as not found, whether written, ticked or deleted', async () => {
    const { templateItem, stay } = await bergFamily()
    const neighbour = await world().family('lunner-forelder-3')
    const [child] = neighbour.all('recipient')
    const results = await send(
      neighbour.client,
      aMutation('upsertChecklistItem', { item: { ...templateItem, recipientId: child!.id, label: 'Kapret' } }),
      aMutation('deleteChecklistItem', { id: templateItem.id }),
      aMutation('setPacked', {
        stayId: stay.id,
        itemId: templateItem.id,
        packed: true,
        at: '2026-11-22T18:00:00.000Z',
      }),
      aMutation('upsertChecklistItem', { item: aChecklistItem(randomUUID()) }),
    )
    expect(results.map((result) => [result.status, result.error?.code])).toEqual([
      ['rejected', 'not_found'],
      ['rejected', 'not_found'],
      ['rejected', 'not_found'],
      ['rejected', 'not_found'],
    ])
    expect(await neighbour.sync()).toEqual([])
    const owner = await world().family('lunner-forelder-1')
    expect(owner.get('checklistItem', templateItem.id)).toEqual(templateItem)
  })
})
