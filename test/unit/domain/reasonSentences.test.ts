import { describe, expect, it } from 'vitest'
import { reasonSentence } from '../../../src/domain/reasonSentences'
import { LOCALES } from '../../../src/protocol/locale'
import { ReasonCode } from '../../../src/protocol/staffReasons'

const reasonsWithWords = ReasonCode.options.filter((reason) => reason !== 'other')

describe('why the municipality cancelled a stay or said no, as one sentence', () => {
  it.each([
    ['nb', 'Det er for lite personale på avlastningsstedet.'],
    ['nn', 'Det er for lite personale på avlastingsstaden.'],
    ['en', 'The respite place does not have enough staff.'],
  ] as const)('says in %s that the place is short of staff', (locale, sentence) => {
    expect(reasonSentence('staffShortage', locale)).toBe(sentence)
  })

  it.each(LOCALES)('words every reason but “other” as a whole sentence in %s', (locale) => {
    for (const reason of reasonsWithWords) expect(reasonSentence(reason, locale), reason).toMatch(/^[A-ZÆØÅ].*[^ ]\.$/u)
  })

  it.each(LOCALES)('gives every reason words of its own in %s', (locale) => {
    const sentences = reasonsWithWords.map((reason) => reasonSentence(reason, locale))
    expect(new Set(sentences).size).toBe(reasonsWithWords.length)
  })

  it('has no sentence for “other”, where the staff’s own note says why', () => {
    expect(reasonSentence('other', 'nb')).toBeNull()
  })

  it('has no sentence where no reason was given', () => {
    expect(reasonSentence(null, 'nb')).toBeNull()
    expect(reasonSentence(undefined, 'en')).toBeNull()
  })
})
