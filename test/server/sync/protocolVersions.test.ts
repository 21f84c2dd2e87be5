// Phones keep an old version of the app for weeks. Each request says which protocol version the app
// speaks (`pusterom-protocol`); the server serves the current version and the one before, leaving out
// of the feed what the older app cannot read, and asks an app older than that to update first.
import { describe, expect, it } from 'vitest'
import {
  EntityName,
  ErrorBody,
  PROTOCOL_HEADER,
  SyncResponse,
  entitySince,
  LongText,
  Message,
  ShortText,
  StayMessageFacts,
  type Medication,
} from '../../../src/protocol'
import { aMedication, aMutation, send } from '../support/builders'
import type { ApiClient } from '../support/apiClient'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

/** Every page of the household's feed as an app of `version` gets it (undefined: from before the header). */
async function wholeFeed(client: ApiClient, version: string | undefined) {
  const changes: SyncResponse['changes'] = []
  let cursor = ''
  for (;;) {
    const response = await client.get(`/sync${cursor && `?cursor=${cursor}`}`, {
      headers: { [PROTOCOL_HEADER]: version },
    })
    expect(response.status).toBe(200)
    const page = SyncResponse.parse(response.body)
    changes.push(...page.changes)
    cursor = page.cursor
    if (!page.hasMore) return { changes, cursor }
  }
}

/** Eirik keeps his time for Ida's Melatonin over the one Hanne set: Hanne's phones are told (a `replacedEdit`). */
async function hanneToldHerChangeWasReplaced(): Promise<void> {
  const hanne = await world().family('lunner-forelder-1')
  const eirik = await world().family('lunner-forelder-2')
  const [ida] = hanne.all('recipient')
  const melatonin: Medication = aMedication(ida!.id, { name: 'Melatonin', times: ['19:30'], notes: '' })
  await send(hanne.client, aMutation('upsertMedication', { medication: melatonin, base: null }))
  const hannes = { ...melatonin, times: ['20:00'] }
  await send(hanne.client, aMutation('upsertMedication', { medication: hannes, base: melatonin }))
  const kept = { ...hannes, times: ['19:30'] }
  const [answer] = await send(
    eirik.client,
    aMutation('upsertMedication', { medication: kept, base: hannes, keepsMine: true }),
  )
  expect(answer?.status).toBe('applied')
}

/** A message as an app of version 1 checks it: title and body required, facts only about stays. */
const versionOneMessage = Message.extend({
  title: ShortText,
  body: LongText,
  facts: StayMessageFacts.nullable().optional(),
})

/** The entities an app of version 1 knows: its EntityName had none of those a later version brought. */
const versionOneEntities = EntityName.options.filter((entity) => (entitySince[entity] ?? 1) <= 1)

describe('an app from before the protocol header (version 1)', () => {
  it('gets the feed without what it cannot read, and its cursor moves past that all the same', async () => {
    await hanneToldHerChangeWasReplaced()
    const hanne = await world().as('lunner-forelder-1')

    const current = await wholeFeed(hanne, '2')
    const old = await wholeFeed(hanne, undefined)

    expect(current.changes.some((change) => change.entity === 'replacedEdit')).toBe(true)
    expect(
      old.changes.map((change) => change.entity).filter((entity) => !versionOneEntities.includes(entity as EntityName)),
    ).toEqual([])
    const named = (changes: SyncResponse['changes']) =>
      changes.map(({ entity, id, version }) => ({ entity, id, version }))
    expect(named(old.changes)).toEqual(named(current.changes.filter((change) => change.entity !== 'replacedEdit')))
    expect(old.cursor).toBe(current.cursor)
  })

  it('gets every message with a Bokmål title and body, and no facts of a kind it does not know', async () => {
    const staff = await world().as('gjovik-ansatt')
    const rule = { daysBefore: 2, time: '12:00', timeZone: 'Europe/Oslo' }
    expect((await staff.put('/staff/municipality', { changeDeadline: rule })).status).toBe(200)
    const parent = await world().as('gjovik-forelder-1')

    const current = (await wholeFeed(parent, '2')).changes.filter((change) => change.entity === 'message')
    const old = (await wholeFeed(parent, undefined)).changes.filter((change) => change.entity === 'message')

    const rulesNotice = current.find((change) => (change.data as Message).facts?.kind === 'rulesChanged')
    expect(rulesNotice?.data).not.toHaveProperty('title')
    for (const change of old) {
      const message = versionOneMessage.parse(change.data)
      expect(message.title).not.toBe('')
      expect(message.body).not.toBe('')
    }
    const oldRulesNotice = old.find((change) => change.id === rulesNotice?.id)?.data as Message
    expect(oldRulesNotice).toMatchObject({ title: 'Nye frister fra kommunen', facts: null })
    expect(oldRulesNotice.body).toContain('12.00')
  })

  it('still sends its mutations in the shape it knew', async () => {
    const hanne = await world().family('lunner-forelder-1')
    const [ida] = hanne.all('recipient')
    const medication = aMedication(ida!.id, { name: 'Paracet' })
    const response = await hanne.client.post(
      '/mutations',
      { mutations: [aMutation('upsertMedication', { medication, baseVersion: null })] },
      { headers: { [PROTOCOL_HEADER]: undefined } },
    )
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ results: [{ status: 'applied' }] })
  })
})

describe('a protocol header that names no version', () => {
  it('is refused in the error shape, naming the header', async () => {
    const hanne = await world().as('lunner-forelder-1')
    const response = await hanne.get('/sync', { headers: { [PROTOCOL_HEADER]: 'nyeste' } })
    expect(response.status).toBe(400)
    expect(ErrorBody.parse(response.body).error).toMatchObject({ code: 'invalid_request', field: PROTOCOL_HEADER })
  })
})

describe('a server that no longer serves version 1 (OLDEST_APP_PROTOCOL=2)', () => {
  const newer = useTestServer({ demo: true, oldestServedProtocol: 2 })

  it('asks an app from before the header to update before it pulls or sends anything (426)', async () => {
    const hanne = await newer().as('lunner-forelder-1')
    const pull = await hanne.get('/sync', { headers: { [PROTOCOL_HEADER]: undefined } })
    const push = await hanne.post('/mutations', { mutations: [] }, { headers: { [PROTOCOL_HEADER]: '1' } })

    for (const response of [pull, push]) {
      expect(response.status).toBe(426)
      expect(ErrorBody.parse(response.body).error.code).toBe('app_outdated')
    }
    expect((await hanne.get('/sync')).status).toBe(200)
  })

  it('serves staff without the header: only the family app speaks the sync protocol', async () => {
    const tone = await newer().as('lunner-ansatt')
    expect((await tone.get('/staff/places', { headers: { [PROTOCOL_HEADER]: undefined } })).status).toBe(200)
  })
})
