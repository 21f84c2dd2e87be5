import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ErrorBody, MAX_BODY_BYTES, MAX_MUTATIONS_PER_REQUEST } from '../../src/protocol'
import type { ApiClient } from './support/apiClient'
import { aCancellation } from './support/builders'
import { useTestServer } from './support/testServer'

const world = useTestServer({ demo: true })

type Who = 'anyone' | 'caregiver' | 'staff'

interface BadRequest {
  what: string
  who: Who
  method: string
  /** `:stayId` and the like stand for ids of the signed-in family's records. */
  path: string
  body?: Record<string, unknown> | ((ids: Ids) => Record<string, unknown>)
  raw?: string
  headers?: Record<string, string>
  status: 400 | 413
  field?: string
}

interface Ids {
  stayId: string
  recipientId: string
  placeId: string
  householdId: string
  requestId: string
}

const huge = 'x'.repeat(MAX_BODY_BYTES + 1)
const everyBodyRoute: { who: Who; method: string; path: string }[] = [
  { who: 'anyone', method: 'POST', path: '/session' },
  { who: 'caregiver', method: 'POST', path: '/mutations' },
  { who: 'staff', method: 'POST', path: '/staff/stays' },
  { who: 'staff', method: 'PATCH', path: '/staff/stays/:stayId' },
  { who: 'staff', method: 'POST', path: '/staff/change-requests/:requestId/decision' },
  { who: 'staff', method: 'POST', path: '/staff/messages' },
  { who: 'staff', method: 'PUT', path: '/staff/municipality' },
]

const stay = (ids: Ids) => ({
  recipientId: ids.recipientId,
  placeId: ids.placeId,
  kind: 'municipalUnit',
  start: '2026-12-05T15:00:00.000Z',
  end: '2026-12-06T15:00:00.000Z',
})

const cases: BadRequest[] = [
  ...everyBodyRoute.flatMap((route): BadRequest[] => [
    { what: 'bad JSON', ...route, raw: '{"mutations": [', status: 400 },
    { what: 'a JSON array instead of an object', ...route, raw: '[]', status: 400 },
    {
      what: 'a body that is not sent as JSON',
      ...route,
      raw: '{}',
      headers: { 'content-type': 'text/plain' },
      status: 400,
      field: 'content-type',
    },
    { what: 'a body over the size limit', ...route, raw: `{"x":"${huge}"}`, status: 413 },
  ]),
  {
    what: 'a username of the wrong type',
    who: 'anyone',
    method: 'POST',
    path: '/session',
    body: { username: 42, password: 'demo' },
    status: 400,
    field: 'username',
  },
  {
    what: 'a missing password',
    who: 'anyone',
    method: 'POST',
    path: '/session',
    body: { username: 'lunner-forelder-1' },
    status: 400,
    field: 'password',
  },
  {
    what: 'an unknown field at sign-in',
    who: 'anyone',
    method: 'POST',
    path: '/session',
    body: { username: 'lunner-forelder-1', password: 'demo', admin: true },
    status: 400,
    field: 'admin',
  },
  {
    what: 'a cursor that is not a number',
    who: 'caregiver',
    method: 'GET',
    path: '/sync?cursor=-1',
    status: 400,
    field: 'cursor',
  },
  {
    what: 'a page size over the limit',
    who: 'caregiver',
    method: 'GET',
    path: '/sync?limit=100000',
    status: 400,
    field: 'limit',
  },
  {
    what: 'mutations that are not a list',
    who: 'caregiver',
    method: 'POST',
    path: '/mutations',
    body: { mutations: 'all of them' },
    status: 400,
    field: 'mutations',
  },
  {
    what: 'no mutations field',
    who: 'caregiver',
    method: 'POST',
    path: '/mutations',
    body: {},
    status: 400,
    field: 'mutations',
  },
  {
    what: 'an empty list of mutations',
    who: 'caregiver',
    method: 'POST',
    path: '/mutations',
    body: { mutations: [] },
    status: 400,
    field: 'mutations',
  },
  {
    what: 'too many mutations at once',
    who: 'caregiver',
    method: 'POST',
    path: '/mutations',
    body: (ids) => ({
      mutations: Array.from({ length: MAX_MUTATIONS_PER_REQUEST + 1 }, () => aCancellation(ids.stayId)),
    }),
    status: 400,
    field: 'mutations',
  },
  {
    what: 'an unknown top-level field',
    who: 'caregiver',
    method: 'POST',
    path: '/mutations',
    body: (ids) => ({ mutations: [aCancellation(ids.stayId)], force: true }),
    status: 400,
    field: 'force',
  },
  {
    what: 'a mutation id that is not a UUID',
    who: 'caregiver',
    method: 'POST',
    path: '/mutations',
    body: (ids) => ({ mutations: [{ ...aCancellation(ids.stayId), id: 'mutation-1' }] }),
    status: 400,
    field: 'mutations.0.id',
  },
  {
    what: 'a username with a NUL character',
    who: 'anyone',
    method: 'POST',
    path: '/session',
    body: { username: 'lunner-forelder-1\u0000', password: 'demo' },
    status: 400,
    field: 'username',
  },
  {
    what: 'a password with half of a surrogate pair',
    who: 'anyone',
    method: 'POST',
    path: '/session',
    body: { username: 'lunner-forelder-1', password: 'demo\uDC00' },
    status: 400,
    field: 'password',
  },
  {
    what: 'a stay in the year 0000',
    who: 'staff',
    method: 'POST',
    path: '/staff/stays',
    body: (ids) => ({ ...stay(ids), start: '0000-06-01T10:00:00.000Z' }),
    status: 400,
    field: 'start',
  },
  {
    what: 'transport with a NUL character',
    who: 'staff',
    method: 'POST',
    path: '/staff/stays',
    body: (ids) => ({ ...stay(ids), transportTo: 'Taxi\u0000' }),
    status: 400,
    field: 'transportTo',
  },
  {
    what: 'a move to the year 9999',
    who: 'staff',
    method: 'PATCH',
    path: '/staff/stays/:stayId',
    body: { end: '9999-12-31T23:59:59.000Z' },
    status: 400,
    field: 'end',
  },
  {
    what: 'an answer note with half of a surrogate pair',
    who: 'staff',
    method: 'POST',
    path: '/staff/change-requests/:requestId/decision',
    body: { status: 'declined', note: 'Beklager \uD83D' },
    status: 400,
    field: 'note',
  },
  {
    what: 'a notice title with a NUL character',
    who: 'staff',
    method: 'POST',
    path: '/staff/messages',
    body: (ids) => ({ householdId: ids.householdId, title: 'Hei\u0000', body: 'Hei' }),
    status: 400,
    field: 'title',
  },
  {
    what: 'a deadline rule in a time zone that does not exist',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { changeDeadline: { daysBefore: 1, time: '15:00', timeZone: 'Mars/Olympus_Mons' } },
    status: 400,
    field: 'changeDeadline.timeZone',
  },
  {
    what: 'a postal address with a NUL character',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { postalAddress: 'Postboks 1\u0000' },
    status: 400,
    field: 'postalAddress',
  },
  {
    what: 'a summer application deadline in the year 0000',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { summerRespite: { applicationDeadline: '0000-03-01T10:00:00.000Z', from: '2027-06-20', to: '2027-08-15' } },
    status: 400,
    field: 'summerRespite.applicationDeadline',
  },
  {
    what: 'a stay without a start',
    who: 'staff',
    method: 'POST',
    path: '/staff/stays',
    body: (ids) => ({ ...stay(ids), start: undefined }),
    status: 400,
    field: 'start',
  },
  {
    what: 'a stay of an unknown kind',
    who: 'staff',
    method: 'POST',
    path: '/staff/stays',
    body: (ids) => ({ ...stay(ids), kind: 'hotel' }),
    status: 400,
    field: 'kind',
  },
  {
    what: 'a recipient id that is not a UUID',
    who: 'staff',
    method: 'POST',
    path: '/staff/stays',
    body: (ids) => ({ ...stay(ids), recipientId: '1 OR 1=1' }),
    status: 400,
    field: 'recipientId',
  },
  {
    what: 'an unknown field on a new stay',
    who: 'staff',
    method: 'POST',
    path: '/staff/stays',
    body: (ids) => ({ ...stay(ids), status: 'changed' }),
    status: 400,
    field: 'status',
  },
  {
    what: 'a stay id in the path that is not a UUID',
    who: 'staff',
    method: 'PATCH',
    path: '/staff/stays/42',
    body: { status: 'cancelledByMunicipality' },
    status: 400,
    field: 'id',
  },
  {
    what: 'a patch that changes nothing',
    who: 'staff',
    method: 'PATCH',
    path: '/staff/stays/:stayId',
    body: { note: 'Bare en hilsen' },
    status: 400,
  },
  {
    what: 'a status staff may not set',
    who: 'staff',
    method: 'PATCH',
    path: '/staff/stays/:stayId',
    body: { status: 'cancelledByFamily' },
    status: 400,
    field: 'status',
  },
  {
    what: 'notes of the wrong type',
    who: 'staff',
    method: 'PATCH',
    path: '/staff/stays/:stayId',
    body: { notes: ['a'] },
    status: 400,
    field: 'notes',
  },
  {
    what: 'a request id in the path that is not a UUID',
    who: 'staff',
    method: 'POST',
    path: '/staff/change-requests/abc/decision',
    body: { status: 'accepted' },
    status: 400,
    field: 'id',
  },
  {
    what: 'an answer that is neither accepted nor declined',
    who: 'staff',
    method: 'POST',
    path: '/staff/change-requests/:requestId/decision',
    body: { status: 'maybe' },
    status: 400,
    field: 'status',
  },
  {
    what: 'a notice without a title',
    who: 'staff',
    method: 'POST',
    path: '/staff/messages',
    body: (ids) => ({ householdId: ids.householdId, body: 'Hei' }),
    status: 400,
    field: 'title',
  },
  {
    what: 'a notice body over 2,000 characters',
    who: 'staff',
    method: 'POST',
    path: '/staff/messages',
    body: (ids) => ({ householdId: ids.householdId, title: 'Hei', body: 'x'.repeat(2001) }),
    status: 400,
    field: 'body',
  },
  {
    what: 'a deadline at 25:00',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { changeDeadline: { daysBefore: 1, time: '25:00', timeZone: 'Europe/Oslo' } },
    status: 400,
    field: 'changeDeadline.time',
  },
  {
    what: 'an unknown municipality field',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { id: randomUUID() },
    status: 400,
    field: 'id',
  },
  {
    what: 'a municipality name with a line break, which would become calendar structure',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { name: 'Lunner\r\nEND:VCALENDAR' },
    status: 400,
    field: 'name',
  },
  {
    what: 'a notice title with a line feed',
    who: 'staff',
    method: 'POST',
    path: '/staff/messages',
    body: (ids) => ({ householdId: ids.householdId, title: 'Hei\nhei', body: 'Hei' }),
    status: 400,
    field: 'title',
  },
  {
    what: 'a contact name with a control character',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { contacts: [{ name: 'Tildeling\u001b[2J', phone: null, email: null }] },
    status: 400,
    field: 'contacts.0.name',
  },
  {
    what: 'an unknown field inside the change deadline rule',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { changeDeadline: { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo', weekendsToo: true } },
    status: 400,
    field: 'changeDeadline.weekendsToo',
  },
  {
    what: 'an unknown field inside summer respite',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: {
      summerRespite: {
        applicationDeadline: '2027-03-01T10:00:00.000Z',
        from: '2027-06-20',
        to: '2027-08-15',
        weeks: 3,
      },
    },
    status: 400,
    field: 'summerRespite.weeks',
  },
  {
    what: 'a summer season that ends before it starts',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { summerRespite: { applicationDeadline: '2027-03-01T10:00:00.000Z', from: '2027-08-15', to: '2027-06-20' } },
    status: 400,
    field: 'summerRespite.to',
  },
  ...['US/Pacific', 'EST', 'CET', 'Etc/GMT+5'].map((timeZone): BadRequest => ({
    what: `a deadline rule in ${timeZone}, a rule's name rather than a place's`,
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { changeDeadline: { daysBefore: 1, time: '15:00', timeZone } },
    status: 400,
    field: 'changeDeadline.timeZone',
  })),
  {
    what: 'an apply link that is not a URL',
    who: 'staff',
    method: 'PUT',
    path: '/staff/municipality',
    body: { applyUrl: 'javascript alert' },
    status: 400,
    field: 'applyUrl',
  },
]

async function fingerprint(): Promise<unknown> {
  const [row] = await world().db.query(`SELECT
    (SELECT count(*)::int FROM records) AS records,
    (SELECT coalesce(max(seq), 0)::text FROM records) AS seq,
    (SELECT count(*)::int FROM applied_mutations) AS applied,
    (SELECT count(*)::int FROM sessions) AS sessions,
    (SELECT coalesce(sum(attempts), 0)::int FROM login_attempts) AS sign_in_attempts,
    (SELECT string_agg(data::text, '|' ORDER BY id) FROM municipalities) AS municipalities`)
  return row
}

async function clientFor(who: Who): Promise<ApiClient> {
  if (who === 'caregiver') return world().as('lunner-forelder-1')
  if (who === 'staff') return world().as('lunner-ansatt')
  return world().anonymous
}

let cachedIds: Ids | undefined
async function ids(): Promise<Ids> {
  if (cachedIds) return cachedIds
  const family = await world().family('lunner-forelder-1')
  const stay = family.all('stay').find((candidate) => candidate.start > world().clock.iso())!
  const request = family.all('changeRequest')[0]!
  const { user } = await world().signIn('lunner-forelder-1')
  cachedIds = {
    stayId: stay.id,
    recipientId: stay.recipientId,
    placeId: stay.placeId,
    householdId: user.householdId!,
    requestId: request.id,
  }
  return cachedIds
}

describe('bad input is answered with 4xx in the error shape, and changes nothing', () => {
  it.each(cases)('$method $path: $what', async (bad) => {
    const known = await ids()
    const client = await clientFor(bad.who)
    const family = await world().family('lunner-forelder-1')
    const before = await fingerprint()
    const path = bad.path.replace(/:(\w+)/g, (_, name: keyof Ids) => known[name])
    const body = typeof bad.body === 'function' ? bad.body(known) : bad.body
    const response = await client.request(bad.method, path, {
      body,
      ...(bad.raw === undefined ? {} : { raw: bad.raw }),
      ...(bad.headers ? { headers: bad.headers } : {}),
    })
    expect(response.status).toBe(bad.status)
    const { error } = ErrorBody.parse(response.body)
    expect(error.code).toBe(bad.status === 413 ? 'payload_too_large' : 'invalid_request')
    if (bad.field) expect(error.field).toBe(bad.field)
    expect(await fingerprint()).toEqual(before)
    expect(await family.sync()).toEqual([])
  })

  it('refuses a body over the size limit even when it is streamed without a length', async () => {
    const client = await world().as('lunner-forelder-1')
    const before = await fingerprint()
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    const response = await fetch(`${world().url}/api/v1/mutations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(ErrorBody.parse(await response.json()).error.code).toBe('payload_too_large')
    expect(await fingerprint()).toEqual(before)
  })

  it('answers an unknown API path with 404 in the error shape, never with the app', async () => {
    for (const path of ['/api/v1/nothing-here', '/api/v2/sync', '/api/v1/staff/municipality']) {
      const response = await fetch(world().url + path)
      expect(response.status).toBe(404)
      expect(ErrorBody.parse(await response.json()).error.code).toBe('not_found')
    }
  })
})
