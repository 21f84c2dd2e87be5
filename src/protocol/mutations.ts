// The family's actions, sent to the server as mutations; each applies at most once per (household, id).
import { z } from 'zod'
import { AboutMe, ChecklistItem, FamilyMessage, Medication, SummerPeriod } from './entities'
import { Id, Instant, LongText } from './primitives'

/**
 * Sync rule 8 as apps before the merge by field send it: the record's `version` in the change feed
 * the edit was made from; null or absent for a new record. An edit of a record deleted or changed
 * since is rejected as a `conflict` that carries the current record. Still accepted, by that rule.
 */
const BaseVersion = z.int().nonnegative().nullable().optional()
/**
 * With `baseVersion`: this device's own earlier mutation of the same record that the edit builds on,
 * when the version that one made is not known on the device yet (two edits in a row while offline).
 */
const BaseMutationId = Id.optional()
/**
 * Sync rule 8 by field: "keep mine" in a conflict. The parent chose this over the other parent's
 * value they were shown (the edit's `base`): a record deleted since comes back, and the parent whose
 * value is replaced is told (a `replacedEdit` in the feed).
 */
const KeepsMine = z.literal(true).optional()

/**
 * What every edit of a record both parents edit carries besides the record. With `base` (the record
 * as the parent's edit began from it, null for a new one) the edit is merged by field with the record
 * as it is now; without it, the whole-record rule of `baseVersion` applies.
 */
const editedFrom = { baseVersion: BaseVersion, baseMutationId: BaseMutationId, keepsMine: KeepsMine }

export const mutationArgs = {
  requestCancellation: z.strictObject({ changeRequestId: Id, stayId: Id, message: LongText }),
  requestTimeChange: z.strictObject({
    changeRequestId: Id,
    stayId: Id,
    start: Instant,
    end: Instant,
    message: LongText,
  }),
  /** Takes back a request the municipality has not answered; rejected once it has. */
  withdrawChangeRequest: z.strictObject({ changeRequestId: Id, at: Instant }),
  upsertChecklistItem: z.strictObject({
    item: ChecklistItem.strict(),
    base: ChecklistItem.strict().nullable().optional(),
    ...editedFrom,
  }),
  deleteChecklistItem: z.strictObject({ id: Id }),
  setPacked: z.strictObject({ stayId: Id, itemId: Id, packed: z.boolean(), at: Instant }),
  upsertMedication: z.strictObject({
    medication: Medication.strict(),
    base: Medication.strict().nullable().optional(),
    ...editedFrom,
  }),
  deleteMedication: z.strictObject({ id: Id }),
  markMedicationListReviewed: z.strictObject({ recipientId: Id, at: Instant }),
  upsertAboutMe: z.strictObject({
    aboutMe: AboutMe.strict(),
    base: AboutMe.strict().nullable().optional(),
    ...editedFrom,
  }),
  submitSummerApplication: z.strictObject({
    applicationId: Id,
    recipientId: Id,
    year: z.int().min(2000).max(2100),
    periods: z.array(SummerPeriod.strict()).min(1).max(14),
    message: LongText,
  }),
  markMessageRead: z.strictObject({ messageId: Id, at: Instant }),
  /** A message to the office: a new thread (`threadId` = `messageId`) or a further word in one. */
  sendFamilyMessage: z.strictObject({
    messageId: Id,
    threadId: Id,
    recipientId: Id.nullable(),
    body: FamilyMessage.shape.body,
  }),
  /** The parent has seen that their change was replaced (a `replacedEdit`); the first time counts. */
  markReplacedEditSeen: z.strictObject({ replacedEditId: Id, at: Instant }),
} as const

export type MutationName = keyof typeof mutationArgs
export const MutationName = z.enum(Object.keys(mutationArgs) as [MutationName, ...MutationName[]])
export type MutationArgs<N extends MutationName> = z.infer<(typeof mutationArgs)[N]>

function mutationOf<N extends MutationName>(name: N) {
  return z.strictObject({ id: Id, name: z.literal(name), args: mutationArgs[name], createdAt: Instant })
}

/** A mutation as it travels: a device-made UUID, its name, its arguments, and when it was made. */
export const Mutation = z.discriminatedUnion('name', [
  mutationOf('requestCancellation'),
  mutationOf('requestTimeChange'),
  mutationOf('withdrawChangeRequest'),
  mutationOf('upsertChecklistItem'),
  mutationOf('deleteChecklistItem'),
  mutationOf('setPacked'),
  mutationOf('upsertMedication'),
  mutationOf('deleteMedication'),
  mutationOf('markMedicationListReviewed'),
  mutationOf('upsertAboutMe'),
  mutationOf('submitSummerApplication'),
  mutationOf('markMessageRead'),
  mutationOf('sendFamilyMessage'),
  mutationOf('markReplacedEditSeen'),
])
export type Mutation = z.infer<typeof Mutation>

/**
 * One entry of a batch as the server first reads it: a mutation, or anything else with a sound id.
 * The second kind is answered `rejected` on its own, so one malformed mutation never holds up the rest.
 */
export const MutationEntry = z.union([Mutation, z.looseObject({ id: Id })])
export type MutationEntry = z.infer<typeof MutationEntry>
