// The respite home's day and week list: who arrives and leaves, with what the staff at the door need for each
// child (transport, allergies, the medication list, the "about me" card, whom to call). Read by the office and printed.
import { z } from 'zod'
import { AboutMe, Medication, Place, Recipient, Stay } from './entities'
import { Id, LocalDate, ShortText } from './primitives'

/** The longest list asked for at once: a week. */
export const DAY_LIST_MAX_DAYS = 7

/** Days `from` to `to` (inclusive), at most `maxDays` of them: a place's list or grid asked for at once. */
export const daySpanQuery = (maxDays: number) =>
  z
    .strictObject({ from: LocalDate, to: LocalDate })
    .refine(({ from, to }) => to >= from, { message: 'to must not be before from', path: ['to'] })
    // Dates alone parse as UTC midnights: their difference is whole days (negative, so no second issue, when backwards).
    .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 < maxDays, {
      message: `at most ${maxDays} days at a time`,
      path: ['to'],
    })

export const PlaceDayListQuery = daySpanQuery(DAY_LIST_MAX_DAYS)

export const DayListStay = z.object({
  stay: Stay,
  householdId: Id,
  recipient: Recipient,
  /** Whom the place calls: the caregivers and their phones as the municipality's record has them. */
  caregivers: z.array(z.object({ name: ShortText, phone: ShortText.nullable() })),
  medications: z.array(Medication),
  aboutMe: AboutMe.nullable(),
})
export type DayListStay = z.infer<typeof DayListStay>

export const PlaceDayList = z.object({
  place: Place,
  from: LocalDate,
  to: LocalDate,
  /** Every stay at the place (not cancelled) that overlaps the days, by start. */
  stays: z.array(DayListStay),
})
export type PlaceDayList = z.infer<typeof PlaceDayList>
