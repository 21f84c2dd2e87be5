import { describe, expect, it } from 'vitest'
import { defaultTemplateItems, DEFAULT_PACKING_TEMPLATE } from '../../../src/domain/defaultPackingTemplate'
import { CATEGORY_ORDER, currentTemplate, stayList } from '../../../src/domain/packing'
import { moveItem, newStayItem, newTemplateItem, removeItem, reviseItem } from '../../../src/domain/packingTemplate'
import { ChecklistItem } from '../../../src/protocol/entities'
import { anId } from '../../support/builders'
import { aStayItem, aTemplateItem } from '../../support/packingBuilders'

const emma = anId()
const now = '2026-11-20T10:00:00.000Z'
const labels = (items: { label: string }[]) => items.map((item) => item.label)

describe('the suggested packing template', () => {
  it('covers every category the municipality asks families to bring', () => {
    const categories = new Set(DEFAULT_PACKING_TEMPLATE.map((item) => item.category))
    expect(
      CATEGORY_ORDER.filter((category) => category !== 'other').every((category) => categories.has(category)),
    ).toBe(true)
  })

  it('becomes valid checklist items of the recipient, in the suggested order', () => {
    const items = defaultTemplateItems(emma, anId)
    expect(
      items.every((item) => ChecklistItem.safeParse(item).success && item.recipientId === emma && item.stayId === null),
    ).toBe(true)
    expect(labels(currentTemplate(emma, items))).toEqual(DEFAULT_PACKING_TEMPLATE.map((item) => item.label))
  })
})

describe('editing the template', () => {
  it('adds a new item at the end of its category', () => {
    const template = [
      aTemplateItem({ recipientId: emma, label: 'Pysjamas', position: 1024 }),
      aTemplateItem({ recipientId: emma, label: 'Sokker', position: 2048 }),
    ]
    const cap = newTemplateItem(emma, { category: 'clothes', label: '  Lue ', quantity: 1 }, template, now, anId())
    expect(labels(currentTemplate(emma, [...template, cap]))).toEqual(['Pysjamas', 'Sokker', 'Lue'])
  })

  it('changes nothing when the label, quantity and category stay the same', () => {
    const item = aTemplateItem({ recipientId: emma, label: 'Pysjamas' })
    expect(reviseItem(item, { category: 'clothes', label: 'Pysjamas ', quantity: 1 }, [item], now, anId())).toEqual({
      upsert: [],
      remove: [],
    })
  })

  it('keeps a changed item in its place on the template', () => {
    const template = [
      aTemplateItem({ recipientId: emma, label: 'Undertøy', position: 1024 }),
      aTemplateItem({ recipientId: emma, label: 'Sokker', position: 2048 }),
      aTemplateItem({ recipientId: emma, label: 'Pysjamas', position: 3072 }),
    ]
    const { upsert } = reviseItem(
      template[1]!,
      { category: 'clothes', label: 'Ullsokker', quantity: 4 },
      template,
      now,
      anId(),
    )
    const byId = new Map([...template, ...upsert].map((item) => [item.id, item]))
    expect(labels(currentTemplate(emma, [...byId.values()]))).toEqual(['Undertøy', 'Ullsokker', 'Pysjamas'])
  })

  it('changes a stay’s own extra item in place', () => {
    const stayId = anId()
    const gift = aStayItem({ recipientId: emma, stayId, label: 'Gave' })
    expect(reviseItem(gift, { category: 'other', label: 'Bursdagsgave', quantity: 1 }, [gift], now, anId())).toEqual({
      upsert: [{ ...gift, label: 'Bursdagsgave' }],
      remove: [],
    })
  })

  it('deletes a stay’s own extra item outright, but only retires a template item', () => {
    const stayId = anId()
    const gift = aStayItem({ recipientId: emma, stayId })
    const pyjamas = aTemplateItem({ recipientId: emma })
    expect(removeItem(gift, now)).toEqual({ upsert: [], remove: [gift.id] })
    expect(removeItem(pyjamas, now)).toEqual({ upsert: [{ ...pyjamas, removedAt: now }], remove: [] })
  })

  it('gives a stay’s own extra item a place at the end of its category on that stay', () => {
    const stayId = anId()
    const list = [aTemplateItem({ recipientId: emma, category: 'other', label: 'Kosedyr', position: 5000 })]
    const gift = newStayItem(emma, stayId, { category: 'other', label: 'Bursdagsgave', quantity: 1 }, list, anId())
    expect(
      labels(
        stayList(
          { id: stayId, recipientId: emma, start: '2026-12-01T10:00:00.000Z', end: '2026-12-03T10:00:00.000Z' },
          [...list, gift],
          Date.parse(now),
        ),
      ),
    ).toEqual(['Kosedyr', 'Bursdagsgave'])
  })
})

describe('reordering the template', () => {
  const three = () => [
    aTemplateItem({ recipientId: emma, label: 'Undertøy', position: 1024 }),
    aTemplateItem({ recipientId: emma, label: 'Sokker', position: 2048 }),
    aTemplateItem({ recipientId: emma, label: 'Pysjamas', position: 3072 }),
  ]
  const apply = (template: ChecklistItem[], moved: ChecklistItem[]) => {
    const byId = new Map([...template, ...moved].map((item) => [item.id, item]))
    return labels(currentTemplate(emma, [...byId.values()]))
  }

  it('moves an item one step up, writing only that item', () => {
    const template = three()
    const { upsert } = moveItem(template[2]!, 'up', template)
    expect(upsert).toHaveLength(1)
    expect(apply(template, upsert)).toEqual(['Undertøy', 'Pysjamas', 'Sokker'])
  })

  it('moves the first item down, or the second up to the top', () => {
    const template = three()
    expect(apply(template, moveItem(template[0]!, 'down', template).upsert)).toEqual(['Sokker', 'Undertøy', 'Pysjamas'])
    expect(apply(template, moveItem(template[1]!, 'up', template).upsert)).toEqual(['Sokker', 'Undertøy', 'Pysjamas'])
  })

  it('does nothing when the item is already first', () => {
    const template = three()
    expect(moveItem(template[0]!, 'up', template).upsert).toEqual([])
  })

  it('moves within the category only', () => {
    const template = [
      ...three(),
      aTemplateItem({ recipientId: emma, category: 'toiletries', label: 'Tannbørste', position: 500 }),
    ]
    expect(moveItem(template[0]!, 'up', template).upsert).toEqual([])
  })
})

describe('where an edited item lands', () => {
  it('puts a new item after the last of its category, whatever else the list holds', () => {
    const list = [
      aTemplateItem({ recipientId: emma, label: 'Sokker', position: 2048 }),
      aTemplateItem({ recipientId: emma, label: 'Pysjamas', position: 1024 }),
      aTemplateItem({ recipientId: emma, category: 'toiletries', label: 'Tannbørste', position: 9000 }),
    ]
    const cap = newTemplateItem(emma, { category: 'clothes', label: 'Lue', quantity: 1 }, list, now, anId())
    expect(cap.position).toBe(3072)
  })

  it('puts the first item of an empty category at the first step', () => {
    const cap = newTemplateItem(emma, { category: 'clothes', label: 'Lue', quantity: 1 }, [], now, anId())
    expect(cap).toMatchObject({ position: 1024, addedAt: now, removedAt: null, stayId: null })
  })

  it('trims the label of a stay’s own extra item', () => {
    const gift = newStayItem(emma, anId(), { category: 'other', label: '  Bursdagsgave ', quantity: 1 }, [], anId())
    expect(gift.label).toBe('Bursdagsgave')
  })

  it('retires the old version of a changed item at the moment of the change and adds the new one', () => {
    const socks = aTemplateItem({ recipientId: emma, label: 'Sokker', position: 2048 })
    const newId = anId()
    expect(reviseItem(socks, { category: 'clothes', label: ' Ullsokker ', quantity: 4 }, [socks], now, newId)).toEqual({
      upsert: [
        { ...socks, removedAt: now },
        { ...socks, id: newId, label: 'Ullsokker', quantity: 4, addedAt: now, removedAt: null },
      ],
      remove: [],
    })
  })

  it('moves an item to another category as a new version at the end of that category', () => {
    const socks = aTemplateItem({ recipientId: emma, label: 'Sokker', position: 2048 })
    const charger = aTemplateItem({ recipientId: emma, category: 'aids', label: 'Lader', position: 5000 })
    const { upsert } = reviseItem(
      socks,
      { category: 'aids', label: 'Sokker', quantity: 1 },
      [socks, charger],
      now,
      anId(),
    )
    expect(upsert[1]).toMatchObject({ category: 'aids', position: 6024 })
  })

  it('counts marking an item for overnight stays only as a change', () => {
    const pyjamas = aTemplateItem({ recipientId: emma, label: 'Pysjamas' })
    const content = { category: 'clothes', label: 'Pysjamas', quantity: 1, forStays: 'overnight' } as const
    expect(reviseItem(pyjamas, content, [pyjamas], now, anId()).upsert[1]).toMatchObject({ forStays: 'overnight' })
  })

  it('counts an item marked for any stay the same as one not marked at all', () => {
    const pyjamas = aTemplateItem({ recipientId: emma, label: 'Pysjamas' })
    const content = { category: 'clothes', label: 'Pysjamas', quantity: 1, forStays: 'any' } as const
    expect(reviseItem(pyjamas, content, [pyjamas], now, anId()).upsert).toEqual([])
  })
})

describe('the position a moved item takes', () => {
  const three = () => [
    aTemplateItem({ recipientId: emma, label: 'Undertøy', position: 1024 }),
    aTemplateItem({ recipientId: emma, label: 'Sokker', position: 2048 }),
    aTemplateItem({ recipientId: emma, label: 'Pysjamas', position: 3072 }),
  ]

  it('takes the middle between the neighbour and the one beyond it', () => {
    const template = three()
    expect(moveItem(template[2]!, 'up', template)).toEqual({
      upsert: [{ ...template[2], position: 1536 }],
      remove: [],
    })
  })

  it('goes a full step past the last item when moved to the end, leaving room for later moves', () => {
    const template = three()
    expect(moveItem(template[1]!, 'down', template).upsert).toEqual([{ ...template[1], position: 4096 }])
  })

  it('finds the neighbours in the list’s order, whatever order the items come in', () => {
    const template = three()
    expect(moveItem(template[0]!, 'down', [...template].reverse()).upsert).toEqual([{ ...template[0], position: 2560 }])
  })

  it('still moves past a neighbour whose position it shares with the one beyond', () => {
    const seeded = ['A', 'B', 'C'].map((label) => aTemplateItem({ recipientId: emma, label, position: 1024 }))
    expect(moveItem(seeded[2]!, 'up', seeded).upsert).toEqual([{ ...seeded[2], position: 1023.5 }])
  })

  it('still moves down past positions worn as close as numbers can be by many moves', () => {
    const worn = [0.5, 1, 1 + Number.EPSILON].map((position, index) =>
      aTemplateItem({ recipientId: emma, label: `${index}`, position }),
    )
    expect(moveItem(worn[0]!, 'down', worn).upsert).toEqual([{ ...worn[0], position: 1.5 }])
  })

  it('still moves up past positions worn as close as numbers can be by many moves', () => {
    const worn = [1, 1 + Number.EPSILON, 5].map((position, index) =>
      aTemplateItem({ recipientId: emma, label: `${index}`, position }),
    )
    expect(moveItem(worn[2]!, 'up', worn).upsert).toEqual([{ ...worn[2], position: 1 + Number.EPSILON - 0.5 }])
  })

  it('does nothing for an item that is not on the list, or is already last', () => {
    const template = three()
    const elsewhere = aTemplateItem({ recipientId: emma, label: 'Lue', position: 500 })
    expect([moveItem(elsewhere, 'down', template), moveItem(template[2]!, 'down', template)]).toEqual([
      { upsert: [], remove: [] },
      { upsert: [], remove: [] },
    ])
  })
})
