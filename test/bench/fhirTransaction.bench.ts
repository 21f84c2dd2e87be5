// Benchmark: the record system plans a week for 1,000 children in one FHIR transaction Bundle (target ≤ 2 s):
// 1,000 conditional updates of Appointments, each judged by the planning rules against the entries before it,
// written all or none. The children stay at 50 places of 20 beds, each full that weekend. Three weeks, each a new Bundle (every entry created), the median reported; then each
// Bundle sent again (every entry unchanged, as a record system retrying does). The floor (quality.md): the same
// weekend's 1,000 stays planned one by one through the staff API (POST /staff/stays), as the console would.
// Without BENCH_DATABASE_URL it runs on in-memory PGlite, and says so.
import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { createUsers } from '../../src/server/accounts/accountStore'
import { issueSession } from '../../src/server/auth/sessions'
import { seedHouseholds, seedMunicipality } from '../../src/server/seed/manyHouseholds'
import { everyOtherWeekend, windowAround, type Slot } from '../../src/server/seed/staySchedule'
import { setCapacity } from '../../src/server/staff/planning/placeCapacities'
import { startServer } from '../../src/server/startServer'
import type { Database } from '../../src/server/storage/database'
import { openPglite } from '../../src/server/storage/pglite'
import { writeInMunicipality } from '../../src/server/storage/records'
import { aPlanEntry, aTransaction } from '../server/fhir/support/appointments'
import { openBenchSchema } from './support/manySignedIn'
import { median } from './support/statistics'

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 1000)
const TARGET_MS = 2000
const output = process.argv[2] ?? 'bench-results/fhirTransaction.json'
const databaseUrl = process.env.BENCH_DATABASE_URL ?? null

const storage: { database: Database; drop(): Promise<void> } = databaseUrl
  ? await openBenchSchema(databaseUrl)
  : await openPglite().then((database) => ({ database, drop: () => database.close() }))
const server = await startServer({ database: storage.database, log: () => undefined, config: {} })
const { municipality, place } = await seedMunicipality(storage.database)
const children = await seedHouseholds(storage.database, {
  municipalityId: municipality.id,
  count: CHILDREN,
  clock: server.clock,
  usernamePrefix: 'fhir',
  staysPerHousehold: 0,
})
const PLACES = 50
const places = [
  place,
  ...Array.from({ length: PLACES - 1 }, (_, n) => ({ ...place, id: randomUUID(), name: `Sted ${n}` })),
]
await writeInMunicipality(storage.database, municipality.id, async (writer) => {
  for (const extra of places.slice(1)) await writer.put('place', extra, null)
  for (const each of places)
    await setCapacity(
      writer.tx,
      municipality.id,
      each.id,
      { unit: 'beds', size: Math.ceil(CHILDREN / PLACES), openDays: [1, 2, 3, 4, 5, 6, 7], closed: [] },
      new Date(server.clock.now()).toISOString(),
    )
})
// As autovacuum would have by now on a live database: the planner knows the tables' sizes.
await storage.database.exec('ANALYZE')
const plannerId = randomUUID()
await createUsers(storage.database, [
  {
    id: plannerId,
    username: 'fhir-planner',
    name: 'Planlegger',
    role: 'staff',
    staffRole: 'planner',
    municipalityId: municipality.id,
    householdId: null,
    passwordHash: null,
  },
])
const { token } = await issueSession(storage.database, plannerId, server.clock)

/** A weekend for every child, a month apart per Bundle so each child stays within its decision. */
function weekBundle({ start, end }: Slot, week: number) {
  return aTransaction(
    ...children.map((child, index) =>
      aPlanEntry(
        { childId: child.recipientId, placeId: places[index % PLACES]!.id, start, end },
        'urn:bench:plan',
        `w${week}-c${index}`,
      ),
    ),
  )
}

async function send(bundle: object, expected: string): Promise<number> {
  const body = JSON.stringify(bundle)
  const started = performance.now()
  const response = await fetch(`${server.url}/fhir/R4`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
    body,
  })
  const answer = (await response.json()) as { entry?: { response: { status: string } }[] }
  const elapsed = performance.now() - started
  const statuses = new Set(answer.entry?.map((entry) => entry.response.status))
  if (response.status !== 200 || statuses.size !== 1 || !statuses.has(expected))
    throw new Error(`the Bundle answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`)
  return elapsed
}

const weekends = everyOtherWeekend(windowAround(server.clock.now(), 0, 250), 0)
  .filter((_, index) => index % 3 === 1)
  .slice(0, 4)
const floorWeekend = weekends.pop()!
const bundles = weekends.map((weekend, week) => weekBundle(weekend, week))
const created: number[] = []
const unchanged: number[] = []
for (const bundle of bundles) created.push(await send(bundle, '201 Created'))
for (const bundle of bundles) unchanged.push(await send(bundle, '200 OK'))

/** The floor: the same plan for every child through the staff API, one request a stay. */
async function throughStaffApi({ start, end }: Slot): Promise<number> {
  const started = performance.now()
  for (const [index, child] of children.entries()) {
    const response = await fetch(`${server.url}/api/v1/staff/stays`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ recipientId: child.recipientId, placeId: places[index % PLACES]!.id, start, end }),
    })
    if (response.status !== 201) throw new Error(`the staff API answered ${response.status}: ${await response.text()}`)
  }
  return performance.now() - started
}
const floorMs = await throughStaffApi(floorWeekend)

const report = {
  target: `≤ ${TARGET_MS} ms for a week of ${CHILDREN} children in one transaction`,
  database: databaseUrl ? 'PostgreSQL' : 'in-memory PGlite (set BENCH_DATABASE_URL for PostgreSQL)',
  children: CHILDREN,
  bundleKB: Math.round(JSON.stringify(bundles[0]).length / 1024),
  createdMs: created.map(Math.round),
  unchangedMs: unchanged.map(Math.round),
  medianCreatedMs: median(created, 0),
  medianUnchangedMs: median(unchanged, 0),
  floorStaffApiMs: Math.round(floorMs),
  ratioToFloor: +(median(created, 0) / floorMs).toFixed(2),
  meetsTarget: median(created, 0) <= TARGET_MS,
}
writeFileSync(output, JSON.stringify(report, null, 2))
console.info(
  `a week for ${CHILDREN} children (${report.bundleKB} KB): ${report.medianCreatedMs} ms created, ` +
    `${report.medianUnchangedMs} ms sent again; through the staff API one by one ${report.floorStaffApiMs} ms ` +
    `(${report.ratioToFloor}×), on ${report.database} ${report.meetsTarget ? '✓' : '✗'}`,
)
await server.close()
await storage.drop()
