// Request and response bodies of the municipal API v1 (see shared/design/architecture.md).
import { z } from 'zod'
import {
  ChangeDeadlineRule,
  Contact,
  EntityName,
  Municipality,
  QuotaPeriod,
  QuotaUnit,
  RespiteInformationTexts,
  StayKind,
  Stay,
  StayStatus,
  SummerRespite,
} from './entities'
import { FieldConflict } from './fieldEdits'
import { MutationEntry } from './mutations'
import { PlaceCapacity, PlanningOverride } from './planning'
import { ReasonCode, reasonGiven } from './staffReasons'
import { PushLocale, PushPreferences } from './push'
import { PushKeys } from './pushKeys'
import { RefusalReason } from './refusals'
import { Id, Instant, LocalDate, LongText, ShortText, Text, Url } from './primitives'
import { RetentionDays } from './retentionSetting'
import { StaffRole } from './staffRole'

export { API_PREFIX } from './routes/routePath'
/** Largest request body the server reads; larger ones answer 413. */
export const MAX_BODY_BYTES = 256 * 1024
/** A FHIR transaction Bundle may be larger: a record system plans a week for a whole municipality in one
 * (1,000 children's weekend stays are about 600 KB). */
export const MAX_FHIR_TRANSACTION_BYTES = 4 * 1024 * 1024
/** Most mutations one request may carry. */
export const MAX_MUTATIONS_PER_REQUEST = 100

export const Role = z.enum(['caregiver', 'staff'])
export type Role = z.infer<typeof Role>
export { StaffRole }

export const SessionRequest = z.strictObject({
  username: Text.min(1).max(100),
  password: Text.min(1).max(200),
})
export const User = z.object({
  id: Id,
  name: ShortText,
  role: Role,
  householdId: Id.nullable(),
  municipalityId: Id,
  /** Staff only: what they may do (the console hides what their role may not). */
  staffRole: StaffRole.optional(),
})
export type User = z.infer<typeof User>
export const SessionResponse = z.object({ token: z.string().min(20), expiresAt: Instant, user: User })
export type SessionResponse = z.infer<typeof SessionResponse>

export const MunicipalityResponse = Municipality
export type MunicipalityResponse = z.infer<typeof MunicipalityResponse>

/** An opaque position in the server's change sequence. */
export const Cursor = z.string().regex(/^\d{1,18}$/)
export const SyncQuery = z.strictObject({
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(2000).optional(),
})
export const Change = z.object({
  entity: EntityName,
  id: z.string().min(1).max(80),
  version: z.int().nonnegative(),
  deleted: z.boolean(),
  data: z.unknown().nullable(),
})
export type Change = z.infer<typeof Change>
/**
 * A change as the feed carries it: a server newer than the app may send an entity the app does not know,
 * which the app skips (and fetches again once updated) rather than refuse the page.
 */
export const FeedChange = Change.extend({ entity: z.union([EntityName, z.string().min(1).max(80)]) })
export type FeedChange = z.infer<typeof FeedChange>
export const SyncResponse = z.object({ cursor: Cursor, changes: z.array(FeedChange), hasMore: z.boolean() })
export type SyncResponse = z.infer<typeof SyncResponse>

export const MutationsRequest = z.strictObject({
  mutations: z.array(MutationEntry).min(1).max(MAX_MUTATIONS_PER_REQUEST),
})
export const MutationStatus = z.enum(['applied', 'duplicate', 'rejected'])
export type MutationStatus = z.infer<typeof MutationStatus>
export const MutationResult = z.object({
  id: Id,
  status: MutationStatus,
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      /** Why, for the app to say in the family's language; one it does not know is dropped (its message stays). */
      reason: RefusalReason.optional().catch(undefined),
      /** With a `conflict` on an edit: the record as it is now on the server (possibly deleted). */
      current: Change.optional(),
      /**
       * With a `conflict` on an edit merged by field: the fields both parents changed differently, which
       * keep the other parent's values; the edit's other fields were applied and are in `current`.
       */
      fields: z.array(FieldConflict).optional(),
    })
    .optional(),
})
export type MutationResult = z.infer<typeof MutationResult>
export const MutationsResponse = z.object({ results: z.array(MutationResult) })
export type MutationsResponse = z.infer<typeof MutationsResponse>

export const PushPublicKeyResponse = z.object({ publicKey: z.string().min(1) })
export const PushSubscriptionRequest = z.strictObject({
  endpoint: Url.max(1000),
  expirationTime: z.number().nullable().optional(),
  keys: PushKeys,
  /** The language of this device's notifications; kept as it was when absent. */
  locale: PushLocale.optional(),
  /** This device's choices; kept as they were (or the defaults) when absent. */
  preferences: PushPreferences.optional(),
})
export type PushSubscriptionRequest = z.infer<typeof PushSubscriptionRequest>
export const PushUnsubscribeRequest = z.strictObject({ endpoint: Url.max(1000) })

// Staff: the municipality's side.
const REASON_NEEDED = { message: 'say why: a reason, and with "other" a note', path: ['reason'] }

const stayFields = {
  recipientId: Id,
  placeId: Id,
  /** The place's own kind when left out. */
  kind: StayKind.optional(),
  transportTo: Text.max(300).nullable().optional(),
  transportFrom: Text.max(300).nullable().optional(),
  notes: LongText.optional(),
  /** Plans it although it collides (a full place, beyond the decision, …): see `conflicts` in a refusal. */
  override: PlanningOverride.optional(),
}
export const StaffStayCreate = z.strictObject({ ...stayFields, start: Instant, end: Instant })
export const MAX_STAYS_PER_SERIES = 60
/** Several stays of one child at one place, planned together; the family gets one message. */
export const StaffStaySeriesCreate = z.strictObject({
  ...stayFields,
  stays: z
    .array(z.strictObject({ start: Instant, end: Instant }))
    .min(1)
    .max(MAX_STAYS_PER_SERIES),
})
export const StaffStaySeries = z.object({ stays: z.array(Stay) })
export const StaffStayPatch = z
  .strictObject({
    placeId: Id.optional(),
    start: Instant.optional(),
    end: Instant.optional(),
    /** A cancelled stay set back to `planned` (or `changed`) is reinstated. */
    status: StayStatus.extract(['planned', 'changed', 'cancelledByMunicipality']).optional(),
    transportTo: Text.max(300).nullable().optional(),
    transportFrom: Text.max(300).nullable().optional(),
    notes: LongText.optional(),
    /** Why, for the family: needed to cancel. */
    reason: ReasonCode.optional(),
    /** Shown to the family in the message that tells of the change, as written. */
    note: LongText.optional(),
    override: PlanningOverride.optional(),
  })
  .refine(
    (patch) => Object.keys(patch).some((key) => !['note', 'reason', 'override'].includes(key)),
    'nothing to change',
  )
  .refine((patch) => patch.status !== 'cancelledByMunicipality' || reasonGiven(patch), REASON_NEEDED)
export const StaffChangeRequestDecision = z
  .strictObject({
    status: z.enum(['accepted', 'declined']),
    /** Why, for the family: needed to decline. */
    reason: ReasonCode.optional(),
    note: LongText.optional(),
    /** Accepts a new time although it collides. */
    override: PlanningOverride.optional(),
  })
  .refine((decision) => decision.status !== 'declined' || reasonGiven(decision), REASON_NEEDED)
export const StaffSummerApplicationAnswer = z
  .strictObject({
    status: z.enum(['granted', 'declined']),
    /** Why, for the family: needed to decline. */
    reason: ReasonCode.optional(),
    /** Shown to the family with the answer. */
    note: LongText.optional(),
  })
  .refine((answer) => answer.status !== 'declined' || reasonGiven(answer), REASON_NEEDED)

const decisionFields = {
  kinds: z
    .array(StayKind)
    .min(1)
    .max(StayKind.options.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'each kind once'),
  amount: z.number().positive().max(10_000),
  unit: QuotaUnit,
  period: QuotaPeriod,
  validFrom: LocalDate,
  /** The last day it is valid; null while it runs until further notice. */
  validTo: LocalDate.nullable(),
  notes: LongText,
}
const validOrder = (decision: { validFrom?: string; validTo?: string | null }) =>
  !decision.validFrom || !decision.validTo || decision.validFrom <= decision.validTo
const ORDER = { message: 'must not end before it is valid from', path: ['validTo'] }
export const StaffDecisionCreate = z
  .strictObject({ recipientId: Id, ...decisionFields, notes: LongText.optional() })
  .refine(validOrder, ORDER)
/** Fields left out stay as they are; ending a decision is setting `validTo`. */
export const StaffDecisionPatch = z
  .strictObject(
    Object.fromEntries(Object.entries(decisionFields).map(([key, field]) => [key, field.optional()])) as {
      [K in keyof typeof decisionFields]: z.ZodOptional<(typeof decisionFields)[K]>
    },
  )
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change')
  .refine(validOrder, ORDER)
export const StaffPlaceCapacityUpdate = z.strictObject({ capacity: PlaceCapacity.nullable() })
export const StaffMessageCreate = z.strictObject({
  householdId: Id,
  title: ShortText,
  body: LongText,
  stayId: Id.nullable().optional(),
})
export const StaffMunicipalityUpdate = z.strictObject({
  name: ShortText.optional(),
  changeDeadline: ChangeDeadlineRule.strict().nullable().optional(),
  summerRespite: SummerRespite.strict().nullable().optional(),
  contacts: z.array(Contact.strict()).max(20).optional(),
  applyUrl: Url.nullable().optional(),
  paperFormUrl: Url.nullable().optional(),
  postalAddress: Text.max(300).nullable().optional(),
  visitingAddress: Text.max(300).nullable().optional(),
  information: z
    .strictObject({
      nb: RespiteInformationTexts.strict(),
      nn: RespiteInformationTexts.strict().optional(),
      en: RespiteInformationTexts.strict().optional(),
    })
    .nullable()
    .optional(),
  retentionDays: RetentionDays.optional(),
})
