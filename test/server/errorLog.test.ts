// A bug's log line names what went wrong and where, never what was sent: values are health data.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { describeRoutes } from '../../src/protocol/routes/route'
import { createApi } from '../../src/server/api/createApi'
import { attach } from '../../src/server/api/route'
import { noEvents } from '../../src/server/events'
import type { Database } from '../../src/server/storage/database'
import { testClock } from '../support/testClock'

/** The route under test never reaches the database; anything that does is a mistake of the test. */
const noDatabase = new Proxy({} as Database, {
  get: () => {
    throw new Error('no database in this test')
  },
})

function apiWhoseRouteFails(failure: (start: string) => Error) {
  const lines: string[] = []
  const routes = describeRoutes({
    failing: {
      method: 'post',
      path: '/failing',
      summary: 'Fails the way a bug would, with the value in its message',
      access: 'anyone',
      body: z.strictObject({ start: z.string() }),
      response: null,
    },
  })
  const failing = attach(routes, {
    async failing({ body }) {
      throw failure(body.start)
    },
  })
  const api = createApi(
    { db: noDatabase, clock: testClock(), events: noEvents, log: (line) => lines.push(line) },
    failing,
  )
  const post = () =>
    api.request('/failing', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ start: '0000-06-01T10:00:00.000Z' }),
    })
  return { lines, post }
}

describe('the error log', () => {
  it('logs a bug by its kind and route only, without the value in its message or stack', async () => {
    const { lines, post } = apiWhoseRouteFails((start) => new RangeError(`value out of range: "${start}"`))
    const response = await post()
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({
      error: { code: 'internal', message: 'Something went wrong on the server' },
    })
    expect(lines).toEqual(['error: POST /failing: RangeError'])
  })

  it('names a database error by its SQLSTATE, not by the text that broke it', async () => {
    const { lines, post } = apiWhoseRouteFails((start) =>
      Object.assign(new Error(`invalid input syntax for type timestamp: "${start}"`), { code: '22007' }),
    )
    expect((await post()).status).toBe(500)
    expect(lines).toEqual(['error: POST /failing: Error 22007'])
  })
})
