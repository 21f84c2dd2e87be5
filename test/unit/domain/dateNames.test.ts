import { describe, expect, it } from 'vitest'
import { dateNames } from '../../../src/domain/dateNames'

describe('the names of days and months', () => {
  it.each([
    ['nb', ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag']],
    ['nn', ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag']],
    ['en', ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']],
  ] as const)('names the weekdays in %s from Monday, as Norwegian calendars start the week', (locale, weekdays) => {
    expect(dateNames[locale].weekdays).toEqual(weekdays)
  })

  it.each([
    ['nb', ['man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.', 'søn.']],
    ['nn', ['mån.', 'tys.', 'ons.', 'tor.', 'fre.', 'lau.', 'søn.']],
    ['en', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']],
  ] as const)('shortens the weekdays in %s as they are written there', (locale, weekdaysShort) => {
    expect(dateNames[locale].weekdaysShort).toEqual(weekdaysShort)
  })

  it.each(['nb', 'nn'] as const)('names the months in %s in lower case, alike in both Norwegian forms', (locale) => {
    expect(dateNames[locale].months).toEqual([
      'januar',
      'februar',
      'mars',
      'april',
      'mai',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'desember',
    ])
  })

  it('names the months in English with a capital', () => {
    expect(dateNames.en.months).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ])
  })
})

describe('the words of relative time', () => {
  it.each([
    ['nb', ['i går', 'i dag', 'i morgen']],
    ['nn', ['i går', 'i dag', 'i morgon']],
    ['en', ['yesterday', 'today', 'tomorrow']],
  ] as const)('names yesterday, today and tomorrow in %s', (locale, nearDays) => {
    expect(dateNames[locale].nearDays).toEqual(nearDays)
  })

  it.each([
    ['nb', { minute: ['minutt', 'minutter'], hour: ['time', 'timer'], day: ['døgn', 'døgn'] }],
    ['nn', { minute: ['minutt', 'minutt'], hour: ['time', 'timar'], day: ['døgn', 'døgn'] }],
    ['en', { minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'] }],
  ] as const)('names one and many minutes, hours and days in %s', (locale, units) => {
    expect(dateNames[locale].units).toEqual(units)
  })

  it.each([
    ['nb', '2 timer', 'om 2 timer', 'for 2 timer siden'],
    ['nn', '2 timar', 'om 2 timar', 'for 2 timar sidan'],
    ['en', '2 hours', 'in 2 hours', '2 hours ago'],
  ] as const)('places an amount before or after now in %s', (locale, amount, future, past) => {
    expect(dateNames[locale].future(amount)).toBe(future)
    expect(dateNames[locale].past(amount)).toBe(past)
  })
})
