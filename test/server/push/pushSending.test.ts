// At each send the push service's name is resolved and checked again, and the push goes to the address
// that was checked: a name that points inside the network by then gets nothing, and no redirect is
// followed. Names come from a fake resolver; the only push service that exists is on loopback.
import webpush from 'web-push'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultPushPreferences, type PushMessage } from '../../../src/protocol/push'
import type { PushTransport } from '../../../src/server/push/checkedRequest'
import { pushEndpointRules } from '../../../src/server/push/pushEndpoint'
import { createPushSender } from '../../../src/server/push/pushSender'
import { pushForMessage } from '../../../src/server/push/pushMessages'
import { aBrowserSubscription, decryptPush } from './support/browserPushKeys'
import { fakeResolver } from './support/fakeResolver'
import { startPushServiceStandIn, type PushServiceStandIn } from './support/pushServiceStandIn'

const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:drift@pusterom.invalid' }
let pushService: PushServiceStandIn
beforeAll(async () => {
  pushService = await startPushServiceStandIn()
})
afterAll(() => pushService.close())

const aPush = (): PushMessage =>
  pushForMessage(
    {
      id: '5f8f7a3e-8a44-4c1b-9a4e-0d6a3c1f2b10',
      kind: 'notice',
      title: 'Hei',
      body: '',
      stayId: null,
      changeRequestId: null,
      createdAt: '2026-11-24T09:30:00.000Z',
      readAt: null,
    },
    { locale: 'nb', preferences: defaultPushPreferences },
    '2026-11-24T09:30:00.000Z',
  )

/** A phone whose push service is named `host` on the stand-in's port. */
function aPhoneAt(host: string) {
  const phone = aBrowserSubscription(pushService.url)
  return { ...phone, endpoint: phone.endpoint.replace('127.0.0.1', host) }
}

describe('sending a push', () => {
  it('goes to the loopback address the name was checked to have, with the name as its host', async () => {
    const resolve = fakeResolver({ 'push.example.test': ['127.0.0.1'] })
    const send = createPushSender({ vapid, endpoints: pushEndpointRules({ resolve, allowLoopback: true }) })
    const phone = aPhoneAt('push.example.test')

    expect(await send(phone, aPush())).toBe('delivered')

    const received = pushService.received.filter((push) => phone.endpoint.endsWith(push.path))
    expect(received).toHaveLength(1)
    expect(received[0]?.headers.host).toBe(new URL(phone.endpoint).host)
    expect(JSON.parse(decryptPush(received[0]!.body, phone))).toMatchObject({ kind: 'notice' })
    expect(resolve.asked).toEqual(['push.example.test'])
  })

  it('is not sent at all when the name points inside the network by then', async () => {
    const resolve = fakeResolver({ 'push.example.test': ['142.250.74.106'] })
    const attempts: string[] = []
    const transport: PushTransport = async (target) => {
      attempts.push(target.address.address)
      return 201
    }
    const send = createPushSender({ vapid, endpoints: pushEndpointRules({ resolve }), transport })
    const phone = { ...aPhoneAt('push.example.test'), endpoint: 'https://push.example.test/wp/abc' }

    resolve.point('push.example.test', '10.0.0.1')
    expect(await send(phone, aPush())).toBe('failed')
    resolve.point('push.example.test', '169.254.169.254')
    expect(await send(phone, aPush())).toBe('failed')

    expect(resolve.asked).toEqual(['push.example.test', 'push.example.test'])
    expect(attempts).toEqual([])
  })

  it('is not sent to loopback unless the server is told to allow it', async () => {
    const resolve = fakeResolver({ 'push.example.test': ['127.0.0.1'] })
    const send = createPushSender({ vapid, endpoints: pushEndpointRules({ resolve }) })
    const phone = aPhoneAt('push.example.test')
    const before = pushService.received.length

    expect(await send(phone, aPush())).toBe('failed')
    expect(await send(aBrowserSubscription(pushService.url), aPush())).toBe('failed')
    expect(pushService.received.length).toBe(before)
  })

  it('does not follow a redirect from the push service', async () => {
    const send = createPushSender({
      vapid,
      endpoints: pushEndpointRules({ resolve: fakeResolver(), allowLoopback: true }),
    })
    const phone = aBrowserSubscription(pushService.url)
    const path = new URL(phone.endpoint).pathname
    pushService.answer(path, 303, { location: `${pushService.url}/elsewhere` })

    expect(await send(phone, aPush())).toBe('failed')
    expect(pushService.received.filter((push) => push.path === '/elsewhere')).toEqual([])
  })
})
