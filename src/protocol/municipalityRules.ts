// The municipality's rules a family lives by: the change deadline and the summer respite season. Their own
// module, so both the municipality's record and the facts of a message telling of new rules can hold them.
import { z } from 'zod'
import { Instant, LocalDate, TimeZone, WallClock } from './primitives'

export const ChangeDeadlineRule = z.object({
  daysBefore: z.int().min(0).max(14),
  time: WallClock,
  timeZone: TimeZone,
})
export type ChangeDeadlineRule = z.infer<typeof ChangeDeadlineRule>

export const SummerRespite = z
  .object({
    applicationDeadline: Instant,
    from: LocalDate,
    to: LocalDate,
  })
  .refine((summer) => summer.from <= summer.to, { message: 'the season must not end before it starts', path: ['to'] })
export type SummerRespite = z.infer<typeof SummerRespite>
