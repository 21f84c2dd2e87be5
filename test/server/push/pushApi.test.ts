// Through the real server: each thing the municipality does reaches each subscribed phone of the
// household as exactly one push, readable only with that phone's keys; phones choose what they get.
import { describe, expect, it } from 'vitest'
import { defaultPushPreferences, ErrorBody, Message, Stay, type PushMessage } from '../../../src/protocol'
import { ACCEPT_ALL, aCancellation, aWeekend, planStay, send } from '../support/builders'
import { FamilyView } from '../support/familyView'
import { SEED_TIME } from '../../support/testClock'
import { subscriptionStore } from '../../../src/server/push/subscriptionStore'
import { aBrowserSubscription, verifiedVapidClaims, type BrowserSubscription } from './support/browserPushKeys'
import { useNotificationServer } from './support/notificationServer'

const world = useNotificationServer()

async function theFamily(username = 'lunner-forelder-3') {
  const family = new FamilyView(await world().as(username))
  await family.sync()
  const [child] = family.all('recipient')
  return { family, child: child!, place: family.all('place')[0]!, staff: await world().as('lunner-ansatt') }
}

/** What the phone got besides a notice sent afterwards: a second push of the same event would have come by then. */
async function pushesBeforeSentinel(phone: BrowserSubscription, householdId: string): Promise<PushMessage[]> {
  const staff = await world().as('lunner-ansatt')
  await staff.post('/staff/messages', { householdId, title: 'Kontrollbeskjed', body: '' })
  const isSentinel = (push: PushMessage) => push.kind === 'notice'
  await world().pushService.waitUntil(() => world().pushesTo(phone).some(isSentinel))
  return world()
    .pushesTo(phone)
    .filter((push) => !isSentinel(push))
}

describe('a push from the municipality', () => {
  it('tells of a cancelled stay once, opening the stay, without the staff words on the lock screen', async () => {
    const { child, place, staff, family } = await theFamily()
    const stay = await planStay(staff, { recipientId: child.id, placeId: place.id, ...aWeekend(2) })
    const phone = await world().subscribedPhone('lunner-forelder-3')

    await staff.patch(`/staff/stays/${stay.id}`, {
      status: 'cancelledByMunicipality',
      reason: 'other',
      note: 'Sykdom i personalgruppen.',
    })

    const [push] = await world().waitForPushesTo(phone, 1)
    expect(push).toMatchObject({
      kind: 'stayCancelled',
      title: 'Et opphold er avlyst',
      url: `/stays/${stay.id}`,
      stayId: stay.id,
      lang: 'nb',
    })
    expect(JSON.stringify(push)).not.toContain('personalgruppen')
    expect(family.all('stay').length).toBeGreaterThan(0)
    expect(await pushesBeforeSentinel(phone, await householdOf('lunner-forelder-3'))).toEqual([push])
  })

  it('tells of a changed stay, with the words and names when the family chose to see them', async () => {
    const { child, place, staff } = await theFamily()
    const stay = await planStay(staff, { recipientId: child.id, placeId: place.id, ...aWeekend(3) })
    const phone = await world().subscribedPhone('lunner-forelder-3', {
      preferences: { ...defaultPushPreferences, showDetails: true },
    })
    const later = { start: new Date(Date.parse(stay.start) + 2 * 3600_000).toISOString() }

    const changed = Stay.parse((await staff.patch(`/staff/stays/${stay.id}`, { ...later, override: ACCEPT_ALL })).body)

    const [push] = await world().waitForPushesTo(phone, 1)
    expect(changed.status).toBe('changed')
    expect(push).toMatchObject({ kind: 'stayChanged', url: `/stays/${stay.id}` })
    // Worded from the message's facts: which stay, by its days.
    expect(push?.title).toMatch(/^Oppholdet \d.+ er endret$/)
    expect(push?.body).toContain('er endret av kommunen')
    expect(await pushesBeforeSentinel(phone, await householdOf('lunner-forelder-3'))).toEqual([push])
  })

  it('tells of new rules in each phone’s own language, from the notice’s facts', async () => {
    // Gjøvik's families, so Lunner's deadline that the reminders below count on stays as it is.
    const staff = await world().as('gjovik-ansatt')
    const details = { ...defaultPushPreferences, showDetails: true }
    const nynorsk = await world().subscribedPhone('gjovik-forelder-1', { locale: 'nn', preferences: details })
    const english = await world().subscribedPhone('gjovik-forelder-1', { locale: 'en', preferences: details })

    await staff.put('/staff/municipality', {
      changeDeadline: { daysBefore: 2, time: '12:00', timeZone: 'Europe/Oslo' },
    })

    const [inNynorsk] = await world().waitForPushesTo(nynorsk, 1)
    const [inEnglish] = await world().waitForPushesTo(english, 1)
    expect(inNynorsk).toMatchObject({
      kind: 'notice',
      title: 'Nye fristar frå kommunen',
      body: 'Endringar og avlysingar må meldast seinast kl. 12.00 2 dagar før opphaldet.',
      lang: 'nn',
    })
    expect(inEnglish).toMatchObject({
      title: 'New deadlines from the municipality',
      body: 'Changes and cancellations must be made by 12:00 2 days before the stay.',
    })
  })

  it('brings the answer to a change request, opening the message', async () => {
    const { child, place, staff, family } = await theFamily()
    const stay = await planStay(staff, { recipientId: child.id, placeId: place.id, ...aWeekend(4) })
    const cancellation = aCancellation(stay.id)
    await send(family.client, cancellation)
    const phone = await world().subscribedPhone('lunner-forelder-3')
    const requestId = (cancellation.args as { changeRequestId: string }).changeRequestId

    await staff.post(`/staff/change-requests/${requestId}/decision`, { status: 'accepted' })

    const [push] = await world().waitForPushesTo(phone, 1)
    await family.sync()
    const message = family.all('message').find((candidate) => candidate.changeRequestId === requestId)
    expect(push).toMatchObject({
      kind: 'requestAnswered',
      title: 'Svar fra kommunen',
      messageId: message?.id,
      url: `/messages/${message?.id}`,
    })
    expect(await pushesBeforeSentinel(phone, await householdOf('lunner-forelder-3'))).toEqual([push])
  })

  it('brings a notice from staff to both parents phones and to no other household', async () => {
    const staff = await world().as('lunner-ansatt')
    const mother = await world().subscribedPhone('lunner-forelder-1')
    const father = await world().subscribedPhone('lunner-forelder-2')
    const neighbour = await world().subscribedPhone('lunner-forelder-3', {
      preferences: { ...defaultPushPreferences, kinds: { ...defaultPushPreferences.kinds, stayChanges: false } },
    })

    const response = await staff.post('/staff/messages', {
      householdId: await householdOf('lunner-forelder-1'),
      title: 'Juleavslutning',
      body: 'Velkommen torsdag kl. 17.',
    })
    const message = Message.parse(response.body)

    const [toMother] = await world().waitForPushesTo(mother, 1)
    const [toFather] = await world().waitForPushesTo(father, 1)
    expect(toMother).toMatchObject({ kind: 'notice', messageId: message.id, url: `/messages/${message.id}` })
    expect(toFather).toEqual(toMother)
    expect(world().pushesTo(neighbour)).toEqual([])
  })

  it('is signed with the key the app subscribes with', async () => {
    const client = await world().as('lunner-forelder-3')
    const { publicKey } = (await client.get<{ publicKey: string }>('/push/public-key')).body
    const phone = await world().subscribedPhone('lunner-forelder-3')
    const staff = await world().as('lunner-ansatt')
    await staff.post('/staff/messages', { householdId: await householdOf('lunner-forelder-3'), title: 'Hei', body: '' })
    await world().waitForPushesTo(phone, 1)
    const received = world().pushService.received.find(
      (push) => `${world().pushService.url}${push.path}` === phone.endpoint,
    )!
    expect(verifiedVapidClaims(received, publicKey).aud).toBe(world().pushService.url)
  })
})

describe("a phone's choices", () => {
  it('turning notices off stops notices but not news of stays', async () => {
    const { child, place, staff } = await theFamily()
    const phone = await world().subscribedPhone('lunner-forelder-3')
    const client = await world().as('lunner-forelder-3')
    const off = { ...defaultPushPreferences, kinds: { ...defaultPushPreferences.kinds, notices: false } }
    expect((await client.put('/push/preferences', { endpoint: phone.endpoint, preferences: off })).status).toBe(204)

    await staff.post('/staff/messages', { householdId: await householdOf('lunner-forelder-3'), title: 'Hei', body: '' })
    await planStay(staff, { recipientId: child.id, placeId: place.id, ...aWeekend(5) })

    const pushes = await world().waitForPushesTo(phone, 1)
    expect(pushes.map((push) => push.kind)).toEqual(['stayPlanned'])
  })

  it('a phone that unsubscribed gets nothing more', async () => {
    const phone = await world().subscribedPhone('lunner-forelder-3')
    const sentinel = await world().subscribedPhone('lunner-forelder-3')
    const client = await world().as('lunner-forelder-3')
    expect((await client.delete('/push/subscriptions', { body: { endpoint: phone.endpoint } })).status).toBe(204)

    const staff = await world().as('lunner-ansatt')
    await staff.post('/staff/messages', { householdId: await householdOf('lunner-forelder-3'), title: 'Hei', body: '' })

    await world().waitForPushesTo(sentinel, 1)
    expect(world().pushesTo(phone)).toEqual([])
  })

  it("cannot remove another household's phone", async () => {
    const phone = await world().subscribedPhone('lunner-forelder-1')
    const other = await world().as('lunner-forelder-3')
    expect((await other.delete('/push/subscriptions', { body: { endpoint: phone.endpoint } })).status).toBe(404)
    expect(
      (await other.put('/push/preferences', { endpoint: phone.endpoint, preferences: defaultPushPreferences })).status,
    ).toBe(404)
  })

  it('answers bad input with 400, no session with 401 and staff with 403', async () => {
    const client = await world().as('lunner-forelder-3')
    const bad = await client.post('/push/subscriptions', { endpoint: 'not a url', keys: { p256dh: 'x', auth: 'y' } })
    expect(bad.status).toBe(400)
    expect((await world().anonymous.get('/push/public-key')).status).toBe(401)
    expect((await (await world().as('lunner-ansatt')).get('/push/public-key')).status).toBe(403)
    const extra = await client.post('/push/subscriptions', {
      endpoint: 'https://push.example/x',
      keys: { p256dh: 'x', auth: 'y' },
      admin: true,
    })
    expect(extra.status).toBe(400)
  })

  it('refuses a phone whose key is no point on the curve, or whose auth secret is not 16 bytes', async () => {
    const client = await world().as('lunner-forelder-3')
    const phone = aBrowserSubscription(world().pushService.url)
    const offTheCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url')
    const subscribe = (keys: { p256dh: string; auth: string }) =>
      client.post('/push/subscriptions', { endpoint: phone.endpoint, keys })
    for (const p256dh of ['BA', offTheCurve, phone.publicKey.subarray(0, 33).toString('base64url')]) {
      const response = await subscribe({ ...phone.keys, p256dh })
      expect(response.status, p256dh).toBe(400)
      expect(response.body).toMatchObject({ error: { code: 'invalid_request', field: 'keys.p256dh' } })
    }
    const shortAuth = await subscribe({ ...phone.keys, auth: phone.authSecret.subarray(0, 15).toString('base64url') })
    expect(shortAuth.body).toMatchObject({ error: { code: 'invalid_request', field: 'keys.auth' } })
    expect((await subscribe(phone.keys)).status).toBe(204)
  })

  it('are in the API document', async () => {
    const document = (await world().anonymous.get<{ paths: Record<string, unknown> }>('/openapi.json')).body
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/push/public-key',
        '/api/v1/push/subscriptions',
        '/api/v1/push/preferences',
        '/api/v1/calendar-feed',
      ]),
    )
  })
})

describe('subscribing a phone', () => {
  it('refuses a push endpoint that is not an https: push service on the internet', async () => {
    const client = await world().as('gjovik-forelder-1')
    const phone = aBrowserSubscription(world().pushService.url)
    const endpoints = [
      'http://169.254.169.254/latest/meta-data/',
      'https://169.254.169.254/latest/meta-data/',
      'https://10.0.0.1/wp/1',
      'https://[fd00::1]/wp/1',
      'https://push.example.test/wp/1',
      'https://metadata.example.test/latest/meta-data/',
      'gopher://127.0.0.1:6379/_FLUSHALL',
      'file:///etc/passwd',
    ]
    try {
      for (const endpoint of endpoints) {
        const response = await client.post('/push/subscriptions', { endpoint, keys: phone.keys })
        expect(response.status, endpoint).toBe(400)
        expect(ErrorBody.parse(response.body).error).toMatchObject({ code: 'invalid_request', field: 'endpoint' })
      }
      const stored = await world().db.query('SELECT 1 FROM push_subscriptions WHERE endpoint = ANY($1)', [endpoints])
      expect(stored).toEqual([])
    } finally {
      // Nothing may ever be sent there, not even by a server that wrongly took them.
      await world().db.query('DELETE FROM push_subscriptions WHERE endpoint = ANY($1)', [endpoints])
    }
  })

  it("cannot take another household's phone by posting its endpoint with other keys", async () => {
    const mother = await world().subscribedPhone('lunner-forelder-1')
    const stranger = aBrowserSubscription(world().pushService.url)
    const neighbour = await world().as('lunner-forelder-3')

    const response = await neighbour.post('/push/subscriptions', { endpoint: mother.endpoint, keys: stranger.keys })

    // Answered as for an endpoint never seen, so the neighbour cannot tell the phone exists.
    expect(response.status).toBe(204)
    const [row] = await world().db.query<{ household_id: string; p256dh: string; auth: string }>(
      'SELECT household_id, p256dh, auth FROM push_subscriptions WHERE endpoint = $1',
      [mother.endpoint],
    )
    expect(row).toEqual({
      household_id: await householdOf('lunner-forelder-1'),
      p256dh: mother.keys.p256dh,
      auth: mother.keys.auth,
    })
    const preferences = { endpoint: mother.endpoint, preferences: defaultPushPreferences }
    expect((await neighbour.put('/push/preferences', preferences)).status).toBe(404)
  })

  it('moves a phone to the household now signed in on it when it shows its own keys', async () => {
    const phone = await world().subscribedPhone('lunner-forelder-1')
    const other = await world().as('lunner-forelder-3')

    expect((await other.post('/push/subscriptions', { endpoint: phone.endpoint, keys: phone.keys })).status).toBe(204)

    const rows = await world().db.query<{ household_id: string }>(
      'SELECT household_id FROM push_subscriptions WHERE endpoint = $1',
      [phone.endpoint],
    )
    expect(rows).toEqual([{ household_id: await householdOf('lunner-forelder-3') }])
  })
})

describe('a reminder through the running server', () => {
  it('goes out once when the scheduler looks at 08:00 on the deadline day', async () => {
    const { child, place, staff } = await theFamily('lunner-forelder-1')
    const stay = await planStay(staff, {
      recipientId: child.id,
      placeId: place.id,
      start: '2027-01-15T15:00:00.000Z',
      end: '2027-01-17T15:00:00.000Z',
    })
    const phone = await world().subscribedPhone('lunner-forelder-1', {
      preferences: { ...defaultPushPreferences, kinds: { ...defaultPushPreferences.kinds, packingReminders: false } },
    })
    const { clock, server } = world()

    clock.set('2027-01-14T07:00:00.000Z') // Thursday 08:00 in Norway; the deadline is 15:00 that day
    await server.notifications.reminders.tick()
    clock.set('2027-01-14T07:30:00.000Z')
    await server.notifications.reminders.tick()

    const reminders = world().pushesTo(phone)
    expect(reminders.filter((push) => push.stayId === stay.id)).toEqual([
      expect.objectContaining({
        kind: 'deadlineReminder',
        title: 'Endringsfrist i dag kl. 15.00 for oppholdet i morgen',
        url: `/stays/${stay.id}`,
      }),
    ])
    // The family's other stays that day each get their own reminder, also just once.
    expect(new Set(reminders.map((push) => push.stayId)).size).toBe(reminders.length)
  })
})

describe('a phone whose keys cannot be encrypted to', () => {
  it('does not stop the reminders to the other phones of the household', async () => {
    world().clock.set(SEED_TIME) // back from the reminder above, while the sessions are fresh
    const { child, place, staff } = await theFamily('lunner-forelder-3')
    const stay = await planStay(staff, {
      recipientId: child.id,
      placeId: place.id,
      start: '2027-02-12T15:00:00.000Z',
      end: '2027-02-14T15:00:00.000Z',
    })
    // Saved before keys were checked; the oldest phone, so the scheduler comes to it first.
    await subscriptionStore(world().db).upsert(
      await householdOf('lunner-forelder-3'),
      {
        endpoint: `${world().pushService.url}/push/broken-phone`,
        keys: { p256dh: 'BA', auth: 'AAAAAAAAAAAAAAAAAAAAAA' },
      },
      '2026-01-01T00:00:00.000Z',
    )
    const phone = await world().subscribedPhone('lunner-forelder-3')

    world().clock.set('2027-02-11T07:00:00.000Z') // Thursday 08:00 in Norway, the deadline day
    await world().server.notifications.reminders.tick()

    expect(world().pushesTo(phone)).toContainEqual(
      expect.objectContaining({ kind: 'deadlineReminder', stayId: stay.id }),
    )
  })
})

async function householdOf(username: string): Promise<string> {
  const response = await world().anonymous.post<{ user: { householdId: string } }>('/session', {
    username,
    password: 'demo',
  })
  return response.body.user.householdId
}
