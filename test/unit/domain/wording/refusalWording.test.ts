import { describe, expect, it } from 'vitest'
import { refusalText } from '../../../../src/domain/wording/refusalWording'

describe('why a change was refused, in the family’s language', () => {
  it.each([
    ['nb', 'Oppholdet er allerede avlyst.'],
    ['nn', 'Opphaldet er alt avlyst.'],
    ['en', 'The stay is already cancelled.'],
  ] as const)('says the stay is already cancelled in %s', (locale, expected) => {
    expect(refusalText({ key: 'stayCancelled' }, locale)).toBe(expected)
  })

  it('names what was not found', () => {
    expect(refusalText({ key: 'missing', entity: 'stay' }, 'nn')).toBe('Fann ikkje opphaldet.')
    expect(refusalText({ key: 'missing', entity: 'medication' }, 'en')).toBe('The medicine was not found.')
  })

  it('names the year the summer weeks must lie in', () => {
    expect(refusalText({ key: 'periodsOutsideYear', year: 2027 }, 'nn')).toBe('Periodane må liggje i 2027.')
  })

  it('says whether the other parent changed or deleted the record', () => {
    expect(refusalText({ key: 'editedMeanwhile', entity: 'medication', deleted: false }, 'nb')).toBe(
      'Den andre forelderen har endret denne medisinen i mellomtiden.',
    )
    expect(refusalText({ key: 'editedMeanwhile', entity: 'checklistItem', deleted: true }, 'en')).toBe(
      'The other parent has deleted this from the packing list in the meantime.',
    )
  })

  it('says the rest of an edit merged by field is saved', () => {
    expect(refusalText({ key: 'editedMeanwhile', entity: 'aboutMe', deleted: false, restSaved: true }, 'nn')).toBe(
      'Den andre forelderen har endra «Om meg»-kortet i mellomtida. Det du endra elles, er lagra.',
    )
  })
})
