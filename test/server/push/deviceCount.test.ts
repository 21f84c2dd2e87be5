// One device is one subscription however its address is written, it has one owner, and a household has
// at most 20 devices: so one message is never more than one push per device, nor more than 20 in all.
import { describe, expect, it } from 'vitest'
import { MAX_DEVICES_PER_HOUSEHOLD } from '../../../src/server/push/householdDevices'
import { normalEndpoint } from '../../../src/server/push/normalEndpoint'
import { aBrowserSubscription, type BrowserSubscription } from './support/browserPushKeys'
import { useNotificationServer } from './support/notificationServer'

const world = useNotificationServer()

/** What arrived at the device's address, whoever's keys it was encrypted with. */
const arrivedAt = (phone: BrowserSubscription) =>
  world().pushService.received.filter((push) => `${world().pushService.url}${push.path}` === phone.endpoint)

/** The same address as the URL standard and push services read it, written five other ways. */
function otherSpellings(endpoint: string): string[] {
  const url = new URL(endpoint)
  const path = url.pathname.split('/')
  return [
    endpoint.replace('http://', 'HTTP://'),
    `${endpoint}?`,
    endpoint.replace('127.0.0.1', '127.000.000.001'),
    `${url.origin}${[...path.slice(0, -1), '.', ...path.slice(-1)].join('/')}`,
    endpoint.replace('127.0.0.1', '0x7f000001'),
  ]
}

describe('the spelling of a push address', () => {
  it('is one for every way of writing the same address', () => {
    const endpoint = 'https://push.example.com/wp/a~b%2F'
    const spellings = [
      'HTTPS://Push.Example.COM/wp/a~b%2F',
      'https://push.example.com/wp/a~b%2F?',
      'https://push.example.com/wp/a~b%2F#',
      'https://push.example.com:443/wp/./a~b%2f',
      'https://push.example.com./wp/x/../a%7Eb%2F',
    ]
    for (const spelling of spellings) expect(normalEndpoint(spelling), spelling).toBe(endpoint)
    expect(normalEndpoint('http://0x7f000001:8080/x')).toBe('http://127.0.0.1:8080/x')
    expect(normalEndpoint('http://127.000.000.001:8080/x')).toBe('http://127.0.0.1:8080/x')
  })
})

describe("another household posting a device's address written another way", () => {
  it('gets no subscription of it, and a notice reaches the device once', async () => {
    const mother = await world().subscribedPhone('lunner-forelder-1')
    const neighbour = await world().as('lunner-forelder-3')
    for (const endpoint of otherSpellings(mother.endpoint)) {
      const keys = aBrowserSubscription(world().pushService.url).keys
      const response = await neighbour.post('/push/subscriptions', { endpoint, keys })
      // Answered as for an address never seen, so the neighbour cannot tell the device exists.
      expect(response.status, endpoint).toBe(204)
    }
    const staff = await world().as('lunner-ansatt')

    await staff.post('/staff/messages', {
      householdId: await world().householdOf('lunner-forelder-3'),
      title: 'Hei',
      body: '',
    })
    await staff.post('/staff/messages', {
      householdId: await world().householdOf('lunner-forelder-1'),
      title: 'Hei',
      body: '',
    })
    await world().waitForPushesTo(mother, 1)
    await world().server.notifications.outbox.run()

    expect(arrivedAt(mother)).toHaveLength(1)
    expect(world().pushesTo(mother)).toEqual([expect.objectContaining({ kind: 'notice' })])
  })
})

describe('the devices of one household', () => {
  it('are at most 20: the one that subscribed longest ago makes way, and a notice makes 20 pushes', async () => {
    const phones: BrowserSubscription[] = []
    for (let count = 0; count <= MAX_DEVICES_PER_HOUSEHOLD; count += 1) {
      phones.push(await world().subscribedPhone('gjovik-forelder-1'))
      world().clock.advance(1_000)
    }
    const householdId = await world().householdOf('gjovik-forelder-1')
    const [oldest, ...newer] = phones

    const staff = await world().as('gjovik-ansatt')
    await staff.post('/staff/messages', { householdId, title: 'Hei', body: '' })
    await Promise.all(newer.map((phone) => world().waitForPushesTo(phone, 1)))
    await world().server.notifications.outbox.run()

    expect(MAX_DEVICES_PER_HOUSEHOLD).toBe(20)
    const stored = await world().db.query('SELECT 1 FROM push_subscriptions WHERE household_id = $1', [householdId])
    expect(stored).toHaveLength(20)
    expect(arrivedAt(oldest!)).toEqual([])
    expect(newer.map((phone) => arrivedAt(phone).length)).toEqual(newer.map(() => 1))
  })
})
