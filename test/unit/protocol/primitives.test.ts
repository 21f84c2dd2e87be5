import { describe, expect, it } from 'vitest'
import {
  Instant,
  LocalDate,
  LongText,
  PhoneNumber,
  ShortText,
  Text,
  TimeZone,
  Url,
  WallClock,
} from '../../../src/protocol/primitives'
import { accepts, acceptedAmong, problemWith, refusedAmong } from '../../support/schemaChecks'

describe('text the API takes', () => {
  it('takes Norwegian letters, an emoji and an empty text', () => {
    expect(refusedAmong(Text, ['Blåbærsyltetøy', 'Sommer 🌞 og 🌲', ''])).toEqual([])
  })

  it('refuses text with NUL, which PostgreSQL cannot store, and says why', () => {
    expect(problemWith(Text, 'Paracet\u0000')).toBe('text must not contain NUL or an unpaired surrogate')
  })

  it('refuses half of an emoji, alone or in the wrong order', () => {
    expect(acceptedAmong(Text, ['\uD83C', 'a\uDF1E', '\uDF1E\uD83C', '🌞\uD83C', '🌞\u0000'])).toEqual([])
  })

  it('refuses half of an emoji in an address', () => {
    expect([
      accepts(Url, 'https://lunner.kommune.no/avlastning'),
      accepts(Url, 'https://lunner.kommune.no/\uD83C'),
    ]).toEqual([true, false])
  })
})

describe('names and notes', () => {
  it('trims a name', () => {
    expect(ShortText.parse('  Emma  ')).toBe('Emma')
  })

  it('refuses a name or title over two lines, or with a control character, saying why', () => {
    expect(acceptedAmong(ShortText, ['Emma\nBerg', 'Emma\u2028Berg', 'Emma\u0007'])).toEqual([])
    expect(problemWith(ShortText, 'Emma\nBerg')).toBe('text must be one line, without control characters')
  })

  it('refuses a name of only spaces, and one past 200 characters', () => {
    expect([
      accepts(ShortText, '   '),
      accepts(ShortText, 'x'.repeat(200)),
      accepts(ShortText, 'x'.repeat(201)),
    ]).toEqual([false, true, false])
  })

  it('takes an empty note, and notes up to 2000 characters', () => {
    expect([accepts(LongText, ''), accepts(LongText, 'x'.repeat(2000)), accepts(LongText, 'x'.repeat(2001))]).toEqual([
      true,
      true,
      false,
    ])
  })
})

describe('instants and days', () => {
  it('takes an instant in UTC as the API sends it', () => {
    expect(accepts(Instant, '2026-11-24T14:00:00.000Z')).toBe(true)
  })

  it('refuses an instant with an offset: the API speaks UTC only', () => {
    expect(accepts(Instant, '2026-11-24T15:00:00.000+01:00')).toBe(false)
  })

  it('takes the years 2000 to 2100 and refuses a broken clock’s 1999 and 2101, saying why', () => {
    const years = ['2000', '2026', '2100', '1999', '2101'].map((year) =>
      accepts(Instant, `${year}-06-01T12:00:00.000Z`),
    )
    expect(years).toEqual([true, true, true, false, false])
    expect(problemWith(Instant, '1999-06-01T12:00:00.000Z')).toBe('expected a year from 2000 to 2100')
  })

  it('takes a calendar day in the same years, and says why it refuses one', () => {
    const days = ['2000-01-01', '2026-06-15', '2100-12-31', '1999-12-31', '2101-01-01', '2026-02-30']
    expect(days.map((day) => accepts(LocalDate, day))).toEqual([true, true, true, false, false, false])
    expect(problemWith(LocalDate, '1999-12-31')).toBe('expected a year from 2000 to 2100')
  })
})

describe('a time of day on the 24-hour clock', () => {
  it('takes 00:00, 09:30, 15:00, 19:59 and 23:59', () => {
    expect(refusedAmong(WallClock, ['00:00', '09:30', '15:00', '19:59', '23:59'])).toEqual([])
  })

  it('refuses 24:00, 7:30, 15:60, 15.00 and extra characters, saying why', () => {
    expect(acceptedAmong(WallClock, ['24:00', '7:30', '15:60', '15.00', '15:001', 'kl15:00'])).toEqual([])
    expect(problemWith(WallClock, '24:00')).toBe('expected HH:MM (24-hour)')
  })
})

describe('a phone number', () => {
  it('takes a Norwegian number with or without +47 and spaces', () => {
    expect(refusedAmong(PhoneNumber, ['+47 400 00 000', '40000000', '22 22 22 22'])).toEqual([])
  })

  it('refuses letters, too few digits and too many, saying why', () => {
    expect(acceptedAmong(PhoneNumber, ['ring 400', '4000', '+47 400 00 000 000 000 00', '400 00 000+'])).toEqual([])
    expect(problemWith(PhoneNumber, '4000')).toBe('expected a phone number')
  })
})

describe('the municipality’s time zone', () => {
  it('takes a zone this runtime knows', () => {
    expect(refusedAmong(TimeZone, ['Europe/Oslo', 'America/New_York'])).toEqual([])
  })

  it('takes UTC, and keeps a zone as the runtime spells it', () => {
    expect([TimeZone.parse('utc'), TimeZone.parse('europe/oslo')]).toEqual(['UTC', 'Europe/Oslo'])
  })

  it('refuses abbreviations and old aliases, which name a rule and not a place', () => {
    expect(acceptedAmong(TimeZone, ['EST', 'CET', 'US/Pacific'])).toEqual([])
  })

  it('refuses a zone no one knows, which would break every deadline, saying why', () => {
    expect(problemWith(TimeZone, 'Europe/Lunner')).toBe('expected a time zone by area and place, such as Europe/Oslo')
  })
})
