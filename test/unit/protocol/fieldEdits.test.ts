import { describe, expect, it } from 'vitest'
import { EditedEntity, FieldConflict, FieldName } from '../../../src/protocol/fieldEdits'
import { acceptedAmong, refusedAmong } from '../../support/schemaChecks'

describe('edits both parents make, merged by field', () => {
  it('are edits of medicines, packing items and “about me” cards', () => {
    expect(EditedEntity.options).toEqual(['medication', 'checklistItem', 'aboutMe'])
  })

  it('name a field by its name in the record, in letters only', () => {
    expect(refusedAmong(FieldName, ['dose', 'emergencyContacts', 'x'.repeat(40)])).toEqual([])
    expect(acceptedAmong(FieldName, ['', 'dose2', 'dose!', '!dose', 'x'.repeat(41)])).toEqual([])
  })

  it('tell who made the change that stands in a field both changed, and when', () => {
    const conflict = { field: 'dose', by: 'Eirik Berg', at: '2026-11-23T10:00:00.000Z' }
    expect(FieldConflict.parse(conflict)).toEqual(conflict)
  })
})
