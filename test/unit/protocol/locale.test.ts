import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, LOCALES, isLocale } from '../../../src/protocol/locale'

describe('the app’s languages', () => {
  it('are Bokmål, Nynorsk and English, with Bokmål the default', () => {
    expect([LOCALES, DEFAULT_LOCALE]).toEqual([['nb', 'nn', 'en'], 'nb'])
  })

  it('knows its own languages and no other, whatever a device remembered', () => {
    expect(['nb', 'nn', 'en', 'se', '', 'NB', null, ['nb']].map(isLocale)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ])
  })
})
