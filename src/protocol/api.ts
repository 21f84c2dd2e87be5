// Request and response bodies of the municipal API v1 (see shared/design/architecture.md).
import { z } from 'zod'
import {
  ChangeDeadlineRule,
  Contact,
  EntityName,
  Municipality,
  RespiteInformationTexts,
  StayKind,
  StayStatus,
  SummerRespite,
} from './entities'
import { FieldConflict } from './fieldEdits'
import { MutationEntry } from './mutations'
import { PushLocale, PushPreferences } from './push'
import { PushKeys } from './pushKeys'
import { RefusalReason } from './refusals'
import { Id, Instant, LongText, ShortText, Text, Url } from './primitives'

export { API_PREFIX } from './routes/routePath'
/** Largest request body the server reads; larger ones answer 413. */
export const MAX_BODY_BYTES = 256 * 1024
/** Most mutations one request may carry. */
export const MAX_MUTATIONS_PER_REQUEST = 100

export const Role = z.enum(['caregiver', 'staff'])
export type Role = z.infer<typeof Role>

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
export const StaffStayCreate = z.strictObject({
  recipientId: Id,
  placeId: Id,
  kind: StayKind,
  start: Instant,
  end: Instant,
  transportTo: Text.max(300).nullable().optional(),
  transportFrom: Text.max(300).nullable().optional(),
  notes: LongText.optional(),
})
export const StaffStayPatch = z
  .strictObject({
    placeId: Id.optional(),
    start: Instant.optional(),
    end: Instant.optional(),
    status: StayStatus.extract(['planned', 'changed', 'cancelledByMunicipality']).optional(),
    transportTo: Text.max(300).nullable().optional(),
    transportFrom: Text.max(300).nullable().optional(),
    notes: LongText.optional(),
    /** Shown to the family in the message that tells of the change. */
    note: LongText.optional(),
  })
  .refine((patch) => Object.keys(patch).some((key) => key !== 'note'), 'nothing to change')
export const StaffChangeRequestDecision = z.strictObject({
  status: z.enum(['accepted', 'declined']),
  note: LongText.optional(),
})
export const StaffSummerApplicationAnswer = z.strictObject({
  status: z.enum(['granted', 'declined']),
  /** Shown to the family with the answer. */
  note: LongText.optional(),
})
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
  postalAddress: Text.max(300).nullable().optional(),
  information: z
    .strictObject({
      nb: RespiteInformationTexts.strict(),
      nn: RespiteInformationTexts.strict().optional(),
      en: RespiteInformationTexts.strict().optional(),
    })
    .nullable()
    .optional(),
})
