// The office keeps a child's decisions (vedtak) here too: created, changed and ended (a last valid day),
// one service per day at most, synced to the family like every record the municipality owns.
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { Decision, StaffDecisionCreate, StaffDecisionPatch } from '../../protocol'
import { overlappingDecision } from '../../domain/decisionOverlap'
import { ApiError, notFound } from '../errors/apiError'
import type { StaffPrincipal } from '../auth/principal'
import type { Database } from '../storage/database'
import { findRecord, findRecordsWhere, writeInMunicipality, type RecordWriter } from '../storage/records'
import { recordAccess } from './accessLog'
import { applyPatch } from './applyPatch'

/** Writes a decision of the household's child unless it overlaps another of the same service (the CSV import's too). */
export async function saveDecision(
  writer: RecordWriter,
  staff: StaffPrincipal,
  decision: Decision,
  householdId: string,
  action: string,
  now: string,
) {
  if (decision.validTo !== null && decision.validTo < decision.validFrom)
    throw new ApiError('invalid_request', 'validTo: must not end before it is valid from', 'validTo')
  const scope = { municipalityId: staff.municipalityId }
  const others = await findRecordsWhere(writer.tx, 'decision', scope, 'recipientId', decision.recipientId)
  const overlap = overlappingDecision(
    decision,
    others.map((record) => record.data),
  )
  if (overlap)
    throw new ApiError(
      'conflict',
      `Decision ${overlap.id} already grants ${overlap.kinds.join(', ')} from ${overlap.validFrom}${overlap.validTo ? ` to ${overlap.validTo}` : ''}: end it first`,
    )
  await writer.put('decision', decision, householdId)
  await recordAccess(writer.tx, { staff, action, householdIds: [householdId], recordId: decision.id, at: now })
  return decision
}

export function createDecision(
  db: Database,
  staff: StaffPrincipal,
  input: z.infer<typeof StaffDecisionCreate>,
  now: string,
): Promise<Decision> {
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const recipient = await findRecord(writer.tx, 'recipient', input.recipientId, {
      municipalityId: staff.municipalityId,
    })
    if (!recipient?.householdId) throw notFound()
    const decision: Decision = { id: randomUUID(), ...input, notes: input.notes ?? '', decidedAt: now }
    return saveDecision(writer, staff, decision, recipient.householdId, 'staffCreateDecision', now)
  })
}

export function patchDecision(
  db: Database,
  staff: StaffPrincipal,
  decisionId: string,
  patch: z.infer<typeof StaffDecisionPatch>,
  now: string,
): Promise<Decision> {
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const found = await findRecord(writer.tx, 'decision', decisionId, { municipalityId: staff.municipalityId })
    if (!found?.householdId) throw notFound()
    return saveDecision(writer, staff, applyPatch(found.data, patch), found.householdId, 'staffPatchDecision', now)
  })
}
