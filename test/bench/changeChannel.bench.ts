// Benchmark: the change channel (issue 21 item 8). Opens 10,000 channels on one server process over
// loopback (as many sessions as the per-session cap needs, each household's session holding up to the cap),
// then, one at a time, a household's device adds a packing item and the time until another of that
// household's channels hears the notice is taken: p50/p99, and the server's memory per open channel.
// Target: every channel opened and ready, p99 ≤ 2 s (the "within 2 s").
// Tunable: BENCH_CHANNELS, BENCH_SAMPLES; BENCH_DATABASE_URL for PostgreSQL (in-memory PGlite without).
// Each channel is a socket on both sides: the process's open-file limit must exceed the channels
// (`ulimit -n`; the script says so before it starts rather than failing half-way).
import { readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { randomUUID } from 'node:crypto'
import { API_PREFIX, MAX_CHANNELS_PER_SESSION, SyncResponse } from '../../src/protocol'
import { eventStreamParser } from '../../src/protocol/eventStreamParser'
import { apiPath, changeChannelRoutes } from '../../src/protocol/routes'
import type { SignedInHousehold } from './support/benchServerMessages'
import { startServerProcess } from './support/serverProcess'
import { megabytes, quantile } from './support/statistics'

const TARGET = { p99Ms: 2000 }
const channels = Number(process.env.BENCH_CHANNELS ?? 10_000)
const samples = Number(process.env.BENCH_SAMPLES ?? 200)
const databaseUrl = process.env.BENCH_DATABASE_URL?.trim() || null
const sessions = Math.ceil(channels / MAX_CHANNELS_PER_SESSION)
const OPENING_AT_ONCE = 200
const output = process.argv[2] ?? 'bench-results/changeChannel.json'

/** The process's soft limit on open files, where Linux says (/proc); null elsewhere. */
function openFileLimit(): number | null {
  try {
    const found = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))
    return found ? Number(found[1]) : null
  } catch {
    return null
  }
}
const fileLimit = openFileLimit()
if (fileLimit !== null && fileLimit < channels + 1000)
  throw new Error(
    `${channels} channels need more open files than ${fileLimit}: raise it first (ulimit -n ${channels * 2})`,
  )

const server = await startServerProcess({
  seed: 'manyHouseholds',
  households: sessions,
  sessions,
  databaseUrl,
  floor: false,
})
const { url, database } = server.ready
const signedIn = server.ready.signedIn ?? []
if (signedIn.length < sessions)
  throw new Error(`the bench server signed in ${signedIn.length} of ${sessions} households`)
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity })
const channelPath = apiPath(changeChannelRoutes.listenForChanges, {})

/** Who waits for the next notice on a household's channels. */
const waiting = new Map<string, () => void>()
const requests: http.ClientRequest[] = []

/** Opens one channel with `household`'s session; resolves once the server says it is ready. */
function openChannel(household: SignedInHousehold): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${url}${channelPath}`,
      { agent, headers: { authorization: `Bearer ${household.token}`, accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) return reject(new Error(`channel: HTTP ${response.statusCode}`))
        response.setEncoding('utf8')
        response.on(
          'data',
          eventStreamParser((event) => {
            if (event.event === 'ready') resolve()
            else if (event.event === 'change') waiting.get(household.householdId)?.()
          }),
        )
      },
    )
    request.on('error', reject)
    requests.push(request)
  })
}

/** The household's first recipient, from its first pull. */
async function recipientOf(household: SignedInHousehold): Promise<string> {
  const response = await fetch(`${url}${API_PREFIX}/sync?limit=2000`, {
    headers: { authorization: `Bearer ${household.token}` },
  })
  const { changes } = SyncResponse.parse(await response.json())
  const recipient = changes.find((change) => change.entity === 'recipient')
  if (!recipient) throw new Error('a seeded household has no one who receives respite')
  return recipient.id
}

/** Adds an item to the recipient's packing template through the API; answers when the server has applied it. */
async function addToTemplate(household: SignedInHousehold, recipientId: string, position: number): Promise<void> {
  const at = new Date().toISOString()
  const item = {
    id: randomUUID(),
    recipientId,
    stayId: null,
    category: 'other',
    label: 'Badetøy',
    quantity: 1,
    position,
  }
  const mutation = { id: randomUUID(), name: 'upsertChecklistItem', args: { item }, createdAt: at }
  const response = await fetch(`${url}${API_PREFIX}/mutations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${household.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mutations: [mutation] }),
  })
  const answer = await response.text()
  if (!response.ok || !answer.includes('"applied"')) throw new Error(`the change was not applied: ${answer}`)
}

const rssBeforeMB = megabytes((await server.memory()).rss)
const openingStarted = performance.now()
let opened = 0
try {
  for (let start = 0; start < channels; start += OPENING_AT_ONCE) {
    const batch = Array.from({ length: Math.min(OPENING_AT_ONCE, channels - start) }, (_, offset) => start + offset)
    await Promise.all(batch.map((index) => openChannel(signedIn[index % sessions] as SignedInHousehold)))
    opened += batch.length
  }
} catch (error) {
  console.error(`opened ${opened} of ${channels} channels:`, error)
}
const openingSeconds = +((performance.now() - openingStarted) / 1000).toFixed(1)
const rssOpenMB = megabytes((await server.memory()).rss)

const latenciesMs: number[] = []
for (let n = 0; n < samples && opened === channels; n++) {
  const household = signedIn[(n * 7919) % sessions] as SignedInHousehold
  const recipientId = await recipientOf(household)
  const heard = new Promise<number>((resolve) => waiting.set(household.householdId, () => resolve(performance.now())))
  const sent = performance.now()
  await addToTemplate(household, recipientId, 100_000 + n)
  latenciesMs.push((await heard) - sent)
  waiting.delete(household.householdId)
}
const rssAfterMB = megabytes((await server.memory()).rss)
for (const request of requests) request.destroy()
await server.stop()

const p99Ms = quantile(latenciesMs, 0.99, 1)
const report = {
  target: `${channels} channels open on one process, and a notice p99 ≤ ${TARGET.p99Ms} ms after the change`,
  database,
  channels,
  opened,
  sessions,
  openingSeconds,
  samples: latenciesMs.length,
  noticeP50Ms: quantile(latenciesMs, 0.5, 1),
  noticeP99Ms: p99Ms,
  noticeMaxMs: quantile(latenciesMs, 1, 1),
  serverRssBeforeMB: rssBeforeMB,
  serverRssOpenMB: rssOpenMB,
  serverRssAfterMB: rssAfterMB,
  serverKBPerChannel: +(((rssOpenMB - rssBeforeMB) * 1024) / Math.max(1, opened)).toFixed(1),
  meetsTarget: opened === channels && latenciesMs.length === samples && p99Ms <= TARGET.p99Ms,
}
writeFileSync(output, JSON.stringify(report, null, 2))
console.info(`${database}: ${opened} of ${channels} channels open in ${openingSeconds} s (${sessions} sessions)`)
console.info(`notice after a change: p50 ${report.noticeP50Ms} ms, p99 ${p99Ms} ms over ${latenciesMs.length}`)
console.info(
  `server RSS ${rssBeforeMB} → ${rssOpenMB} MB open (${report.serverKBPerChannel} KB a channel) ${report.meetsTarget ? '✓' : '✗'}`,
)
