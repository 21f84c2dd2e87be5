// What a mutation handler works with, and how it says no.
import type { Change, EntityName, EntityOf, ErrorCode, FieldConflict, RefusalReason } from '../../protocol'
import { findRecord, recordOwner, type RecordWriter } from '../storage/records'
import { refusalText } from '../../domain/wording/refusalWording'

export interface MutationContext {
  writer: RecordWriter
  householdId: string
  municipalityId: string
  /** The caregiver who sent the mutation. */
  userId: string
  /** When the server received the request: the moment deadlines are judged against. */
  receivedAt: string
  /** When the family made the change on the device. */
  createdAt: string
}

/**
 * A time the device says something happened, never later than the server received it: a phone whose
 * clock runs ahead (or says 2100) would otherwise win every later tick or review.
 */
export function deviceTime(context: MutationContext, at: string): string {
  return Date.parse(at) > Date.parse(context.receivedAt) ? context.receivedAt : at
}

export interface RejectionDetails {
  /** With a conflict on an edit: the record as it is now, so the family can choose. */
  current?: Change
  /** With a conflict on an edit merged by field: the fields both parents changed differently. */
  fields?: FieldConflict[]
  /** The mutation's other writes stand (the rest of an edit merged by field); otherwise all are undone. */
  keepsWrites?: boolean
}

/** A mutation the household may not make; answered as `rejected` with this code, the reason (which the app
 * words in the family's language) and the same in Bokmål as the message, for any other client. */
export class Rejection extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: RefusalReason,
    readonly details: RejectionDetails = {},
  ) {
    super(refusalText(reason, 'nb'))
    this.name = 'Rejection'
  }
}

export function notFoundRejection(entity: EntityName): Rejection {
  return new Rejection('not_found', { key: 'missing', entity })
}

/** A live record of the household, or a not_found rejection (another household's record is not there). */
export async function ownRecord<N extends EntityName>(
  context: MutationContext,
  entity: N,
  id: string,
): Promise<EntityOf<N>> {
  const found = await findRecord(context.writer.tx, entity, id, { householdId: context.householdId })
  if (!found) throw notFoundRejection(entity)
  return found.data
}

/**
 * Whether an id the device made is free for this household to write: unused, or already the
 * household's own (live or deleted). Another household's id is answered as not found.
 */
export async function assertIdIsOurs(
  context: MutationContext,
  entity: EntityName,
  id: string,
): Promise<{ exists: boolean }> {
  const owner = await recordOwner(context.writer.tx, entity, id)
  if (owner && owner.householdId !== context.householdId) throw notFoundRejection(entity)
  return { exists: owner !== null }
}
