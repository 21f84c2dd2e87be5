// Sends the pushes the database holds for the municipality's messages (a transactional outbox: the
// jobs are written with the message, migration 0015). Any server process takes due jobs with FOR
// UPDATE SKIP LOCKED and leases them; a job leaves the outbox only once the push service took the push
// or the device is gone, so a process killed mid-send loses nothing (the service worker shows a repeat once).
// A job names its device without a foreign key (migration 0017): one whose device has gone is taken and dropped.
import type { Message } from '../../protocol/entities'
import type { Clock } from '../../domain/clock'
import { waitAtMost } from '../operations/waitAtMost'
import type { Queryable } from '../storage/database'
import { kindOfMessage, type Notifier } from './notifier'
import { pushForMessage } from './pushMessages'
import type { SubscriptionStore } from './subscriptionStore'

export interface PushOutboxOptions {
  db: Queryable
  subscriptions: SubscriptionStore
  notifier: Notifier
  clock: Clock
  /** How long a taken job is this process's before another may take it again. */
  leaseMs?: number
  log?: (line: string) => void
}

interface TakenJob {
  subscription_id: string
  message_id: string
  attempts: number
  message: Message | null
  stay_start: string | null
}

const BATCH = 20
/** A push service that keeps failing is tried for about a day, then the push is given up. */
const MAX_ATTEMPTS = 12
const retryDelayMs = (attempts: number) => Math.min(2 ** attempts * 5_000, 3 * 3600_000)

const TAKE = `
  WITH taken AS (
    UPDATE push_jobs SET due_at = $2, attempts = attempts + 1
    WHERE (subscription_id, message_id) IN (
      SELECT subscription_id, message_id FROM push_jobs WHERE due_at <= $1 ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED)
    RETURNING subscription_id, message_id, attempts)
  SELECT t.subscription_id, t.message_id, t.attempts, m.data AS message, st.data->>'start' AS stay_start
  FROM taken t
  LEFT JOIN push_subscriptions s ON s.id = t.subscription_id
  LEFT JOIN records m ON m.entity = 'message' AND m.id = t.message_id AND m.household_id = s.household_id
  LEFT JOIN records st ON st.entity = 'stay' AND st.id = m.data->>'stayId'`

export interface PushOutbox {
  /** Sends every due push; resolves with how many were delivered. Runs never overlap in one process. */
  run(): Promise<number>
  /**
   * Takes no more jobs, gives the pushes under way up to `graceMs`, then hands back the jobs still held
   * (due at once), so another process sends them now rather than when the lease would have ended.
   */
  stop(graceMs: number): Promise<void>
}

export function createPushOutbox(options: PushOutboxOptions): PushOutbox {
  const { db } = options
  const log = options.log ?? ((line: string) => console.warn(line))
  const leaseMs = options.leaseMs ?? 60_000
  let running: Promise<number> | null = null
  let again = false
  let stopped = false
  /** Jobs this process has taken and not yet settled, by their lease's end. */
  const held = new Set<{ job: TakenJob; leaseUntil: string }>()

  async function settle(job: TakenJob, leaseUntil: string, retryAt: string | null): Promise<void> {
    const key = [job.subscription_id, job.message_id, leaseUntil]
    if (retryAt === null)
      await db.query('DELETE FROM push_jobs WHERE subscription_id = $1 AND message_id = $2 AND due_at = $3', key)
    else
      await db.query(
        'UPDATE push_jobs SET due_at = $4 WHERE subscription_id = $1 AND message_id = $2 AND due_at = $3',
        [...key, retryAt],
      )
  }

  /** Delivers one job's push: `retry` when the push service could not take it now. */
  async function send(job: TakenJob, now: number): Promise<'delivered' | 'done' | 'retry'> {
    const device = await options.subscriptions.byId(job.subscription_id)
    // Deleted since, or a device that does not want this kind: nothing to send.
    if (!device || !job.message || !device.preferences.kinds[kindOfMessage[job.message.kind]]) return 'done'
    const push = pushForMessage(job.message, device, new Date(now).toISOString(), job.stay_start)
    const outcome = await options.notifier.deliver(device, push, { urgency: 'high' })
    return outcome === 'failed' ? 'retry' : outcome === 'delivered' ? 'delivered' : 'done'
  }

  async function runOnce(): Promise<number> {
    const now = options.clock.now()
    const leaseUntil = new Date(now + leaseMs).toISOString()
    let delivered = 0
    while (!stopped) {
      const jobs = await db.query<TakenJob>(TAKE, [new Date(now).toISOString(), leaseUntil, BATCH])
      if (jobs.length === 0) return delivered
      await Promise.all(
        jobs.map(async (job) => {
          const lease = { job, leaseUntil }
          held.add(lease)
          const outcome = await send(job, now).catch((): 'retry' => 'retry')
          if (outcome === 'delivered') delivered += 1
          const givenUp = outcome === 'retry' && job.attempts >= MAX_ATTEMPTS
          if (givenUp) log('push: a message push was given up after repeated failures')
          const retryAt = new Date(now + retryDelayMs(job.attempts)).toISOString()
          // Handed back while it was sent: the lease is no longer this process's to settle.
          if (!held.delete(lease)) return
          await settle(job, leaseUntil, outcome === 'retry' && !givenUp ? retryAt : null)
        }),
      )
    }
    return delivered
  }

  async function handBack(): Promise<void> {
    const now = new Date(options.clock.now()).toISOString()
    for (const lease of [...held]) {
      held.delete(lease)
      await settle(lease.job, lease.leaseUntil, now)
    }
  }

  function run(): Promise<number> {
    if (stopped) return Promise.resolve(0)
    if (running) {
      // A change committed while a run is under way: run once more after it.
      again = true
      return running
    }
    running = runOnce().finally(() => {
      running = null
      if (again && !stopped) {
        again = false
        void run().catch(() => log('push: an outbox run failed'))
      }
    })
    return running
  }

  return {
    run,
    async stop(graceMs) {
      stopped = true
      await waitAtMost(running, graceMs)
      await handBack()
    },
  }
}
