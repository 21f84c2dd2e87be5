import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  API_PREFIX,
  Cursor,
  MAX_BODY_BYTES,
  MAX_MUTATIONS_PER_REQUEST,
  MutationResult,
  MutationStatus,
  MutationsRequest,
  MutationsResponse,
  PushPublicKeyResponse,
  PushSubscriptionRequest,
  PushUnsubscribeRequest,
  Role,
  SessionRequest,
  SessionResponse,
  StaffChangeRequestDecision,
  StaffMessageCreate,
  StaffMunicipalityUpdate,
  StaffStayCreate,
  StaffStayPatch,
  StaffSummerApplicationAnswer,
  SyncQuery,
  SyncResponse,
} from '../../../src/protocol/api'
import { anId } from '../../support/builders'
import { informationTexts } from '../../support/calendarBuilders'
import { aMutation } from '../../support/mutationBuilders'
import { aPushSubscription } from '../../support/pushBuilders'
import { acceptedAmong, problemWith, refusedAmong } from '../../support/schemaChecks'

const texts = informationTexts('Avlastning gir pusterom.')
const aCancellation = () => aMutation('requestCancellation', { changeRequestId: anId(), stayId: anId(), message: '' })
const user = { id: anId(), name: 'Hanne Berg', role: 'caregiver', householdId: anId(), municipalityId: anId() }
const change = { entity: 'stay', id: anId(), version: 7, deleted: false, data: { note: 'any record' } }

const bodies: [string, z.ZodType, unknown][] = [
  ['a demo sign-in', SessionRequest, { username: 'lunner-forelder-1', password: 'demo' }],
  ['a session', SessionResponse, { token: 'x'.repeat(43), expiresAt: '2026-12-23T10:00:00.000Z', user }],
  ['a pull from a cursor', SyncQuery, { cursor: '1234', limit: 500 }],
  ['a page of changes', SyncResponse, { cursor: '1234', changes: [change], hasMore: true }],
  ['a batch of two actions', MutationsRequest, { mutations: [aCancellation(), aCancellation()] }],
  [
    'what became of them',
    MutationsResponse,
    {
      results: [
        { id: anId(), status: 'applied' },
        { id: anId(), status: 'duplicate' },
      ],
    },
  ],
  [
    'a conflict with the record as it is now',
    MutationResult,
    { id: anId(), status: 'rejected', error: { code: 'conflict', message: 'changed since', current: change } },
  ],
  ['the server’s push key', PushPublicKeyResponse, { publicKey: 'BPt0x997' }],
  ['a push subscription', PushSubscriptionRequest, aPushSubscription({ expirationTime: null, locale: 'nn' })],
  ['an unsubscription', PushUnsubscribeRequest, { endpoint: 'https://push.example.com/send/abc123' }],
  [
    'a stay staff plan',
    StaffStayCreate,
    {
      recipientId: anId(),
      placeId: anId(),
      kind: 'municipalUnit',
      start: '2026-11-27T15:00:00.000Z',
      end: '2026-11-29T15:00:00.000Z',
      transportTo: 'Taxi',
      transportFrom: 'Foreldre henter',
      notes: 'Husk ladeledning.',
    },
  ],
  [
    'a cancellation of a stay with a note',
    StaffStayPatch,
    { status: 'cancelledByMunicipality', reason: 'placeClosed', note: 'Stengt for vask.' },
  ],
  ['a stay planned again', StaffStayPatch, { status: 'planned' }],
  ['a change of a stay’s transport', StaffStayPatch, { status: 'changed', transportTo: 'Buss', transportFrom: 'Taxi' }],
  ['an accepted request', StaffChangeRequestDecision, { status: 'accepted', note: 'Greit.' }],
  ['a declined request', StaffChangeRequestDecision, { status: 'declined', reason: 'afterDeadline' }],
  ['a granted summer application', StaffSummerApplicationAnswer, { status: 'granted', note: 'Uke 28.' }],
  ['a declined summer application', StaffSummerApplicationAnswer, { status: 'declined', reason: 'noRoom' }],
  ['a notice to a household', StaffMessageCreate, { householdId: anId(), title: 'Juleavslutning', body: 'Velkommen!' }],
  [
    'the municipality’s settings',
    StaffMunicipalityUpdate,
    {
      name: 'Lunner kommune',
      changeDeadline: { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' },
      contacts: [
        { name: 'Tildeling', phone: '+47 61 32 40 00', email: null },
        { name: 'Solsikken', phone: null, email: 'solsikken@lunner.kommune.no' },
      ],
      postalAddress: 'Postboks 4, 2740 Roa',
      information: { nb: texts, nn: texts, en: texts },
    },
  ],
]

describe('the bodies of the API', () => {
  it.each(bodies)('takes %s as sent', (_, schema, body) => {
    expect(schema.parse(body)).toEqual(body)
  })

  it('answers under /api/v1, reads bodies up to 256 KB and at most 100 actions a request', () => {
    expect([API_PREFIX, MAX_BODY_BYTES, MAX_MUTATIONS_PER_REQUEST]).toEqual(['/api/v1', 262_144, 100])
  })

  it('names who signs in, and what became of each action', () => {
    expect([Role.options, MutationStatus.options]).toEqual([
      ['caregiver', 'staff'],
      ['applied', 'duplicate', 'rejected'],
    ])
  })
})

describe('what the API refuses', () => {
  it('refuses a sign-in with an empty username or password, or a field it does not know', () => {
    const attempts = [
      { username: '', password: 'demo' },
      { username: 'lunner-forelder-1', password: '' },
      { username: 'lunner-forelder-1', password: 'demo', remember: true },
    ]
    expect(acceptedAmong(SessionRequest, attempts)).toEqual([])
  })

  it('takes a cursor of up to 18 digits and nothing else', () => {
    expect(refusedAmong(Cursor, ['0', '123456789012345678'])).toEqual([])
    expect(acceptedAmong(Cursor, ['', '1234567890123456789', '12a', '-1', ' 12'])).toEqual([])
  })

  it('reads a pull’s limit from the query string, from 1 to 2000', () => {
    expect(SyncQuery.parse({ limit: '2000' })).toEqual({ limit: 2000 })
    expect(acceptedAmong(SyncQuery, [{ limit: '0' }, { limit: '2001' }, { limit: '1.5' }])).toEqual([])
  })

  it('refuses an empty batch of actions and one of more than 100', () => {
    const batch = (size: number) => ({ mutations: Array.from({ length: size }, aCancellation) })
    expect(refusedAmong(MutationsRequest, [batch(1), batch(100)])).toEqual([])
    expect(acceptedAmong(MutationsRequest, [batch(0), batch(101)])).toEqual([])
  })

  it('refuses a change of a stay that only carries a note, saying there is nothing to change', () => {
    expect(problemWith(StaffStayPatch, { note: 'Bare en hilsen.' })).toBe('nothing to change')
  })

  it('takes a change of a stay’s place alone', () => {
    expect(refusedAmong(StaffStayPatch, [{ placeId: anId() }])).toEqual([])
  })

  it('refuses more than 20 contacts in the municipality’s settings', () => {
    const contacts = (count: number) => ({
      contacts: Array.from({ length: count }, () => ({ name: 'Tildeling', phone: null, email: null })),
    })
    expect(refusedAmong(StaffMunicipalityUpdate, [contacts(20)])).toEqual([])
    expect(acceptedAmong(StaffMunicipalityUpdate, [contacts(21)])).toEqual([])
  })
})
