// Benchmark: a sync with nothing new (target: 1 request, ≤ 300 bytes of body). The real server
// in-process (in-memory PGlite, demo data), a signed-in device on fake-indexeddb, a first sync, then
// one more through the engine while a wrapped fetch counts requests and response bytes.
import 'fake-indexeddb/auto'
import { writeFileSync } from 'node:fs'
import { startServer } from '../../src/server/startServer'
import { aSignedInDevice, firstSync, syncAgain } from './support/benchDevice'
import { countingFetch } from './support/countingFetch'

const TARGET_REQUESTS = 1
const TARGET_BODY_BYTES = 300
const output = process.argv[2] ?? 'bench-results/syncNoChange.json'

const server = await startServer({ config: { demo: true }, log: () => undefined })
const counter = countingFetch()
const device = await aSignedInDevice(server.url, 'lunner-forelder-1', 'demo', counter.fetch)
try {
  await firstSync(device)
  const signInAndFirstSyncRequests = counter.records.length
  counter.records.length = 0
  await syncAgain(device)
  const requests = counter.records
  const responseBodyBytes = requests.reduce((sum, record) => sum + record.bodyBytes, 0)
  const report = {
    target: `${TARGET_REQUESTS} request, ≤ ${TARGET_BODY_BYTES} bytes of body`,
    household: 'lunner-forelder-1 (demo seed)',
    signInAndFirstSyncRequests,
    requests: requests.length,
    responseBodyBytes,
    perRequest: requests,
    meetsTarget: requests.length <= TARGET_REQUESTS && responseBodyBytes <= TARGET_BODY_BYTES,
  }
  writeFileSync(output, JSON.stringify(report, null, 2))
  for (const record of requests)
    console.info(`${record.method} ${record.path}: ${record.status}, ${record.bodyBytes} bytes`)
  console.info(
    `sync with nothing new: ${report.requests} request(s), ${responseBodyBytes} bytes of body (target ${report.target}) ${report.meetsTarget ? '✓' : '✗'}`,
  )
} finally {
  await device.close()
  await server.close()
}
