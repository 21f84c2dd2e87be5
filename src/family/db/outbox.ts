// The outbox: the family's actions waiting for the server, in the order they were made on this device.
// An action's local effect and its outbox entry are written in one transaction, so neither exists alone.
import { isoNow, type Clock } from '../../domain/clock'
import { Mutation, mutationArgs, type MutationArgs, type MutationName } from '../../protocol'
import type { OutboxEntry, PusteromDatabase } from './database'
import { withEditBase } from './editBase'
import { ACKNOWLEDGED_KEY, acknowledgedMutations } from './outboxQueries'
import { applyMutationEffect } from './mutationEffects'
import { EffectWriter, effectTables, restoreServerCopies } from './serverCopies'

/**
 * Every table that writing to or settling the outbox touches. Trap: Dexie keeps a transaction
 * across native `await`s only when the callback given to `db.transaction` is itself `async`.
 */
export function outboxTables(db: PusteromDatabase) {
  return [...effectTables(db), db.outbox, db.rejections]
}

/** Appends a mutation and applies its local effect, atomically; answers the mutation as queued. */
export async function enqueue(db: PusteromDatabase, mutation: Mutation): Promise<Mutation> {
  return db.transaction('rw', outboxTables(db), async () => {
    const valid = Mutation.parse(await withEditBase(db, Mutation.parse(mutation)))
    await applyMutationEffect(new EffectWriter(db), valid)
    await db.outbox.add({ ...valid, attempts: 0, lastError: null })
    return valid
  })
}

/** What a store calls for a family action: makes the mutation, shows its effect, queues it. */
export async function perform<N extends MutationName>(
  db: PusteromDatabase,
  name: N,
  args: MutationArgs<N>,
  clock: Clock,
): Promise<Extract<Mutation, { name: N }>> {
  const mutation = {
    id: crypto.randomUUID(),
    name,
    args: mutationArgs[name].parse(args),
    createdAt: isoNow(clock),
  } as Extract<Mutation, { name: N }> // the name and its args were checked together just above
  return (await enqueue(db, mutation)) as Extract<Mutation, { name: N }> // enqueue keeps the name
}

/** The mutation as it travels, without the device's bookkeeping. */
export function wireMutation(entry: OutboxEntry): Mutation {
  const { seq: _seq, attempts: _attempts, lastError: _lastError, setAsideAt: _setAsideAt, ...mutation } = entry
  return mutation as Mutation // an outbox entry is a Mutation plus the bookkeeping fields removed here
}

export { acknowledgedMutations, pendingCount } from './outboxQueries'

/** Whether the mutation is still sent and its effect shown; a set-aside one waits for the family. */
export function isPending(entry: OutboxEntry): boolean {
  return !entry.setAsideAt
}

/** The oldest waiting mutations, in the order they were made. */
export function oldestPending(db: PusteromDatabase, limit: number): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('seq').filter(isPending).limit(limit).toArray()
}

export async function writeAcknowledged(db: PusteromDatabase, mutations: Mutation[]): Promise<void> {
  await db.syncState.put({ key: ACKNOWLEDGED_KEY, value: mutations })
}

/**
 * Rebuilds what the family sees as server truth plus the effects not yet reflected in it:
 * acknowledged-but-unpulled mutations, then the outbox except what is set aside. Call inside a transaction over `outboxTables`,
 * after any change to server truth or to the set of pending mutations.
 */
export async function reapplyPendingEffects(
  db: PusteromDatabase,
  options: { serverTruthChanged?: () => Promise<void> } = {},
): Promise<void> {
  await restoreServerCopies(db)
  await options.serverTruthChanged?.()
  const write = new EffectWriter(db)
  for (const mutation of await acknowledgedMutations(db)) await applyMutationEffect(write, mutation)
  for (const entry of await db.outbox.orderBy('seq').filter(isPending).toArray())
    await applyMutationEffect(write, wireMutation(entry))
}

/** What the waiting entries of one action are about (`idOf` their arguments): the records not sent yet. */
export function waitingIds<N extends MutationName>(
  entries: readonly Mutation[],
  name: N,
  idOf: (args: MutationArgs<N>) => string,
): Set<string> {
  // An entry of this name carries this name's arguments: the Mutation union pairs them, TypeScript cannot narrow N.
  return new Set(entries.flatMap((entry) => (entry.name === name ? [idOf(entry.args as MutationArgs<N>)] : [])))
}
