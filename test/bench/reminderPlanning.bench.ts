// Benchmark: reminder planning with many subscribed households (target, on PostgreSQL with 100,000:
// one tick ≤ 1 s, its cost growing with what is due, not with how many households there are).
// Each household has one phone and one stay; the stays are spread over the 60 days after the first
// 18, so each minute a few households come due a look, as jobs in the database (migration 0015) would
// after the one pass that follows an upgrade. That pass, a first look at every household, is measured
// on a sample of 1,000 and reported per household. Then: ticks a minute apart, ticks an hour apart
// (more due each), and ticks with nothing due, each timed.
//
// PostgreSQL: `source test/server/support/startPostgres.sh`, then
//   BENCH_DATABASE_URL="$POSTGRES_URL" npm run bench -- reminderPlanning; stop_postgres
// Without BENCH_DATABASE_URL it runs on in-memory PGlite with 10,000 households, and says so.
// Tunable: BENCH_HOUSEHOLDS.
import { writeFileSync } from 'node:fs'
import { defaultPushPreferences } from '../../src/protocol/push'
import { createNotifier } from '../../src/server/push/notifier'
import { pushEndpointRules } from '../../src/server/push/pushEndpoint'
import { createPushSender } from '../../src/server/push/pushSender'
import { subscriptionStore } from '../../src/server/push/subscriptionStore'
import { loadVapidKeys } from '../../src/server/push/vapidKeys'
import { recordsReminderSource } from '../../src/server/reminders/recordsReminderSource'
import { reminderJobs } from '../../src/server/reminders/reminderJobs'
import { createReminderScheduler } from '../../src/server/reminders/reminderScheduler'
import { sentReminders } from '../../src/server/reminders/sentReminders'
import { migrate } from '../../src/server/storage/migrate'
import { openPglite } from '../../src/server/storage/pglite'
import type { Database } from '../../src/server/storage/database'
import { aBrowserSubscription } from '../server/push/support/browserPushKeys'
import { startPushServiceStandIn } from '../server/push/support/pushServiceStandIn'
import { openBenchSchema } from './support/manySignedIn'
import { seedSubscribedHouseholds } from './support/subscribedHouseholds'
import { median, quantile } from './support/statistics'

const TARGET_TICK_MS = 1000
const MINUTE = 60_000
const databaseUrl = process.env.BENCH_DATABASE_URL?.trim() || null
const households = Number(process.env.BENCH_HOUSEHOLDS ?? (databaseUrl ? 100_000 : 10_000))
const CATCH_UP_SAMPLE = Math.min(1000, households)
const output = process.argv[2] ?? 'bench-results/reminderPlanning.json'

async function openDatabase(): Promise<{ db: Database; close(): Promise<void> }> {
  if (databaseUrl) {
    const bench = await openBenchSchema(databaseUrl)
    return { db: bench.database, close: bench.drop }
  }
  const db = await openPglite()
  await migrate(db)
  return { db, close: () => db.close() }
}

const { db, close } = await openDatabase()
const pushService = await startPushServiceStandIn()
const start = Date.parse('2026-11-23T10:00:00.000Z')
let now = start
const clock = { now: () => now }
try {
  const seedStarted = performance.now()
  const phone = aBrowserSubscription(pushService.url)
  await seedSubscribedHouseholds(db, {
    count: households,
    firstLookSample: CATCH_UP_SAMPLE,
    from: start,
    keys: phone.keys,
    pushServiceUrl: pushService.url,
    preferences: defaultPushPreferences,
  })
  const seedMs = Math.round(performance.now() - seedStarted)
  const vapid = await loadVapidKeys(db, {})
  const subscriptions = subscriptionStore(db)
  const scheduler = createReminderScheduler({
    source: recordsReminderSource(db),
    subscriptions,
    sent: sentReminders(db),
    jobs: reminderJobs(db),
    notifier: createNotifier({
      subscriptions,
      send: createPushSender({ vapid, endpoints: pushEndpointRules({ allowLoopback: true }) }),
      clock,
      log: () => undefined,
    }),
    clock,
    log: () => undefined,
  })

  const dueAt = async (at: number) =>
    Number(
      (
        await db.query<{ n: string }>('SELECT count(*) AS n FROM reminder_jobs WHERE due_at <= $1', [
          new Date(at).toISOString(),
        ])
      )[0]?.n,
    )
  async function ticks(steps: number, stepMs: number) {
    const runs: Array<{ due: number; ms: number }> = []
    for (let n = 0; n < steps; n++) {
      now += stepMs
      const due = await dueAt(now)
      const started = performance.now()
      await scheduler.tick()
      runs.push({ due, ms: performance.now() - started })
    }
    const ms = runs.map((run) => run.ms)
    const due = runs.reduce((sum, run) => sum + run.due, 0)
    const total = ms.reduce((sum, value) => sum + value, 0)
    return {
      ticks: steps,
      duePerTick: +(due / steps).toFixed(1),
      medianMs: median(ms),
      p99Ms: quantile(ms, 0.99),
      maxMs: quantile(ms, 1),
      msPerDueHousehold: due === 0 ? null : +(total / due).toFixed(2),
    }
  }

  const catchUpStarted = performance.now()
  const catchUpDue = await dueAt(now)
  await scheduler.tick()
  const catchUpMs = performance.now() - catchUpStarted
  const nothingDue = await ticks(10, 0)
  const everyMinute = await ticks(60, MINUTE)
  const everyHour = await ticks(24, 60 * MINUTE)
  const worstTickMs = Math.max(nothingDue.maxMs, everyMinute.maxMs, everyHour.maxMs)
  const report = {
    target: `one tick ≤ ${TARGET_TICK_MS} ms with 100,000 subscribed households on PostgreSQL, cost growing with what is due`,
    database: db.kind,
    note:
      db.kind === 'postgres'
        ? 'PostgreSQL, as the target says'
        : 'in-memory PGlite, not PostgreSQL: set BENCH_DATABASE_URL (see the top of the script) for the real figure',
    households,
    seedMs,
    firstLookAfterUpgrade: {
      households: catchUpDue,
      ms: Math.round(catchUpMs),
      msPerHousehold: +(catchUpMs / Math.max(1, catchUpDue)).toFixed(2),
    },
    nothingDue,
    everyMinute,
    everyHour,
    worstTickMs,
    meetsTarget: worstTickMs <= TARGET_TICK_MS,
  }
  writeFileSync(output, JSON.stringify(report, null, 2))
  console.info(`${db.kind}, ${households} subscribed households`)
  console.info(`nothing due: median ${nothingDue.medianMs} ms a tick`)
  console.info(
    `a minute apart: ${everyMinute.duePerTick} due, median ${everyMinute.medianMs} ms, max ${everyMinute.maxMs} ms`,
  )
  console.info(
    `an hour apart: ${everyHour.duePerTick} due, median ${everyHour.medianMs} ms, max ${everyHour.maxMs} ms (${everyHour.msPerDueHousehold} ms per due household)`,
  )
  console.info(`first look after an upgrade: ${report.firstLookAfterUpgrade.msPerHousehold} ms per household`)
  console.info(`worst tick ${worstTickMs} ms (target ≤ ${TARGET_TICK_MS} ms) ${report.meetsTarget ? '✓' : '✗'}`)
} finally {
  await pushService.close()
  await close()
}
