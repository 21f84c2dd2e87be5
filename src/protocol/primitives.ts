// Building blocks shared by every schema of the municipal API.
import './zodInBrowser'
import { z } from 'zod'

// PostgreSQL cannot store NUL in text, and half of a surrogate pair is no character at all (JSON
// and UTF-8 encoders replace or refuse it): every string the API takes is refused with them.
const WELL_FORMED = /^[^\0\uD800-\uDFFF]*(?:[\uD800-\uDBFF][\uDC00-\uDFFF][^\0\uD800-\uDFFF]*)*$/
const NOT_WELL_FORMED = 'text must not contain NUL or an unpaired surrogate'

/** Any string the API takes: it must be storable and printable. */
export const Text = z.string().regex(WELL_FORMED, NOT_WELL_FORMED)
/** A URL the API takes (parsed, and well-formed text like any other). */
export const Url = z.url().regex(WELL_FORMED, NOT_WELL_FORMED)

export const Id = z.uuid()
/**
 * An instant in UTC, as the API always sends it: `2026-11-24T14:00:00.000Z`. Years 2000 to 2100 only:
 * year 0000 or 9999 is a device's broken clock or a typo, and no calendar or reminder can use it.
 */
// Stryker disable next-line ObjectLiteral,Regex: offset false is zod's default, said for the reader; and in an ISO instant '20dd-' can stand only at the start
export const Instant = z.iso.datetime({ offset: false }).regex(/^(?:20\d\d|2100)-/, 'expected a year from 2000 to 2100')
/** A calendar date without time: `2026-06-15`, in the same years as an instant. */
// Stryker disable next-line Regex: in an ISO date '20dd-' can stand only at the start
export const LocalDate = z.iso.date().regex(/^(?:20\d\d|2100)-/, 'expected a year from 2000 to 2100')
/** Wall-clock time of day, 24-hour: `15:00`. */
export const WallClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)')
// A line break or another control character in a name or a title becomes structure where the text is
// written into a line-based format (the calendar feed's NAME, a push's title): short texts are one line.
const ONE_LINE = /^[^\p{Cc}\u2028\u2029]*$/u
/** A name or a title: one line, 1 to 200 characters once trimmed. */
export const ShortText = Text.trim()
  .min(1)
  .max(200)
  .regex(ONE_LINE, 'text must be one line, without control characters')
export const LongText = Text.max(2000)
export const PhoneNumber = z.string().regex(/^\+?[0-9 ]{5,20}$/, 'expected a phone number')

// Zones by area and place (`Europe/Oslo`) or UTC. Abbreviations and old aliases are refused: `EST`
// has no summer time (now a link to Panama), and `CET` or `US/Pacific` say a rule, not a place.
// Stryker disable next-line Regex: no zone a runtime knows names an area anywhere but at its start
const ZONE_BY_PLACE = /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//i

/** The runtime's own spelling of a zone it knows (`europe/oslo` → `Europe/Oslo`); null for any other. */
function canonicalTimeZone(zone: string): string | null {
  if (!ZONE_BY_PLACE.test(zone) && zone.toUpperCase() !== 'UTC') return null
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** An IANA time zone this runtime knows, kept as the runtime spells it; an unknown one would break every deadline. */
export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => canonicalTimeZone(zone) !== null, 'expected a time zone by area and place, such as Europe/Oslo')
  .overwrite((zone) => canonicalTimeZone(zone) ?? zone)
