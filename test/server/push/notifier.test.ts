// The municipality's news reaches each subscribed device as exactly one push that only that device can read.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PushMessage, defaultPushPreferences, type PushPreferences } from '../../../src/protocol/push'
import type { Message } from '../../../src/protocol'
import { createNotifier } from '../../../src/server/push/notifier'
import { pushEndpointRules } from '../../../src/server/push/pushEndpoint'
import { createPushSender } from '../../../src/server/push/pushSender'
import { subscriptionStore } from '../../../src/server/push/subscriptionStore'
import { loadVapidKeys, type VapidKeys } from '../../../src/server/push/vapidKeys'
import type { Database } from '../../../src/server/storage/database'
import { aBrowserSubscription, decryptPush, verifiedVapidClaims } from './support/browserPushKeys'
import {
  aHouseholdIn,
  aMunicipality,
  DATABASE_START_MS,
  putMunicipality,
  serverDatabaseForThisFile,
} from './support/serverRecords'
import { startPushServiceStandIn, type PushServiceStandIn } from './support/pushServiceStandIn'
import { testClock } from '../../support/testClock'

const NOW = new Date('2026-11-24T09:30:00.000Z')
let pushService: PushServiceStandIn
let vapid: VapidKeys
let db: Database
const municipality = aMunicipality()

beforeAll(async () => {
  db = await serverDatabaseForThisFile()
  await putMunicipality(db, municipality)
  pushService = await startPushServiceStandIn()
  vapid = await loadVapidKeys(db, {})
}, DATABASE_START_MS)
afterAll(() => pushService.close())

function aMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: randomUUID(),
    kind: 'stayCancelled',
    title: 'Oppholdet fredag er avlyst',
    body: 'Solsikken er stengt på grunn av vannlekkasje. Ring oss for et nytt tilbud.',
    stayId: randomUUID(),
    changeRequestId: null,
    createdAt: NOW.toISOString(),
    readAt: null,
    ...overrides,
  }
}

async function aSubscribedHousehold(
  preferences: PushPreferences = defaultPushPreferences,
  locale: 'nb' | 'nn' | 'en' = 'nb',
) {
  const householdId = (await aHouseholdIn(db, municipality)).id
  const device = aBrowserSubscription(pushService.url)
  await subscriptionStore(db).upsert(
    householdId,
    { endpoint: device.endpoint, keys: device.keys, preferences, locale },
    NOW.toISOString(),
  )
  return { householdId, device }
}

function notifier() {
  return createNotifier({
    subscriptions: subscriptionStore(db),
    send: createPushSender({ vapid, endpoints: pushEndpointRules({ allowLoopback: true }) }),
    clock: testClock(NOW.toISOString()),
    log: () => {},
  })
}

const pushesTo = (endpoint: string) =>
  pushService.received.filter((push) => `${pushService.url}${push.path}` === endpoint)

describe('a push about a message from the municipality', () => {
  it('arrives once, readable only with the device keys, without the details the family kept off the lock screen', async () => {
    const { householdId, device } = await aSubscribedHousehold()
    const message = aMessage()
    const before = pushService.received.length

    await notifier().messageCreated(householdId, message, '2026-11-27T15:00:00.000Z')

    await pushService.waitForPushes(before + 1)
    const [push] = pushesTo(device.endpoint)
    expect(pushesTo(device.endpoint)).toHaveLength(1)
    expect(push?.headers['content-encoding']).toBe('aes128gcm')
    const content = PushMessage.parse(JSON.parse(decryptPush(push!.body, device)))
    expect(content).toEqual({
      v: 1,
      kind: 'stayCancelled',
      title: 'Et opphold er avlyst',
      body: 'Kommunen har avlyst oppholdet fredag 27. november. Trykk for å se mer.',
      url: `/stays/${message.stayId}`,
      tag: `stay-${message.stayId}`,
      stayId: message.stayId,
      messageId: message.id,
      sentAt: NOW.toISOString(),
      lang: 'nb',
    })
    expect(JSON.stringify(content)).not.toContain('vannlekkasje')
  })

  it('is signed by the server for the push service it goes to', async () => {
    const { householdId, device } = await aSubscribedHousehold()
    await notifier().messageCreated(householdId, aMessage())
    const [push] = pushesTo(device.endpoint)
    const claims = verifiedVapidClaims(push!, vapid.publicKey)
    expect(claims.aud).toBe(pushService.url)
    expect(claims.exp * 1000).toBeGreaterThan(Date.now())
  })

  it('shows the staff words when the family chose to see details', async () => {
    const { householdId, device } = await aSubscribedHousehold({ ...defaultPushPreferences, showDetails: true })
    const message = aMessage({ kind: 'notice', stayId: null })
    await notifier().messageCreated(householdId, message)
    const content = PushMessage.parse(JSON.parse(decryptPush(pushesTo(device.endpoint)[0]!.body, device)))
    expect(content).toMatchObject({ title: message.title, body: message.body, url: `/messages/${message.id}` })
  })

  it('speaks Nynorsk to a device set to Nynorsk', async () => {
    const { householdId, device } = await aSubscribedHousehold(defaultPushPreferences, 'nn')
    await notifier().messageCreated(householdId, aMessage({ kind: 'requestAnswered' }))
    const content = PushMessage.parse(JSON.parse(decryptPush(pushesTo(device.endpoint)[0]!.body, device)))
    expect(content.title).toBe('Svar frå kommunen')
  })

  it('is not sent to a device that turned notices off', async () => {
    const { householdId, device } = await aSubscribedHousehold({
      ...defaultPushPreferences,
      kinds: { ...defaultPushPreferences.kinds, notices: false },
    })
    const sent = await notifier().messageCreated(householdId, aMessage({ kind: 'notice' }))
    expect(sent).toBe(0)
    expect(pushesTo(device.endpoint)).toHaveLength(0)
  })

  it('reaches both parents phones, and no other household', async () => {
    const { householdId, device } = await aSubscribedHousehold()
    const secondParent = aBrowserSubscription(pushService.url)
    await subscriptionStore(db).upsert(
      householdId,
      { endpoint: secondParent.endpoint, keys: secondParent.keys },
      NOW.toISOString(),
    )
    const neighbour = await aSubscribedHousehold()

    const sent = await notifier().messageCreated(householdId, aMessage())

    expect(sent).toBe(2)
    expect(pushesTo(device.endpoint)).toHaveLength(1)
    expect(pushesTo(secondParent.endpoint)).toHaveLength(1)
    expect(pushesTo(neighbour.device.endpoint)).toHaveLength(0)
  })

  it('forgets a phone whose subscription the push service says is gone', async () => {
    const { householdId, device } = await aSubscribedHousehold()
    pushService.answer(new URL(device.endpoint).pathname, 410)
    await notifier().messageCreated(householdId, aMessage())
    expect(await subscriptionStore(db).ofHousehold(householdId)).toEqual([])
  })
})

describe('the server push identity', () => {
  it('is made once and kept in the database across restarts', async () => {
    const again = await loadVapidKeys(db, {})
    expect(again).toEqual(vapid)
  })

  it('comes from the environment when configured', async () => {
    const fromEnv = {
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      VAPID_SUBJECT: 'mailto:drift@lunner.kommune.no',
    }
    expect(await loadVapidKeys(db, fromEnv)).toEqual({
      publicKey: vapid.publicKey,
      privateKey: vapid.privateKey,
      subject: 'mailto:drift@lunner.kommune.no',
    })
  })

  it('refuses half a key pair in the environment', async () => {
    await expect(loadVapidKeys(db, { VAPID_PUBLIC_KEY: vapid.publicKey })).rejects.toThrow(/both/)
  })
})
