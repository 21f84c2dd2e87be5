// What the municipality's console reads: paged lists (opaque cursor + limit) with their filters, and
// each list's items, built from the synced entities plus what staff need to place them.
import { z } from 'zod'
import {
  ChangeRequest,
  ChangeRequestStatus,
  Decision,
  Message,
  MessageKind,
  Recipient,
  Stay,
  StayKind,
  SummerApplication,
} from './entities'
import { PushLocale as Locale } from './push'
import { OverrideRecord, StaffPlace } from './planning'
import { Id, Instant, LocalDate, ShortText } from './primitives'

/** Where the previous page ended; only the server reads what is inside. */
export const PageCursor = z.string().regex(/^[A-Za-z0-9_-]{1,500}$/, 'expected a cursor from a previous page')
export const PageLimit = z.coerce.number().int().min(1).max(200)
export const DEFAULT_STAFF_PAGE_SIZE = 50

const paging = { cursor: PageCursor.optional(), limit: PageLimit.optional() }

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: PageCursor.nullable() })
}

export const StaffStayState = z.enum([
  'planned',
  'changeRequested',
  'changed',
  'cancelledByFamily',
  'cancelledByMunicipality',
])
export type StaffStayState = z.infer<typeof StaffStayState>

export const StaffHouseholdsQuery = z.strictObject({
  ...paging,
  /** Part of a caregiver's or a child's name, any case. */
  name: ShortText.optional(),
})
export const StaffPlacesQuery = z.strictObject({ ...paging, kind: StayKind.optional() })
export const StaffStaysQuery = z.strictObject({
  ...paging,
  /** Stays that end after the start of this day (Norwegian time). */
  from: LocalDate.optional(),
  /** Stays that begin before the end of this day (Norwegian time). */
  to: LocalDate.optional(),
  recipientId: Id.optional(),
  placeId: Id.optional(),
  state: StaffStayState.optional(),
})
export const StaffChangeRequestsQuery = z.strictObject({
  ...paging,
  /** A status, or `answered`: accepted or declined. */
  state: z.union([ChangeRequestStatus, z.literal('answered')]).optional(),
  householdId: Id.optional(),
})
export const StaffSummerApplicationsQuery = z.strictObject({
  ...paging,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: SummerApplication.shape.status.optional(),
  householdId: Id.optional(),
})
export const StaffMessagesQuery = z.strictObject({
  ...paging,
  householdId: Id.optional(),
  kind: MessageKind.optional(),
})
/** What the access log can be narrowed to: a household, a staff member, an action, days (Norwegian time). */
export const AccessLogFilters = {
  householdId: Id.optional(),
  userId: Id.optional(),
  action: z
    .string()
    .regex(/^[A-Za-z]{1,80}$/)
    .optional(),
  /** Entries from the start of this day. */
  from: LocalDate.optional(),
  /** Entries to the end of this day. */
  to: LocalDate.optional(),
}
export const StaffAccessLogQuery = z.strictObject({ ...paging, ...AccessLogFilters })
export const StaffAccessLogExportQuery = z.strictObject(AccessLogFilters)
/** A CSV export: the days it covers (inclusive, Norwegian time) and the language of its headings and names. */
const exportRange = {
  from: LocalDate,
  to: LocalDate,
  lang: Locale.optional(),
}
const inOrder = (range: { from: string; to: string }) => range.from <= range.to
const IN_ORDER = { message: 'must not be before from', path: ['to'] }
export const StaffPlanExportQuery = z.strictObject({ ...exportRange, placeId: Id.optional() }).refine(inOrder, IN_ORDER)
export const StaffUseExportQuery = z.strictObject(exportRange).refine(inOrder, IN_ORDER)
/** A CSV document: UTF-8 with a byte order mark, semicolons, CRLF (as Norwegian Excel opens it). */
export const CsvDocument = z.string()

/** A caregiver as the office sees them: phone and postal address as the municipality's record has them, or null. */
const Caregiver = z.object({ id: Id, name: ShortText, phone: ShortText.nullable(), address: ShortText.nullable() })
export const RecipientRef = z.object({ id: Id, name: ShortText })

export const StaffHousehold = z.object({
  id: Id,
  createdAt: Instant,
  caregivers: z.array(Caregiver),
  recipients: z.array(Recipient),
})
export type StaffHousehold = z.infer<typeof StaffHousehold>

/** A decision's use in its current period (see src/domain/quota.ts); null when it is not in force. */
export const QuotaUseView = z.object({
  periodFrom: LocalDate,
  /** The day after the period's last day. */
  periodUntil: LocalDate,
  granted: z.number(),
  used: z.number(),
  planned: z.number(),
  remaining: z.number(),
})
export type QuotaUseView = z.infer<typeof QuotaUseView>
export const StaffDecision = Decision.extend({
  use: QuotaUseView.nullable(),
  /** Each period from three months back to six ahead while it is valid, to see where the plan goes beyond it. */
  periods: z.array(QuotaUseView).optional(),
})
export type StaffDecision = z.infer<typeof StaffDecision>
export const StaffHouseholdDetail = StaffHousehold.extend({
  recipients: z.array(Recipient.extend({ decisions: z.array(StaffDecision) })),
  /** Since when its service has ended and when the retention job deletes its data; null while it is open. */
  closed: z.object({ closedAt: Instant, deletesAt: Instant }).nullable().optional(),
})
export type StaffHouseholdDetail = z.infer<typeof StaffHouseholdDetail>

export const StaffStay = Stay.extend({
  householdId: Id,
  state: StaffStayState,
  /** Collisions staff accepted when planning, moving or reinstating it, with their reasons. */
  overrides: z.array(OverrideRecord).optional(),
})
export type StaffStay = z.infer<typeof StaffStay>
/** Which staff member did something, and when. */
export const StaffHand = z.object({ userId: Id, name: ShortText.nullable(), at: Instant })
export type StaffHand = z.infer<typeof StaffHand>

export const StaffChangeRequest = ChangeRequest.extend({
  householdId: Id,
  stay: Stay,
  recipient: RecipientRef,
  /** Who has taken the request ("I'm taking this"), while it waits. */
  claimedBy: StaffHand.nullable(),
  /** Who answered it; null while it waits, or where it was answered before this was recorded. */
  answeredBy: StaffHand.nullable(),
  /** The household by its caregivers' names ("Sara Haddad"), as staff know the family. */
  householdName: z.string().max(500),
})
export type StaffChangeRequest = z.infer<typeof StaffChangeRequest>
export const StaffSummerApplication = SummerApplication.extend({ householdId: Id, recipient: RecipientRef })
export type StaffSummerApplication = z.infer<typeof StaffSummerApplication>
export const StaffMessage = Message.extend({ householdId: Id })
export type StaffMessage = z.infer<typeof StaffMessage>

export const AccessLogEntry = z.object({
  id: z.string().regex(/^\d{1,19}$/),
  at: Instant,
  userId: Id,
  /** Null once the account no longer exists, and for a machine client. */
  userName: ShortText.nullable(),
  /** The machine client (the municipality's record system on the FHIR face) that acted; null for staff. */
  clientId: z.string().min(1).max(200).nullable(),
  /** The operation id of the route that read or changed, as in this document. */
  action: z.string().min(1).max(80),
  /** Null for a change that concerns no one household (the municipality's settings). */
  householdId: Id.nullable(),
  /** The stay, request, application, message or note read or changed, where one was. */
  recordId: z.string().max(80).nullable(),
})
export type AccessLogEntry = z.infer<typeof AccessLogEntry>

export const StaffHouseholdsPage = pageOf(StaffHousehold)
export const StaffPlacesPage = pageOf(StaffPlace)
export const StaffStaysPage = pageOf(StaffStay)
export const StaffChangeRequestsPage = pageOf(StaffChangeRequest)
export const StaffSummerApplicationsPage = pageOf(StaffSummerApplication)
export const StaffMessagesPage = pageOf(StaffMessage)
export const AccessLogPage = pageOf(AccessLogEntry)
export type Page<T> = { items: T[]; nextCursor: string | null }
