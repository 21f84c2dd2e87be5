import { describe, expect, it } from 'vitest'
import { differingFields, FIELD_RULES, mergeFields, sameValue } from '../../../src/domain/fieldMerge'
import { aMedication, anAboutMeCard, aStayItem, aTemplateItem } from '../../support/packingBuilders'

const recipientId = crypto.randomUUID()
const melatonin = aMedication({ recipientId, name: 'Melatonin', times: ['19:30'], notes: '' })

describe('merging a parent’s edit by field with the record as it is now', () => {
  it('keeps both when one parent changed the time and the other the note', () => {
    const hanne = { ...melatonin, times: ['20:00'] }
    const eirik = { ...melatonin, notes: 'Knuses i yoghurt' }
    expect(mergeFields(melatonin, eirik, hanne)).toEqual({
      merged: { ...melatonin, times: ['20:00'], notes: 'Knuses i yoghurt' },
      conflicts: [],
    })
  })

  it('asks about a field both changed to different values, keeping the value it has now', () => {
    const hanne = { ...melatonin, times: ['20:00'] }
    const eirik = { ...melatonin, times: ['21:00'], notes: 'Knuses i yoghurt' }
    expect(mergeFields(melatonin, eirik, hanne)).toEqual({
      merged: { ...melatonin, times: ['20:00'], notes: 'Knuses i yoghurt' },
      conflicts: ['times'],
    })
  })

  it('does not ask when both changed a field to the same value', () => {
    const both = { ...melatonin, dose: '2 tabletter' }
    expect(mergeFields(melatonin, both, both).conflicts).toEqual([])
  })

  it('leaves a field the edit did not touch as the other parent left it', () => {
    const hanne = { ...melatonin, dose: '2 tabletter' }
    expect(mergeFields(melatonin, melatonin, hanne).merged).toEqual(hanne)
  })

  it('asks about every field that differs when two new cards for one child meet', () => {
    const card = anAboutMeCard(recipientId)
    const mine = { ...card, sleep: 'Sovner med musikk.' }
    expect(mergeFields(null, mine, card).conflicts).toEqual(['sleep'])
  })

  it('asks about a field only one of two new items for one child has, whichever phone has it', () => {
    const bare = aTemplateItem({ recipientId, addedAt: null })
    const dated = { ...bare, addedAt: '2026-11-26T18:00:00.000Z' }
    expect([mergeFields(null, bare, dated).conflicts, mergeFields(null, dated, bare).conflicts]).toEqual([
      ['addedAt'],
      ['addedAt'],
    ])
  })

  it('lets two cards begun empty on two phones both stand where each filled in a different field', () => {
    const empty = anAboutMeCard(recipientId, { routines: '', food: '', sleep: '' })
    const hanne = { ...empty, food: 'Ingen nøtter.' }
    const eirik = { ...empty, sleep: 'Sovner med nattlys.' }
    expect(mergeFields(empty, eirik, hanne).merged).toEqual({
      ...empty,
      food: 'Ingen nøtter.',
      sleep: 'Sovner med nattlys.',
    })
  })

  it('lets the later move of a packing item stand, without asking about the order of a list', () => {
    const item = aStayItem({ recipientId, stayId: crypto.randomUUID(), position: 2048 })
    const merge = mergeFields(item, { ...item, position: 1024 }, { ...item, position: 3072 }, FIELD_RULES.checklistItem)
    expect(merge).toEqual({ merged: { ...item, position: 1024 }, conflicts: [] })
  })

  it('does not ask when both phones took the same template item off at different minutes', () => {
    const item = aTemplateItem({ recipientId })
    const theirs = { ...item, removedAt: '2026-11-26T18:00:00.000Z' }
    const mine = { ...item, removedAt: '2026-11-26T18:05:00.000Z' }
    expect(mergeFields(item, mine, theirs, FIELD_RULES.checklistItem)).toEqual({ merged: theirs, conflicts: [] })
  })

  it('asks when one phone put a template item back and the other took it off again at another minute', () => {
    const removed = aTemplateItem({ recipientId, removedAt: '2026-11-26T18:00:00.000Z' })
    const putBack = { ...removed, removedAt: null }
    const removedAgain = { ...removed, removedAt: '2026-11-26T18:05:00.000Z' }
    const rules = FIELD_RULES.checklistItem
    expect([
      mergeFields(removed, putBack, removedAgain, rules).conflicts,
      mergeFields(removed, removedAgain, putBack, rules).conflicts,
    ]).toEqual([['removedAt'], ['removedAt']])
  })

  it('leaves no trace of a field the edit took away', () => {
    const removed = aTemplateItem({ recipientId, removedAt: '2026-11-26T18:00:00.000Z' })
    const { removedAt: _, ...putBack } = removed
    expect(mergeFields(removed, putBack, removed, FIELD_RULES.checklistItem).merged).toStrictEqual(putBack)
  })

  it('asks about the quantity of a packing item two phones changed differently', () => {
    const item = aStayItem({ recipientId, stayId: crypto.randomUUID(), quantity: 1 })
    const merge = mergeFields(item, { ...item, quantity: 2 }, { ...item, quantity: 3 }, FIELD_RULES.checklistItem)
    expect(merge.conflicts).toEqual(['quantity'])
  })
})

describe('comparing the values of a field', () => {
  it('counts an absent optional field the same as null', () => {
    expect(sameValue(undefined, null)).toBe(true)
    expect(
      differingFields(aTemplateItem({ recipientId }), { ...aTemplateItem({ recipientId }), addedAt: undefined }),
    ).not.toContain('addedAt')
  })

  it('compares lists and contacts by what they hold, whatever order their keys were written in', () => {
    expect(sameValue([{ name: 'Kari', phone: '+47 912' }], [{ phone: '+47 912', name: 'Kari' }])).toBe(true)
    expect(sameValue(['08:00', '20:00'], ['20:00', '08:00'])).toBe(false)
  })
})

describe('telling two values of a field apart', () => {
  it('tells a value from none, and a number from another', () => {
    expect([sameValue(null, '1 tablett'), sameValue('1 tablett', undefined), sameValue(1, 2)]).toEqual([
      false,
      false,
      false,
    ])
  })

  it('tells a list from a record and a record from a plain value or none, though all hold nothing', () => {
    expect([sameValue([], {}), sameValue({}, 1), sameValue(1, {}), sameValue({}, null), sameValue(null, {})]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('tells two contacts apart by any one field', () => {
    expect(sameValue({ name: 'Kari', phone: '+47 912' }, { name: 'Kari', phone: '+47 913' })).toBe(false)
  })

  it('names the fields that differ between two versions of a medicine', () => {
    expect(differingFields(melatonin, { ...melatonin, dose: '2 tabletter', notes: 'Ved leggetid' })).toEqual([
      'dose',
      'notes',
    ])
  })
})
