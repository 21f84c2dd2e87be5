// What each family action does on the device before the server has seen it.
// Effects are re-applied on top of newer server data until the server acknowledges them, so each
// one is written to be safe to repeat and never overwrites what only the server decides.
import {
  requestedCancellation,
  requestedTimeChange,
  unconfirmedChangeRequest,
  type RequestedChange,
} from '../../domain/changeRequest'
import { FIELD_RULES, mergeFields } from '../../domain/fieldMerge'
import type { EditedEntity, Mutation, MutationArgs, MutationName } from '../../protocol'
import type { EffectRows, EffectWriter } from './serverCopies'

type Effect<N extends MutationName> = (write: EffectWriter, args: MutationArgs<N>, mutation: Mutation) => Promise<void>

/** The id of the packing row of one item on one stay; the server uses the same. */
export function packingId(stayId: string, itemId: string): string {
  return `${stayId}:${itemId}`
}

async function addChangeRequest(write: EffectWriter, mutation: Mutation, requested: RequestedChange): Promise<void> {
  // The server's copy, once pulled, carries its outcome: never put the placeholder back over it.
  if (await write.get('changeRequests', requested.id)) return
  const stay = await write.db.stays.get(requested.stayId)
  const rule = (await write.db.municipality.toCollection().first())?.changeDeadline ?? null
  await write.put('changeRequests', unconfirmedChangeRequest(requested, mutation.createdAt, stay?.start ?? null, rule))
}

type EditedTable = 'medications' | 'checklistItems' | 'aboutMe'

/**
 * An edit of a record both parents edit, merged by field on the phone as on the server: laid on top of
 * newer server data, it changes only the fields the parent changed. Where both changed a field, or
 * the record is not on the phone (new, or deleted elsewhere), the phone shows the parent's own version
 * until the server answers. An edit from an older app version (no `base`) is the whole record.
 */
async function putEdit<K extends EditedTable>(
  write: EffectWriter,
  table: K,
  entity: EditedEntity,
  mine: EffectRows[K],
  base: EffectRows[K] | null | undefined,
): Promise<void> {
  const current = await write.get(table, mine.id)
  if (base === undefined || !current) return write.put(table, mine)
  const { merged, conflicts } = mergeFields(base, mine, current, FIELD_RULES[entity])
  const own = Object.fromEntries(conflicts.map((field) => [field, (mine as Record<string, unknown>)[field]]))
  await write.put(table, { ...merged, ...own })
}

const effects: { [N in MutationName]: Effect<N> } = {
  requestCancellation: (write, args, mutation) => addChangeRequest(write, mutation, requestedCancellation(args)),
  requestTimeChange: (write, args, mutation) => addChangeRequest(write, mutation, requestedTimeChange(args)),
  withdrawChangeRequest: async (write, args) => {
    // Only a request still waiting: an answer the server has already given stands.
    const request = await write.get('changeRequests', args.changeRequestId)
    if (!request || request.status !== 'pending') return
    await write.put('changeRequests', { ...request, status: 'withdrawn', answeredAt: args.at })
  },
  upsertChecklistItem: (write, args) => putEdit(write, 'checklistItems', 'checklistItem', args.item, args.base),
  deleteChecklistItem: async (write, args) => {
    for (const packing of await write.where('packing', 'itemId', args.id)) await write.remove('packing', packing.id)
    await write.remove('checklistItems', args.id)
  },
  setPacked: async (write, args) => {
    const id = packingId(args.stayId, args.itemId)
    const current = await write.get('packing', id)
    // Last write wins by the moment it was made, on every device and on the server.
    if (current && current.updatedAt > args.at) return
    await write.put('packing', {
      id,
      stayId: args.stayId,
      itemId: args.itemId,
      packed: args.packed,
      updatedAt: args.at,
    })
  },
  upsertMedication: (write, args) => putEdit(write, 'medications', 'medication', args.medication, args.base),
  deleteMedication: (write, args) => write.remove('medications', args.id),
  upsertAboutMe: (write, args) => putEdit(write, 'aboutMe', 'aboutMe', args.aboutMe, args.base),
  markMedicationListReviewed: async (write, args) => {
    const recipient = await write.get('recipients', args.recipientId)
    if (!recipient || (recipient.medicationListReviewedAt !== null && recipient.medicationListReviewedAt >= args.at))
      return
    await write.put('recipients', { ...recipient, medicationListReviewedAt: args.at })
  },
  submitSummerApplication: async (write, args, mutation) => {
    // The family may change an application until the municipality has handled it, as on the server.
    const current = await write.get('summerApplications', args.applicationId)
    if (current && current.status !== 'submitted') return
    await write.put('summerApplications', {
      id: args.applicationId,
      recipientId: args.recipientId,
      year: args.year,
      periods: args.periods,
      message: args.message,
      submittedAt: mutation.createdAt,
      status: 'submitted',
      answerNote: null,
    })
  },
  markMessageRead: async (write, args) => {
    const message = await write.get('messages', args.messageId)
    if (!message || message.readAt !== null) return
    await write.put('messages', { ...message, readAt: args.at })
  },
  sendFamilyMessage: async (write, args, mutation) => {
    // The server's copy, once pulled, carries the author's name and when it arrived: never put this back over it.
    if (await write.get('familyMessages', args.messageId)) return
    await write.put('familyMessages', {
      id: args.messageId,
      threadId: args.threadId,
      recipientId: args.recipientId,
      body: args.body,
      authorName: '', // the device's own, not yet received: the screen says "you"
      sentAt: mutation.createdAt,
    })
  },
  markReplacedEditSeen: async (write, args) => {
    const replaced = await write.get('replacedEdits', args.replacedEditId)
    if (!replaced || replaced.seenAt !== null) return
    await write.put('replacedEdits', { ...replaced, seenAt: args.at })
  },
}

/** Applies one mutation's local effect. Call inside a transaction over `effectTables(db)`. */
export function applyMutationEffect(write: EffectWriter, mutation: Mutation): Promise<void> {
  // The union of mutations does not narrow `effects[name]` to match `args`; the table is exhaustive by type.
  const effect = effects[mutation.name] as Effect<MutationName>
  return effect(write, mutation.args as never, mutation) // never: args are checked per name by the Mutation schema
}
