import { describe, expect, it } from 'vitest'
import { refusalText } from '../../../../src/domain/wording/refusalWording'
import { EntityName } from '../../../../src/protocol/entities'
import { EditedEntity } from '../../../../src/protocol/fieldEdits'
import { LOCALES } from '../../../../src/protocol/locale'
import { PLAIN_REFUSALS, type RefusalReason } from '../../../../src/protocol/refusals'

/** Every reason the server can give, with each variant of its words. */
const everyReason: RefusalReason[] = [
  ...PLAIN_REFUSALS.map((key) => ({ key })),
  ...EntityName.options.map((entity) => ({ key: 'missing' as const, entity })),
  { key: 'periodsOutsideYear', year: 2027 },
  ...EditedEntity.options.flatMap((entity) =>
    [false, true].flatMap((deleted) =>
      [false, true].map((restSaved) => ({ key: 'editedMeanwhile' as const, entity, deleted, restSaved })),
    ),
  ),
]

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

  it.each(LOCALES)('words every reason as a whole sentence in %s', (locale) => {
    for (const reason of everyReason) {
      expect(refusalText(reason, locale), JSON.stringify(reason)).toMatch(/^[A-ZÆØÅ«“][^]*[^ ]\.$/u)
    }
  })

  it.each(LOCALES)('leaves no gap where a word belongs in %s', (locale) => {
    for (const reason of everyReason)
      expect(refusalText(reason, locale), JSON.stringify(reason)).not.toMatch(/ {2}| \./u)
  })

  it('gives every reason words of its own in each language', () => {
    for (const locale of LOCALES) {
      const texts = everyReason.map((reason) => refusalText(reason, locale))
      expect(new Set(texts).size, locale).toBe(texts.length)
    }
  })

  it.each([
    ['nb', 'medication', false, 'Den andre forelderen har endret denne medisinen i mellomtiden.'],
    ['nb', 'medication', true, 'Den andre forelderen har slettet denne medisinen i mellomtiden.'],
    ['nb', 'checklistItem', false, 'Den andre forelderen har endret dette på pakkelisten i mellomtiden.'],
    ['nb', 'checklistItem', true, 'Den andre forelderen har slettet dette fra pakkelisten i mellomtiden.'],
    ['nb', 'aboutMe', false, 'Den andre forelderen har endret «Om meg»-kortet i mellomtiden.'],
    ['nb', 'aboutMe', true, 'Den andre forelderen har slettet «Om meg»-kortet i mellomtiden.'],
    ['nn', 'medication', false, 'Den andre forelderen har endra denne medisinen i mellomtida.'],
    ['nn', 'medication', true, 'Den andre forelderen har sletta denne medisinen i mellomtida.'],
    ['nn', 'checklistItem', false, 'Den andre forelderen har endra dette på pakkelista i mellomtida.'],
    ['nn', 'checklistItem', true, 'Den andre forelderen har sletta dette frå pakkelista i mellomtida.'],
    ['nn', 'aboutMe', false, 'Den andre forelderen har endra «Om meg»-kortet i mellomtida.'],
    ['nn', 'aboutMe', true, 'Den andre forelderen har sletta «Om meg»-kortet i mellomtida.'],
    ['en', 'medication', false, 'The other parent has changed this medicine in the meantime.'],
    ['en', 'medication', true, 'The other parent has deleted this medicine in the meantime.'],
    ['en', 'checklistItem', false, 'The other parent has changed this on the packing list in the meantime.'],
    ['en', 'checklistItem', true, 'The other parent has deleted this from the packing list in the meantime.'],
    ['en', 'aboutMe', false, 'The other parent has changed the “About me” card in the meantime.'],
    ['en', 'aboutMe', true, 'The other parent has deleted the “About me” card in the meantime.'],
  ] as const)(
    'in %s says the other parent changed the %s (deleted: %s) as “%s”',
    (locale, entity, deleted, expected) => {
      expect(refusalText({ key: 'editedMeanwhile', entity, deleted }, locale)).toBe(expected)
    },
  )

  it.each([
    ['nb', 'Det du endret ellers, er lagret.'],
    ['en', 'The rest of what you changed is saved.'],
  ] as const)('adds in %s that the rest of an edit merged by field is saved', (locale, restSaved) => {
    expect(refusalText({ key: 'editedMeanwhile', entity: 'medication', deleted: true, restSaved: true }, locale)).toBe(
      `${refusalText({ key: 'editedMeanwhile', entity: 'medication', deleted: true }, locale)} ${restSaved}`,
    )
  })
})
