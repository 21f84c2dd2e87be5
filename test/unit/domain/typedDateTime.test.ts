// Times and dates as Norwegians type them, whatever the phone's keypad offers, read one way or not at all.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTypedDate, parseTypedTime, parseTypedTimes } from '../../../src/domain/typedDateTime'

const pad = (value: number, width = 2) => String(value).padStart(width, '0')
/** Text of what a phone's keypads give: digits, separators, spaces and a few letters. */
const keypadText = (maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789.,:/- kl'), maxLength })

describe('a time typed on a 24-hour clock', () => {
  it('reads 19,30 from a Norwegian number pad as half past seven', () => {
    expect(parseTypedTime('19,30')).toBe('19:30')
  })

  it('reads 08,00 as one time, eight o’clock, and not as midnight and eight', () => {
    expect(parseTypedTime('08,00')).toBe('08:00')
  })

  it('reads 16.00, 16:00, 1600, 16 00, a bare hour and "kl. 7.30"', () => {
    expect(['16.00', '16:00', '1600', '16 00', '16', 'kl. 16'].map(parseTypedTime)).toEqual(Array(6).fill('16:00'))
    expect(parseTypedTime('kl. 7.30')).toBe('07:30')
  })

  it('reads a time with more than one space between hour and minutes', () => {
    expect(parseTypedTime('16  00')).toBe('16:00')
  })

  it('refuses 24.00, 19.60, 5 pm and minutes of one digit rather than guess', () => {
    expect(['24.00', '19.60', '5 pm', '7,3', '7.5', ''].map(parseTypedTime)).toEqual(Array(6).fill(null))
  })

  it('refuses two times in one field instead of making a dose of either', () => {
    expect(['08.00, 20.00', '8 20 30', '08,00,20,00'].map(parseTypedTime)).toEqual([null, null, null])
  })

  it('reads every time of the day however it is typed, to the same time', () => {
    const typings = fc.record({
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      padHour: fc.boolean(),
      separator: fc.constantFrom('.', ':', ',', '', ' ', ' , '),
      prefix: fc.constantFrom('', 'kl. ', 'kl ', 'Kl.'),
      around: fc.constantFrom('', ' ', '\u00a0'),
    })
    fc.assert(
      fc.property(typings, ({ hour, minute, padHour, separator, prefix, around }) => {
        const text = `${around}${prefix}${padHour ? pad(hour) : hour}${separator}${pad(minute)}${around}`
        expect(parseTypedTime(text)).toBe(`${pad(hour)}:${pad(minute)}`)
      }),
    )
  })

  it('answers any text with a real time or nothing, and reads its own answer back the same', () => {
    fc.assert(
      fc.property(keypadText(12), (text) => {
        const time = parseTypedTime(text)
        if (time === null) return
        expect(time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
        expect(parseTypedTime(time)).toBe(time)
      }),
    )
  })
})

describe('a medicine’s times, one to a field', () => {
  it('reads each field, sorted, once each, leaving out empty fields', () => {
    expect(parseTypedTimes(['20,00', '', '8', '08.00', ' 14:30 '])).toEqual({
      times: ['08:00', '14:30', '20:00'],
      invalid: [],
    })
  })

  it('gives no times for medicine given only when needed', () => {
    expect(parseTypedTimes(['  '])).toEqual({ times: [], invalid: [] })
  })

  it('names the fields that are not a time', () => {
    expect(parseTypedTimes(['08.00', 'morgen', '24.00']).invalid).toEqual([1, 2])
  })
})

describe('a date typed as Norwegians write it', () => {
  it('reads 8.12.26 as 8 December 2026', () => {
    expect(parseTypedDate('8.12.26')).toBe('2026-12-08')
  })

  it('reads a date typed with the number pad’s commas, with slashes or with spaces', () => {
    expect(['08,12,2026', '8/12/2026', '8 12 2026', '8.12.2026.', '8/12-26'].map(parseTypedDate)).toEqual(
      Array(5).fill('2026-12-08'),
    )
  })

  it('reads a date with spaces around its separators', () => {
    expect(['8 / 12 / 2026', '8 . 12 . 2026'].map(parseTypedDate)).toEqual(['2026-12-08', '2026-12-08'])
  })

  it('refuses a month that does not exist, though its day does', () => {
    expect(['8.13.2026', '8.0.2026'].map(parseTypedDate)).toEqual([null, null])
  })

  it('refuses a year before 1000 as no date a family means, and reads the year 1000', () => {
    expect(parseTypedDate('8.12.0999')).toBeNull()
    expect(parseTypedDate('8.12.0026')).toBeNull()
    expect(parseTypedDate('1.1.1000')).toBe('1000-01-01')
  })

  it('refuses a day that does not exist, a date without a year and the ISO form', () => {
    expect(['31.02.2027', '29.02.2027', '8.12', '2027-08-01', '8.12.202', '0.1.2027'].map(parseTypedDate)).toEqual(
      Array(6).fill(null),
    )
  })

  it('reads every day from 2000 to 2099 however it is typed, to the same day', () => {
    const typings = fc.record({
      day: fc.date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      padDay: fc.boolean(),
      padMonth: fc.boolean(),
      shortYear: fc.boolean(),
      separator: fc.constantFrom('.', ',', '/', '-', ' ', '. '),
    })
    fc.assert(
      fc.property(typings, ({ day, padDay, padMonth, shortYear, separator }) => {
        const [d, m, y] = [day.getUTCDate(), day.getUTCMonth() + 1, day.getUTCFullYear()]
        const text = [padDay ? pad(d) : d, padMonth ? pad(m) : m, shortYear ? pad(y % 100) : y].join(separator)
        expect(parseTypedDate(text)).toBe(day.toISOString().slice(0, 10))
      }),
    )
  })

  it('answers any text with a real day or nothing', () => {
    fc.assert(
      fc.property(keypadText(14), (text) => {
        const date = parseTypedDate(text)
        if (date === null) return
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date)
      }),
    )
  })
})
