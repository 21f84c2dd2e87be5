import { describe, expect, it } from 'vitest'
import { groupByCategory, isOutsideHome, packedItemIds, packingProgress, stayList } from '../../../src/domain/packing'
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
