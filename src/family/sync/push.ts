// Sends the outbox to the server in order, in batches, and settles each mutation by the server's answer.
import type { PusteromDatabase, OutboxEntry } from '../db/database'
import {
  acknowledgedMutations,
  oldestPending,
  outboxTables,
  reapplyPendingEffects,
  wireMutation,
  writeAcknowledged,
} from '../db/outbox'
import { MAX_BODY_BYTES, MAX_MUTATIONS_PER_REQUEST, type MutationResult } from '../../protocol'
import { routeLabel, type ApiClient } from '../../protocol/apiClient'
import { syncRoutes } from '../../protocol/routes/syncRoutes'
import { ApiError, isApiError } from '../../protocol/apiError'
import { isoNow, type Clock } from '../../domain/clock'

/** Room left in a request body for the envelope and multi-byte surprises. */
const BODY_BUDGET = MAX_BODY_BYTES - 16 * 1024
const encoder = new TextEncoder()

export interface PushResult {
  sent: number
  rejected: number
  /** The mutation the server failed on when it was sent alone; the rest of the outbox waits behind it. */
  stuck: { entry: OutboxEntry; error: ApiError } | null
}

/** Sends the outbox until it is empty or the server fails on one mutation; throws when the request itself failed. */
export async function pushOutbox(
  db: PusteromDatabase,
  api: ApiClient,
  clock: Clock,
  signal: AbortSignal,
): Promise<PushResult> {
  const result: PushResult = { sent: 0, rejected: 0, stuck: null }
  let limit = MAX_MUTATIONS_PER_REQUEST
  for (;;) {
    const batch = fitInBody(await oldestPending(db, limit))
    if (batch.length === 0) return result
    let results: MutationResult[]
    try {
      const body = { mutations: batch.map(wireMutation) }
      results = (await api.call(syncRoutes.pushMutations, { body, signal })).results
      checkAnswersMatch(batch, results)
    } catch (error) {
      if (!failedOnTheMutations(error)) throw error
      // Halve the batch until the mutation the server fails on (or that is too large) is sent alone.
      if (batch.length > 1) {
        limit = Math.max(1, Math.floor(batch.length / 2))
        continue
      }
      return { ...result, stuck: { entry: batch[0] as OutboxEntry, error } } // a batch is never empty here
    }
    if (signal.aborted) throw new ApiError('aborted', 'push stopped')
    result.sent += batch.length
    result.rejected += await settle(db, batch, results, clock)
  }
}

/**
 * Whether the server got the mutations and failed on them: a 500, an answer that cannot be read, a refusal.
 * Not when nothing reached it (offline, timeout) or it is down or busy as a whole (502, 503, 504, 429).
 */
function failedOnTheMutations(error: unknown): error is ApiError {
  if (!isApiError(error)) return false
  if (error.kind === 'malformed' || error.kind === 'refused') return true
  return error.kind === 'server' && (error.details.status === undefined || error.details.status === 500)
}

function fitInBody(entries: OutboxEntry[]): OutboxEntry[] {
  let bytes = 0
  const batch: OutboxEntry[] = []
  for (const entry of entries) {
    bytes += encoder.encode(JSON.stringify(wireMutation(entry))).byteLength + 1
    if (batch.length > 0 && bytes > BODY_BUDGET) break
    batch.push(entry)
  }
  return batch
}

/** The server answers every mutation, in order; anything else is a response we cannot trust. */
function checkAnswersMatch(batch: OutboxEntry[], results: MutationResult[]): void {
  const matches = results.length === batch.length && results.every((answer, index) => answer.id === batch[index]?.id)
  if (!matches)
    throw new ApiError(
      'malformed',
      `${routeLabel(syncRoutes.pushMutations)}: the answers do not match the mutations sent`,
    )
}

/** Takes answered mutations out of the outbox; a refused one is kept as a rejection and its effect undone. */
async function settle(
  db: PusteromDatabase,
  batch: OutboxEntry[],
  results: MutationResult[],
  clock: Clock,
): Promise<number> {
  return db.transaction('rw', outboxTables(db), async () => {
    const acknowledged = await acknowledgedMutations(db)
    let rejected = 0
    for (const [index, answer] of results.entries()) {
      const entry = batch[index] as OutboxEntry // checkAnswersMatch made results and batch line up
      if (answer.status === 'rejected') {
        rejected += 1
        await db.rejections.put({
          id: entry.id,
          name: entry.name,
          args: entry.args,
          code: answer.error?.code ?? 'rejected',
          message: answer.error?.message ?? '',
          ...(answer.error?.reason ? { reason: answer.error.reason } : {}),
          ...(answer.error?.current ? { current: answer.error.current } : {}),
          ...(answer.error?.fields ? { fields: answer.error.fields } : {}),
          rejectedAt: isoNow(clock),
          seen: false,
        })
      } else {
        // Its effect stays visible until the pull that brings the server's own version of it.
        acknowledged.push(wireMutation(entry))
      }
    }
    await db.outbox.bulkDelete(batch.map((entry) => entry.seq as number)) // entries read from the table have their key
    await writeAcknowledged(db, acknowledged)
    if (rejected > 0) await reapplyPendingEffects(db)
    return rejected
  })
}
