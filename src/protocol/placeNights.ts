// A place's night-by-night grid (day by day for a day offer): each day open or closed, how many stays it holds
// by the planning checks' own count, and which children, for the office to see where there is room.
import { z } from 'zod'
import { daySpanQuery } from './placeDayList'
import { StaffPlace } from './planning'
import { Id, LocalDate, ShortText } from './primitives'

/** The longest grid asked for at once: two months. */
export const PLACE_NIGHTS_MAX_DAYS = 62

export const PlaceNightsQuery = daySpanQuery(PLACE_NIGHTS_MAX_DAYS)

export const NightChild = z.object({ stayId: Id, householdId: Id, recipientId: Id, name: ShortText })
export type NightChild = z.infer<typeof NightChild>

export const PlaceNight = z.object({
  day: LocalDate,
  open: z.boolean(),
  /** The note of the closed period the day falls in (null on a weekday the place never opens, or when open). */
  closedNote: z.string().nullable(),
  /** The stays there that day, not cancelled, as the planning checks count them. */
  taken: z.int().min(0),
  children: z.array(NightChild),
})
export type PlaceNight = z.infer<typeof PlaceNight>

export const PlaceNights = z.object({
  /** The place with its capacity (null: no limit set, so no day is full or closed). */
  place: StaffPlace,
  from: LocalDate,
  to: LocalDate,
  nights: z.array(PlaceNight),
})
export type PlaceNights = z.infer<typeof PlaceNights>
