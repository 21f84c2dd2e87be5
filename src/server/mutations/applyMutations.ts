// Applies a device's mutations in order, each at most once per (household, mutation id): a replay
// answers what the first time answered and changes nothing.
import { Mutation, type MutationEntry, type MutationResult } from '../../protocol'
import type { ZodError } from 'zod'
import { firstProblem } from '../errors/inputProblem'
import type { CaregiverPrincipal } from '../auth/principal'
import type { Database } from '../storage/database'
import { writeInMunicipality } from '../storage/records'
import { upsertAboutMe } from './aboutMeMutations'
import { requestCancellation, requestTimeChange, withdrawChangeRequest } from './changeRequestMutations'
import { deleteChecklistItem, setPacked, upsertChecklistItem } from './checklistMutations'
import {
  deleteMedication,
  markMedicationListReviewed,
  markMessageRead,
  submitSummerApplication,
  upsertMedication,
} from './familyRecordMutations'
import { Rejection, type MutationContext } from './mutationContext'
import { sendFamilyMessage } from './familyMessageMutations'
import { markReplacedEditSeen } from './replacedEdits'

type Handler<M extends Mutation> = (context: MutationContext, args: M['args']) => Promise<void>
type Handlers = { [M in Mutation as M['name']]: Handler<M> }

const handlers: Handlers = {
  requestCancellation,
  requestTimeChange,
  withdrawChangeRequest,
  upsertChecklistItem,
  deleteChecklistItem,
  setPacked,
  upsertMedication,
  deleteMedication,
  markMedicationListReviewed,
  upsertAboutMe,
  submitSummerApplication,
  markMessageRead,
  sendFamilyMessage,
  markReplacedEditSeen,
}

function run(context: MutationContext, mutation: Mutation): Promise<void> {
  // TypeScript cannot tie handlers[name] to the args of that same name; the mapped type above does.
  const handler = handlers[mutation.name] as Handler<Mutation>
  return handler(context, mutation.args)
}

interface AppliedRow {
  status: 'applied' | 'rejected'
  error: { code: string; message: string } | null
}

async function applyOne(
  db: Database,
  principal: CaregiverPrincipal,
  mutation: Mutation,
  receivedAt: string,
): Promise<MutationResult> {
  return writeInMunicipality(db, principal.municipalityId, async (writer) => {
    const { tx } = writer
    const [previous] = await tx.query<AppliedRow>(
      'SELECT status, error FROM applied_mutations WHERE household_id = $1 AND mutation_id = $2',
      [principal.householdId, mutation.id],
    )
    if (previous?.status === 'applied') return { id: mutation.id, status: 'duplicate' }
    // A replayed rejection is rejected again with the same words, so a device that lost the first
    // answer still learns to undo its local change.
    if (previous) return { id: mutation.id, status: 'rejected', ...(previous.error ? { error: previous.error } : {}) }

    const context: MutationContext = {
      writer,
      householdId: principal.householdId,
      userId: principal.userId,
      municipalityId: principal.municipalityId,
      receivedAt,
      createdAt: mutation.createdAt,
    }
    let result: MutationResult = { id: mutation.id, status: 'applied' }
    writer.mutationId = mutation.id
    await tx.query('SAVEPOINT mutation')
    try {
      await run(context, mutation)
    } catch (error) {
      if (!(error instanceof Rejection)) throw error
      const { code, message, reason, details } = error
      if (!details.keepsWrites) await tx.query('ROLLBACK TO SAVEPOINT mutation')
      const { current, fields } = details
      result = {
        id: mutation.id,
        status: 'rejected',
        error: { code, message, reason, ...(current ? { current } : {}), ...(fields ? { fields } : {}) },
      }
    }
    await tx.query(
      'INSERT INTO applied_mutations (household_id, mutation_id, name, status, error, received_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)',
      [
        principal.householdId,
        mutation.id,
        mutation.name,
        result.status,
        result.error ? JSON.stringify(result.error) : null,
        receivedAt,
      ],
    )
    return result
  })
}

/**
 * A malformed mutation is rejected on its own and not recorded: it is rejected again on every replay
 * the same way, and its name and arguments may be nothing a database can store.
 */
function malformed(entry: MutationEntry, error: ZodError): MutationResult {
  return {
    id: entry.id,
    status: 'rejected',
    error: { code: 'invalid_request', message: firstProblem(error, 'mutation').message },
  }
}

/** One transaction per mutation, in order; the receipt time is the request's, for every mutation in it. */
export async function applyMutations(
  db: Database,
  principal: CaregiverPrincipal,
  entries: readonly MutationEntry[],
  receivedAt: string,
): Promise<MutationResult[]> {
  const results: MutationResult[] = []
  for (const entry of entries) {
    const parsed = Mutation.safeParse(entry)
    results.push(
      parsed.success ? await applyOne(db, principal, parsed.data, receivedAt) : malformed(entry, parsed.error),
    )
  }
  return results
}
