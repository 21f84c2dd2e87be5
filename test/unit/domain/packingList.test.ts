import { describe, expect, it } from 'vitest'
import {
  compareItems,
  currentTemplate,
  groupByCategory,
  isOutsideHome,
  isTemplateItem,
  packedItemIds,
  packingProgress,
  stayList,
} from '../../../src/domain/packing'
import { removeItem, reviseItem } from '../../../src/domain/packingTemplate'
import { aStay, anId } from '../../support/builders'
import { aPackingRow, aStayItem, aTemplateItem } from '../../support/packingBuilders'

const emma = anId()
const place = anId()
const at = (iso: string) => Date.parse(iso)
const weekendStay = () =>
  aStay({ recipientId: emma, placeId: place, start: '2026-11-27T15:00:00.000Z', end: '2026-11-29T15:00:00.000Z' })
const labels = (items: { label: string }[]) => items.map((item) => item.label)

describe('the packing list of a stay', () => {
  it('is the recipient’s template for a stay that has not started', () => {
    const stay = weekendStay()
    const items = [
      aTemplateItem({ recipientId: emma, label: 'Pysjamas' }),
      aTemplateItem({ recipientId: anId(), label: 'Brors lue' }),
    ]
    expect(labels(stayList(stay, items, at('2026-11-26T19:00:00.000Z')))).toEqual(['Pysjamas'])
  })

  it('adds the stay’s own extra items, but not another stay’s', () => {
    const stay = weekendStay()
    const items = [
      aTemplateItem({ recipientId: emma, label: 'Pysjamas' }),
      aStayItem({ recipientId: emma, stayId: stay.id, label: 'Bursdagsgave' }),
      aStayItem({ recipientId: emma, stayId: anId(), label: 'Badetøy' }),
    ]
    expect(labels(stayList(stay, items, at('2026-11-26T19:00:00.000Z')))).toEqual(['Pysjamas', 'Bursdagsgave'])
  })

  it('follows a template change made before the stay starts', () => {
    const stay = weekendStay()
    const pyjamas = aTemplateItem({ recipientId: emma, label: 'Pysjamas', quantity: 1 })
    const change = reviseItem(
      pyjamas,
      { category: 'clothes', label: 'Pysjamas', quantity: 2 },
      [pyjamas],
      '2026-11-20T10:00:00.000Z',
      anId(),
    )
    const list = stayList(stay, change.upsert, at('2026-11-26T19:00:00.000Z'))
    expect(list.map((item) => item.quantity)).toEqual([2])
  })

  it('keeps a started stay’s list as it was when the stay started, whatever the template becomes', () => {
    const stay = weekendStay()
    const pyjamas = aTemplateItem({ recipientId: emma, label: 'Pysjamas' })
    const socks = aTemplateItem({ recipientId: emma, label: 'Sokker', position: 2048 })
    const renamed = reviseItem(
      pyjamas,
      { category: 'clothes', label: 'To pysjamaser', quantity: 2 },
      [pyjamas, socks],
      '2026-11-28T10:00:00.000Z',
      anId(),
    )
    const removed = removeItem(socks, '2026-11-28T10:00:00.000Z')
    const added = aTemplateItem({
      recipientId: emma,
      label: 'Badetøy',
      position: 4096,
      addedAt: '2026-11-28T10:00:00.000Z',
    })
    const template = [...renamed.upsert, ...removed.upsert, added]
    expect(labels(stayList(stay, template, at('2026-11-28T12:00:00.000Z')))).toEqual(['Pysjamas', 'Sokker'])
    expect(labels(stayList(stay, template, at('2026-12-24T12:00:00.000Z')))).toEqual(['Pysjamas', 'Sokker'])
    const nextStay = aStay({
      recipientId: emma,
      placeId: place,
      start: '2026-12-04T15:00:00.000Z',
      end: '2026-12-06T15:00:00.000Z',
    })
    expect(labels(stayList(nextStay, template, at('2026-11-28T12:00:00.000Z')))).toEqual(['To pysjamaser', 'Badetøy'])
  })

  it('lists the categories in the order of the municipality’s “what to bring”', () => {
    const items = [
      aTemplateItem({ recipientId: emma, category: 'other', label: 'Kosedyr' }),
      aTemplateItem({ recipientId: emma, category: 'clothes', label: 'Pysjamas' }),
      aTemplateItem({ recipientId: emma, category: 'medicines', label: 'Faste medisiner' }),
      aTemplateItem({ recipientId: emma, category: 'medicationList', label: 'Medisinliste' }),
    ]
    expect(groupByCategory(stayList(weekendStay(), items, 0)).map((group) => group.category)).toEqual([
      'medicines',
      'medicationList',
      'clothes',
      'other',
    ])
  })

  it('orders items within a category as the family arranged them', () => {
    const items = [
      aTemplateItem({ recipientId: emma, label: 'Sokker', position: 2048 }),
      aTemplateItem({ recipientId: emma, label: 'Undertøy', position: 1024 }),
    ]
    expect(labels(stayList(weekendStay(), items, 0))).toEqual(['Undertøy', 'Sokker'])
  })
})

describe('packing progress', () => {
  it('counts the ticked items of the list and says when all is packed', () => {
    const stay = weekendStay()
    const list = [aTemplateItem({ recipientId: emma }), aTemplateItem({ recipientId: emma })]
    const rows = [aPackingRow({ stayId: stay.id, itemId: list[0]!.id })]
    expect(packingProgress(list, packedItemIds(rows, stay.id))).toEqual({ packed: 1, total: 2, allPacked: false })
    rows.push(aPackingRow({ stayId: stay.id, itemId: list[1]!.id }))
    expect(packingProgress(list, packedItemIds(rows, stay.id))).toEqual({ packed: 2, total: 2, allPacked: true })
  })

  it('does not count an item that was unticked again, or a tick on another stay', () => {
    const stay = weekendStay()
    const item = aTemplateItem({ recipientId: emma })
    const rows = [
      aPackingRow({ stayId: stay.id, itemId: item.id, packed: false }),
      aPackingRow({ stayId: anId(), itemId: item.id }),
    ]
    expect(packingProgress([item], packedItemIds(rows, stay.id)).packed).toBe(0)
  })

  it('does not count a tick on an item that has since left the list', () => {
    const stay = weekendStay()
    const item = aTemplateItem({ recipientId: emma })
    const revised = reviseItem(
      item,
      { category: 'clothes', label: 'Pysjamas', quantity: 3 },
      [item],
      '2026-11-26T18:00:00.000Z',
      anId(),
    )
    const list = stayList(stay, revised.upsert, at('2026-11-26T19:00:00.000Z'))
    expect(packingProgress(list, packedItemIds([aPackingRow({ stayId: stay.id, itemId: item.id })], stay.id))).toEqual({
      packed: 0,
      total: 1,
      allPacked: false,
    })
  })

  it('is never “all packed” for an empty list', () => {
    expect(packingProgress([], new Set()).allPacked).toBe(false)
  })
})

describe('which stays need packing', () => {
  it('packs for stays away from home: respite homes, units, nursing homes and day offers', () => {
    expect(
      ['privateProvider', 'municipalUnit', 'nursingHome', 'dayOffer'].every((kind) => isOutsideHome(kind as never)),
    ).toBe(true)
  })

  it('does not pack for respite in the home, BPA or a support contact', () => {
    expect(['home', 'bpa', 'supportContact'].some((kind) => isOutsideHome(kind as never))).toBe(false)
  })
})

describe('the list of a stay at the minute it starts', () => {
  const start = '2026-11-27T15:00:00.000Z'

  it('keeps an item added to the template at the very minute the stay starts', () => {
    const cap = aTemplateItem({ recipientId: emma, label: 'Lue', addedAt: start })
    expect(labels(stayList(weekendStay(), [cap], at('2026-11-28T10:00:00.000Z')))).toEqual(['Lue'])
  })

  it('leaves out an item taken off the template at the very minute the stay starts', () => {
    const cap = aTemplateItem({ recipientId: emma, label: 'Lue', removedAt: start })
    expect(labels(stayList(weekendStay(), [cap], at('2026-11-28T10:00:00.000Z')))).toEqual([])
  })

  it('keeps a suggested item, on the template since before any stay, on a stay under way', () => {
    const seeded = aTemplateItem({ recipientId: emma, label: 'Pysjamas', addedAt: null, removedAt: null })
    expect(labels(stayList(weekendStay(), [seeded], at('2026-11-28T10:00:00.000Z')))).toEqual(['Pysjamas'])
  })

  it('counts the stay as started from its first minute, so a removal then does not reach its list', () => {
    const cap = aTemplateItem({ recipientId: emma, label: 'Lue', removedAt: '2026-11-27T15:00:00.001Z' })
    expect(labels(stayList(weekendStay(), [cap], at(start)))).toEqual(['Lue'])
  })
})

describe('the list of a stay that has not started', () => {
  it('lists an item another phone added with its clock running ahead, past the stay’s start', () => {
    const cap = aTemplateItem({ recipientId: emma, label: 'Lue', addedAt: '2026-11-28T10:00:00.000Z' })
    expect(labels(stayList(weekendStay(), [cap], at('2026-11-26T10:00:00.000Z')))).toEqual(['Lue'])
  })
})

describe('the order of a list', () => {
  it('orders items at the same place alphabetically, the Norwegian way, then by id', () => {
    const items = ['Ål', 'Bok', 'Æble'].map((label) => aTemplateItem({ recipientId: emma, label, position: 1024 }))
    const twin = aTemplateItem({
      id: '00000000-0000-4000-8000-000000000000',
      recipientId: emma,
      label: 'Bok',
      position: 1024,
    })
    expect(stayList(weekendStay(), [...items, twin], at('2026-11-20T10:00:00.000Z')).map((item) => item.id)).toEqual([
      twin.id,
      items[1]!.id,
      items[2]!.id,
      items[0]!.id,
    ])
  })

  it('orders two items alike in all but their id the same way on every phone', () => {
    const [first, second] = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2'].map((id) =>
      aTemplateItem({ id, recipientId: emma, label: 'Sokker', position: 1024 }),
    )
    const now = at('2026-11-20T10:00:00.000Z')
    expect([stayList(weekendStay(), [second!, first!], now), stayList(weekendStay(), [first!, second!], now)]).toEqual([
      [first, second],
      [first, second],
    ])
  })

  it('compares two items alike in all but their id the same way whichever comes first', () => {
    const [first, second] = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2'].map((id) =>
      aTemplateItem({ id, recipientId: emma, label: 'Sokker', position: 1024 }),
    )
    expect([compareItems(first!, second!), compareItems(second!, first!), compareItems(first!, first!)]).toEqual([
      -1, 1, 0,
    ])
  })

  it('groups items by category, each group in the family’s order', () => {
    const items = [
      aTemplateItem({ recipientId: emma, label: 'Sokker', position: 2048 }),
      aTemplateItem({ recipientId: emma, label: 'Pysjamas', position: 1024 }),
    ]
    expect(groupByCategory(items).map((group) => labels(group.items))).toEqual([['Pysjamas', 'Sokker']])
  })
})

describe('the template as it is now', () => {
  it('holds only the child’s own template items still on it', () => {
    const items = [
      aTemplateItem({ recipientId: emma, label: 'Pysjamas' }),
      aTemplateItem({ recipientId: emma, label: 'Lue', removedAt: '2026-11-01T10:00:00.000Z' }),
      aStayItem({ recipientId: emma, stayId: anId(), label: 'Bursdagsgave' }),
      aTemplateItem({ recipientId: anId(), label: 'Brors lue' }),
    ]
    expect(labels(currentTemplate(emma, items))).toEqual(['Pysjamas'])
  })

  it('tells a template item from a stay’s own', () => {
    expect([
      isTemplateItem(aTemplateItem({ recipientId: emma })),
      isTemplateItem(aStayItem({ recipientId: emma, stayId: anId() })),
    ]).toEqual([true, false])
  })
})
