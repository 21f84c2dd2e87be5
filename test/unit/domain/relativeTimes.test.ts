import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { formatNearDay, formatRelative } from '../../../src/domain/relativeTimes'

describe('how far off something is, in the app’s language', () => {
  it.each([
    ['nb', ['i går', 'i dag', 'i morgen']],
    ['nn', ['i går', 'i dag', 'i morgon']],
    ['en', ['yesterday', 'today', 'tomorrow']],
  ] as const)('names yesterday, today and tomorrow in %s', (locale, days) => {
    expect([-1, 0, 1].map((day) => formatNearDay(day, locale))).toEqual(days)
  })

  it('names no day two days off, which is told as a span', () => {
    expect(formatNearDay(2, 'nb')).toBeUndefined()
  })

  it.each([
    ['nb', 'om 2 timer', 'for 1 time siden', 'om 1 minutt', 'for 5 minutter siden', 'om 2 døgn'],
    ['nn', 'om 2 timar', 'for 1 time sidan', 'om 1 minutt', 'for 5 minutt sidan', 'om 2 døgn'],
    ['en', 'in 2 hours', '1 hour ago', 'in 1 minute', '5 minutes ago', 'in 2 days'],
  ] as const)('counts hours, minutes and days ahead and back in %s', (locale, ...expected) => {
    expect([
      formatRelative(2, 'hour', locale),
      formatRelative(-1, 'hour', locale),
      formatRelative(1, 'minute', locale),
      formatRelative(-5, 'minute', locale),
      formatRelative(2, 'day', locale),
    ]).toEqual(expected)
  })
})

describe('which way a count of nothing points', () => {
  it('tells a span rounded down to zero from a moment past as past, by its sign', () => {
    expect(formatRelative(-0, 'minute', 'nb')).toBe('for 0 minutter siden')
  })

  it('tells a span rounded down to zero to a moment ahead as ahead', () => {
    expect(formatRelative(0, 'minute', 'en')).toBe('in 0 minutes')
  })
})

describe('relative times in a browser set to English', () => {
  // Chromium has no Nynorsk data and answers nn-NO in the browser's language; Bokmål it answers in Bokmål.
  const Original = Intl.RelativeTimeFormat
  beforeEach(() => {
    vi.spyOn(Intl, 'RelativeTimeFormat').mockImplementation((_locales, options) => new Original('en-US', options))
  })
  afterEach(() => vi.restoreAllMocks())

  it('still says "for 12 timar sidan" and "i går" in Nynorsk', () => {
    expect(formatRelative(-12, 'hour', 'nn')).toBe('for 12 timar sidan')
    expect(formatNearDay(-1, 'nn')).toBe('i går')
  })
})
