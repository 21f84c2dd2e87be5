// Planning safety: what a place has room for, what a plan can collide with (each collision as facts the
// console words in the staff's language), and the override with a reason that lets a plan through anyway.
import { z } from 'zod'
import { Place, StayKind } from './entities'
import { Id, Instant, LocalDate, LongText, Text } from './primitives'

/** Respite homes count beds or rooms, a private provider children at a time (all per night); a day offer places per day. */
export const CapacityUnit = z.enum(['beds', 'rooms', 'children', 'dayPlaces'])
export type CapacityUnit = z.infer<typeof CapacityUnit>

/** 1 for Monday through 7 for Sunday. */
export const Weekday = z.int().min(1).max(7)

export const ClosedPeriod = z
  .strictObject({ from: LocalDate, to: LocalDate, note: Text.max(200) })
  .refine((period) => period.from <= period.to, { message: 'the period must not end before it starts', path: ['to'] })
export type ClosedPeriod = z.infer<typeof ClosedPeriod>

export const PlaceCapacity = z.strictObject({
  unit: CapacityUnit,
  size: z.int().min(1).max(500),
  /** The weekdays it is open: the nights it takes children (beds, rooms, children), or the days (day places). */
  openDays: z
    .array(Weekday)
    .min(1)
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'each weekday once'),
  closed: z.array(ClosedPeriod).max(100),
})
export type PlaceCapacity = z.infer<typeof PlaceCapacity>

/** A place as staff see it: with its capacity, null where none is set (nothing to be full). */
export const StaffPlace = Place.extend({ capacity: PlaceCapacity.nullable() })
export type StaffPlace = z.infer<typeof StaffPlace>

export const ConflictCode = z.enum([
  'past_date',
  'kind_mismatch',
  'double_booked',
  'place_closed',
  'place_full',
  'no_decision',
  'beyond_decision',
])
export type ConflictCode = z.infer<typeof ConflictCode>

const Days = z.array(LocalDate).min(1)

/** One thing a plan collides with, for the stay starting at `start`. */
export const PlanningConflict = z.discriminatedUnion('code', [
  z.object({ code: z.literal('past_date'), start: Instant }),
  z.object({ code: z.literal('kind_mismatch'), start: Instant, kind: StayKind, placeKind: StayKind }),
  z.object({
    code: z.literal('double_booked'),
    start: Instant,
    /** The child's other stay. */
    other: z.object({ stayId: Id, placeId: Id, placeName: z.string(), start: Instant, end: Instant }),
  }),
  z.object({ code: z.literal('place_closed'), start: Instant, days: Days }),
  z.object({ code: z.literal('place_full'), start: Instant, days: Days, unit: CapacityUnit, size: z.int() }),
  z.object({ code: z.literal('no_decision'), start: Instant, kind: StayKind }),
  z.object({
    code: z.literal('beyond_decision'),
    start: Instant,
    decisionId: Id,
    unit: z.enum(['days', 'hours', 'stays']),
    period: z.enum(['week', 'month', 'year']),
    periodFrom: LocalDate,
    granted: z.number(),
    /** What the period holds besides this plan. */
    already: z.number(),
    /** What this plan takes in the period. */
    planned: z.number(),
  }),
])
export type PlanningConflict = z.infer<typeof PlanningConflict>

/** Lets a plan through the collisions named in `accept`, for the reason given (kept with the stay). */
export const PlanningOverride = z.strictObject({
  reason: Text.trim().min(3).max(500),
  accept: z.array(ConflictCode).min(1).max(ConflictCode.options.length),
})
export type PlanningOverride = z.infer<typeof PlanningOverride>

/** A plan let through despite collisions: who, when, why, and which. */
export const OverrideRecord = z.object({
  codes: z.array(ConflictCode),
  reason: LongText,
  at: Instant,
  userName: z.string().nullable(),
})
export type OverrideRecord = z.infer<typeof OverrideRecord>
