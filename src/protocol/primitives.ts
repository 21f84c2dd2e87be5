// Building blocks shared by every schema of the municipal API.
import { z } from 'zod'

export const Id = z.uuid()
/** An instant in UTC, as the API always sends it: `2026-11-24T14:00:00.000Z`. */
export const Instant = z.iso.datetime({ offset: false })
/** A calendar date without time: `2026-06-15`. */
export const LocalDate = z.iso.date()
/** Wall-clock time of day, 24-hour: `15:00`. */
export const WallClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)')
export const ShortText = z.string().trim().min(1).max(200)
export const LongText = z.string().max(2000)
export const PhoneNumber = z.string().regex(/^\+?[0-9 ]{5,20}$/, 'expected a phone number')
