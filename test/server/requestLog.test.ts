// The request log: one JSON line per request, with an id the response echoes, and nothing a family or
// staff member sent: no body, query, token or id from the path.
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { requestLog } from '../../src/server/http/requestLog'
import { aChecklistItem, aMutation, send } from './support/builders'
import { useTestServer } from './support/testServer'

const world = useTestServer({ demo: true })

interface RequestLine {
  level: string
  msg: string
  requestId: string
  method: string
  route: string
  status: number
  durationMs: number
}

const requestLines = () =>
  world()
    .logs.filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as RequestLine)
    .filter((line) => line.msg === 'request')

describe('the request log', () => {
  it('has one JSON line per request: id, method, route template, status and time — no token, id, body or query', async () => {
    const session = await world().signIn('lunner-forelder-1')
    const family = await world().family('lunner-forelder-1')
    const [ida] = family.all('recipient')
    await send(
      family.client,
      aMutation('upsertChecklistItem', { item: aChecklistItem(ida!.id, { label: 'Hemmelig medisin' }) }),
    )
    await family.client.get(`/sync?cursor=${family.cursor}`)
    const staff = await world().as('lunner-ansatt')
    await staff.patch(`/staff/stays/${family.all('stay')[0]!.id}`, { notes: 'Allergi mot nøtter' })

    const lines = requestLines()
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'info', method: 'POST', route: '/api/v1/session', status: 200 }),
    )
    expect(lines).toContainEqual(
      expect.objectContaining({ method: 'PATCH', route: '/api/v1/staff/stays/:id', status: 200 }),
    )
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(
        ['durationMs', 'level', 'method', 'msg', 'requestId', 'route', 'status'].sort(),
      )
      expect(line.durationMs).toBeGreaterThanOrEqual(0)
      expect(line.route).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/)
    }
    const text = world().logs.join('\n')
    expect(text).not.toContain(session.token)
    expect(text).not.toMatch(/cursor|demo|Hemmelig|Allergi/)
  })

  it('gives each request its own id and echoes it in X-Request-Id', async () => {
    const first = await world().anonymous.get('/municipality')
    const second = await world().anonymous.get('/municipality')
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')]
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(ids[1]).not.toBe(ids[0])
    expect(requestLines().map((line) => line.requestId)).toEqual(expect.arrayContaining(ids))
  })

  it('keeps the id a proxy sent, when it is a sane one', async () => {
    const response = await world().anonymous.get('/municipality', {
      headers: { 'x-request-id': 'nginx-4f2a9c1e7b3d:01' },
    })
    expect(response.headers.get('x-request-id')).toBe('nginx-4f2a9c1e7b3d:01')
    expect(requestLines().at(-1)).toMatchObject({ requestId: 'nginx-4f2a9c1e7b3d:01', status: 401 })
  })

  it('replaces an id that is too long, too short or carries more than plain characters', async () => {
    for (const sent of ['x'.repeat(129), 'short', 'ok {"level":"error"}', 'fødselsnummer 12838610089', 'a\tb-cdefgh']) {
      const response = await world().anonymous.get('/municipality', { headers: { 'x-request-id': sent } })
      const id = response.headers.get('x-request-id')
      expect(id).not.toBe(sent)
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      expect(requestLines().at(-1)?.requestId).toBe(id)
    }
  })

  it('leaves out the probes and the metrics scrapes, which come every few seconds', async () => {
    const before = requestLines().length
    for (const path of ['/livez', '/readyz', '/metrics'])
      expect((await fetch(`${world().url}${path}`)).status).toBe(200)
    expect(requestLines().length).toBe(before)
  })

  it('marks an answer of the server’s own failure (5xx) as an error', async () => {
    const lines: string[] = []
    const app = new Hono()
    app.use(
      '*',
      requestLog((line) => lines.push(line)),
    )
    app.get('/broken/:id', (c) => c.text('', 500))
    await app.request('/broken/42')
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', route: '/broken/:id', status: 500 })
  })
})
