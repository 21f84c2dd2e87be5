// The server's metrics in Prometheus' text format (prom-client), one registry per server: requests by
// route template and status, their latency, sync pulls, the job queues and the pushes. Labels carry
// templates and outcomes only, never ids, so the series stay few and say nothing about anyone.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { PushOutcome } from '../push/pushSender'

export interface JobQueueStats {
  queue: 'push' | 'reminder'
  /** Jobs whose time has come and that no process holds. */
  due: number
  /** How long the oldest of them has waited, in seconds (0 when none waits). */
  oldestDueSeconds: number
}

export interface ServerMetrics {
  registry: Registry
  request(method: string, route: string, status: number, seconds: number): void
  syncPull(status: number): void
  push(outcome: PushOutcome): void
}

export function createServerMetrics(jobQueues: () => Promise<readonly JobQueueStats[]>): ServerMetrics {
  const registry = new Registry()
  const registers = [registry]
  collectDefaultMetrics({ register: registry })
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  })
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request to its answer, by method and route template',
    labelNames: ['method', 'route'] as const,
    registers,
  })
  const pulls = new Counter({
    name: 'pusterom_sync_pulls_total',
    help: 'Sync pulls (GET /api/v1/sync) answered, by status',
    labelNames: ['status'] as const,
    registers,
  })
  const pushes = new Counter({
    name: 'pusterom_pushes_total',
    help: 'Pushes handed to push services: delivered, failed (tried again later) or gone (the device unsubscribed)',
    labelNames: ['outcome'] as const,
    registers,
  })
  // Read from the database when scraped, so every process reports the shared queues alike: once per
  // scrape, as prom-client starts every gauge's collect in the same turn, so the two gauges share one read.
  // A database that does not answer leaves the queues out of the scrape rather than failing it.
  let latest: Promise<readonly JobQueueStats[]> | null = null
  const statsOnce = () => {
    if (latest) return latest
    latest = jobQueues().catch((): readonly JobQueueStats[] => [])
    queueMicrotask(() => (latest = null))
    return latest
  }
  const queueGauges: ReadonlyArray<readonly [string, string, (stats: JobQueueStats) => number]> = [
    ['pusterom_jobs_due', 'Jobs whose time has come and that no process holds, by queue', (stats) => stats.due],
    [
      'pusterom_jobs_oldest_due_age_seconds',
      'How long the oldest due job has waited, by queue (0 when none waits)',
      (stats) => stats.oldestDueSeconds,
    ],
  ]
  for (const [name, help, value] of queueGauges)
    new Gauge({
      name,
      help: `${help} (push_jobs, reminder_jobs)`,
      labelNames: ['queue'] as const,
      registers,
      async collect() {
        const queues = await statsOnce()
        this.reset()
        for (const stats of queues) this.set({ queue: stats.queue }, value(stats))
      },
    })
  for (const outcome of ['delivered', 'failed', 'gone'] as const) pushes.inc({ outcome }, 0)

  return {
    registry,
    request(method, route, status, seconds) {
      requests.inc({ method, route, status })
      latency.observe({ method, route }, seconds)
    },
    syncPull: (status) => pulls.inc({ status }),
    push: (outcome) => pushes.inc({ outcome }),
  }
}
