// Benchmark: the month view's query with 10,000 stays in Dexie (target ≤ 5 ms median), on
// fake-indexeddb: the same query the app runs (stays of the month with their requests and the outbox).
import 'fake-indexeddb/auto'
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { withRequests } from '../../src/family/db/changeRequestQueries'
import { PusteromDatabase } from '../../src/family/db/database'
import { staysBetween } from '../../src/family/db/stayQueries'
import { monthWindow } from '../../src/domain/calendarMonth'
import type { ChangeRequest, Stay } from '../../src/protocol'

const TARGET_MS = 5
const STAYS = 10_000
const RUNS = 300
const output = process.argv[2] ?? 'bench-results/calendarMonthQuery.json'

// Random ids, as the server makes them: index lookups over sequential ids would flatter the query.
const uuid = () => crypto.randomUUID()
const recipients = [uuid(), uuid(), uuid()]
const placeId = uuid()
const first = Date.parse('2022-01-03T15:00:00.000Z')

// Three people, a stay about every 4.4 hours' worth of calendar: 10,000 stays over about five years.
const stays: Stay[] = Array.from({ length: STAYS }, (_, index) => {
  const start = first + Math.floor(index * ((5 * 365 * 24) / STAYS)) * 3600_000
  return {
    id: uuid(),
    recipientId: recipients[index % recipients.length] as string,
    placeId,
    kind: 'municipalUnit',
    start: new Date(start).toISOString(),
    end: new Date(start + (index % 4 === 0 ? 48 : 6) * 3600_000).toISOString(),
    status: index % 17 === 0 ? 'cancelledByFamily' : 'planned',
    transportTo: null,
    transportFrom: null,
    notes: '',
    updatedAt: '2021-12-01T10:00:00.000Z',
  }
})
// A request on every tenth stay; all answered but the last five, as in a household over the years.
const asked = stays.filter((_, index) => index % 10 === 0)
const requests: ChangeRequest[] = asked.map((stay, index) => ({
  id: uuid(),
  stayId: stay.id,
  type: 'cancel',
  proposedStart: null,
  proposedEnd: null,
  message: '',
  createdAt: stay.updatedAt,
  receivedAt: stay.updatedAt,
  deadline: null,
  onTime: null,
  status: index >= asked.length - 5 ? 'pending' : 'accepted',
  answerNote: null,
  answeredAt: null,
}))

const db = new PusteromDatabase('bench-calendar-month')
await db.open()
await db.stays.bulkPut(stays)
await db.changeRequests.bulkPut(requests)

/** The floor: one raw IndexedDB read of the month's stays by the start index, no Dexie, no requests. */
function rawMonthRead(from: string, to: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = db
      .backendDB()
      .transaction('stays')
      .objectStore('stays')
      .index('start')
      .getAll(IDBKeyRange.bound(from, to, false, true))
    request.onsuccess = () => resolve((request.result as unknown[]).length)
    request.onerror = () => reject(request.error)
  })
}

const months = ['2024-03', '2024-11', '2025-06', '2023-10']
let staysInMonth = 0
const timings: number[] = []
const floorTimings: number[] = []
// Query and floor alternate, so both see the same noise of a shared machine.
for (let run = 0; run < RUNS + 30; run += 1) {
  const month = months[run % months.length] as string
  const window = monthWindow(month, 'Europe/Oslo')
  let started = performance.now()
  const result = await withRequests(db, () => staysBetween(db, window.from, window.to))
  const elapsed = performance.now() - started
  started = performance.now()
  await rawMonthRead(window.from, window.to)
  const floorElapsed = performance.now() - started
  staysInMonth = Math.max(staysInMonth, result.stays.length)
  if (run >= 30) {
    // the first runs warm up the JIT
    timings.push(elapsed)
    floorTimings.push(floorElapsed)
  }
}
const quantile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return +(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number).toFixed(3)
}
const at = (share: number) => quantile(timings, share)
const floorMedianMs = quantile(floorTimings, 0.5)
const report = {
  target: `≤ ${TARGET_MS} ms median`,
  stays: STAYS,
  changeRequests: requests.length,
  staysInMonth,
  runs: RUNS,
  medianMs: at(0.5),
  p95Ms: at(0.95),
  minMs: at(0),
  floor: 'one raw IndexedDB getAll of the month by the start index, same run',
  floorMedianMs,
  ratioToFloor: +(at(0.5) / floorMedianMs).toFixed(2),
  meetsTarget: at(0.5) <= TARGET_MS,
}
writeFileSync(output, JSON.stringify(report, null, 2))
console.info(
  `month query over ${STAYS} stays (${staysInMonth} in a month): median ${report.medianMs} ms, p95 ${report.p95Ms} ms, ${report.ratioToFloor}× a raw read (${floorMedianMs} ms) (target ≤ ${TARGET_MS} ms) ${report.meetsTarget ? '✓' : '✗'}`,
)
db.close()
await PusteromDatabase.delete('bench-calendar-month')
