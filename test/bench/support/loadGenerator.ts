// Closed-loop HTTP load on loopback: a fixed number of workers, each sending its next request as soon
// as the last one is answered, for a fixed time. Plain node:http with keep-alive, so the generator
// costs as little CPU as it can (fetch costs several times more per request).
import http from 'node:http'
import { performance } from 'node:perf_hooks'

export interface LoadRequest {
  path: string
  headers: Record<string, string>
}

export interface LoadResult {
  requests: number
  failures: number
  /** A sample of what went wrong (status and the start of the body). */
  firstFailure: string | null
  seconds: number
  perSecond: number
  latenciesMs: number[]
}

export interface LoadOptions {
  baseUrl: string
  concurrency: number
  durationMs: number
  /** The n-th request of the run. */
  request: (n: number) => LoadRequest
  /** Whether an answer is the expected one. */
  accept: (status: number, body: string) => boolean
}

function send(agent: http.Agent, url: URL, request: LoadRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { agent, hostname: url.hostname, port: url.port, path: request.path, headers: request.headers },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        )
        response.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.baseUrl)
  if (url.hostname !== '127.0.0.1') throw new Error(`load only on loopback, not ${url.hostname}`)
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency })
  const latenciesMs: number[] = []
  let failures = 0
  let firstFailure: string | null = null
  let next = 0
  const started = performance.now()
  const deadline = started + options.durationMs
  const worker = async () => {
    while (performance.now() < deadline) {
      const request = options.request(next++)
      const sent = performance.now()
      try {
        const answer = await send(agent, url, request)
        latenciesMs.push(performance.now() - sent)
        if (!options.accept(answer.status, answer.body)) {
          failures += 1
          firstFailure ??= `${answer.status} ${answer.body.slice(0, 200)}`
        }
      } catch (error) {
        failures += 1
        firstFailure ??= error instanceof Error ? error.message : String(error)
      }
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return {
    requests: latenciesMs.length,
    failures,
    firstFailure,
    seconds: +seconds.toFixed(2),
    perSecond: Math.round(latenciesMs.length / seconds),
    latenciesMs,
  }
}

/** Several runs of the same load as one: their requests, failures and time summed, their latencies together. */
export function combined(runs: readonly LoadResult[]): LoadResult {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0)
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0)
  return {
    requests,
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
    firstFailure: runs.find((run) => run.firstFailure !== null)?.firstFailure ?? null,
    seconds: +seconds.toFixed(2),
    perSecond: Math.round(requests / seconds),
    latenciesMs: runs.flatMap((run) => run.latenciesMs),
  }
}
