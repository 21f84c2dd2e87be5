// The names of days and months and the words of relative time in Bokmål, Nynorsk and English: the app's own,
// because a browser's Intl data follows the phone's language where it lacks one (Chromium has no Nynorsk).
import type { Locale } from '../protocol/locale'

interface DateNames {
  /** Monday first, as Norwegian calendars start the week. */
  weekdays: readonly string[]
  weekdaysShort: readonly string[]
  months: readonly string[]
  /** Yesterday, today, tomorrow. */
  nearDays: readonly [string, string, string]
  units: Record<'minute' | 'hour' | 'day', readonly [one: string, many: string]>
  future: (amount: string) => string
  past: (amount: string) => string
}

/** Bokmål and Nynorsk name the months alike. */
const NORWEGIAN_MONTHS = [
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
]

export const dateNames: Record<Locale, DateNames> = {
  nb: {
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    weekdaysShort: ['man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.', 'søn.'],
    months: NORWEGIAN_MONTHS,
    nearDays: ['i går', 'i dag', 'i morgen'],
    units: { minute: ['minutt', 'minutter'], hour: ['time', 'timer'], day: ['døgn', 'døgn'] },
    future: (amount) => `om ${amount}`,
    past: (amount) => `for ${amount} siden`,
  },
  nn: {
    weekdays: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
    weekdaysShort: ['mån.', 'tys.', 'ons.', 'tor.', 'fre.', 'lau.', 'søn.'],
    months: NORWEGIAN_MONTHS,
    nearDays: ['i går', 'i dag', 'i morgon'],
    units: { minute: ['minutt', 'minutt'], hour: ['time', 'timar'], day: ['døgn', 'døgn'] },
    future: (amount) => `om ${amount}`,
    past: (amount) => `for ${amount} sidan`,
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    months: [
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
    ],
    nearDays: ['yesterday', 'today', 'tomorrow'],
    units: { minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'] },
    future: (amount) => `in ${amount}`,
    past: (amount) => `${amount} ago`,
  },
}
