import { afterEach, describe, expect, it, vi } from 'vitest'
import { startRepeatingJob, type RepeatingJob } from '../../../src/server/operations/repeatingJob'

let job: RepeatingJob | undefined
afterEach(() => job?.stop())

describe('a job the server repeats', () => {
  it('stops only once a run under way has ended, so the database may close after it', async () => {
    let finish = () => {}
    const run = new Promise<null>((resolve) => (finish = () => resolve(null)))
    job = startRepeatingJob(
      'retention',
      60_000,
      () => run,
      () => undefined,
    )
    let stopped = false
    const stopping = job.stop().then(() => (stopped = true))
    await Promise.resolve()
    expect(stopped).toBe(false)
    finish()
    await stopping
    expect(stopped).toBe(true)
  })

  it('logs the counts it answers, and nothing when it did nothing', async () => {
    const lines: string[] = []
    const answers = [null, { deleted: 2 }]
    vi.useFakeTimers()
    try {
      job = startRepeatingJob(
        'retention',
        1000,
        async () => answers.shift() ?? null,
        (line) => lines.push(line),
      )
      await vi.advanceTimersByTimeAsync(1000)
    } finally {
      vi.useRealTimers()
    }
    expect(lines.map((line) => JSON.parse(line))).toEqual([{ level: 'info', msg: 'retention', deleted: 2 }])
  })

  it("logs a failure by its kind only, never the database's words, which can name what it touched", async () => {
    const lines: string[] = []
    const failure = new TypeError('key (household_id)=(5f0c1d2e-…) is still referenced')
    job = startRepeatingJob(
      'retention',
      60_000,
      () => Promise.reject(failure),
      (line) => lines.push(line),
    )
    await vi.waitFor(() => expect(lines).toHaveLength(1))
    expect(JSON.parse(lines[0]!)).toEqual({ level: 'error', msg: 'retention failed', error: 'TypeError' })
    expect(lines[0]).not.toContain('household')
  })
})
