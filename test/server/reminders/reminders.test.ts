// Reminders go out once, at the right Norwegian time, from the data alone: across restarts, after
// downtime, and never for a stay that is cancelled.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PushMessage, defaultPushPreferences, type PushPreferences } from '../../../src/protocol/push'
import type { Municipality } from '../../../src/protocol'
import { createNotifier } from '../../../src/server/push/notifier'
import { pushEndpointRules } from '../../../src/server/push/pushEndpoint'
import { createPushSender } from '../../../src/server/push/pushSender'
import { subscriptionStore } from '../../../src/server/push/subscriptionStore'
import { loadVapidKeys, type VapidKeys } from '../../../src/server/push/vapidKeys'
import { createReminderScheduler, type Timer } from '../../../src/server/reminders/reminderScheduler'
import { recordsReminderSource } from '../../../src/server/reminders/recordsReminderSource'
import { sentReminders } from '../../../src/server/reminders/sentReminders'
import { reminderJobs } from '../../../src/server/reminders/reminderJobs'
import type { Database } from '../../../src/server/storage/database'
import { aPackingRow, aTemplateItem } from '../../support/packingBuilders'
import { testClock } from '../../support/testClock'
import { aFamilyOnRecord, aStayOf, type FamilyOnRecord } from '../push/support/familyOnRecord'
import { aBrowserSubscription, decryptPush, type BrowserSubscription } from '../push/support/browserPushKeys'
import { startPushServiceStandIn, type PushServiceStandIn } from '../push/support/pushServiceStandIn'
import { DATABASE_START_MS, putRecord, serverDatabaseForThisFile } from '../push/support/serverRecords'

let db: Database
let pushService: PushServiceStandIn
let vapid: VapidKeys

beforeAll(async () => {
  db = await serverDatabaseForThisFile()
  pushService = await startPushServiceStandIn()
  vapid = await loadVapidKeys(db, {})
}, DATABASE_START_MS)
afterAll(() => pushService.close())

interface Family extends FamilyOnRecord {
  device: BrowserSubscription
}

/** A household of its own municipality, with one phone subscribed. */
async function aFamily(
  options: { municipality?: Partial<Municipality>; preferences?: PushPreferences } = {},
): Promise<Family> {
  const family = await aFamilyOnRecord(db, options.municipality)
  const device = aBrowserSubscription(pushService.url)
  await subscriptionStore(db).upsert(
    family.household.id,
    { endpoint: device.endpoint, keys: device.keys, preferences: options.preferences },
    '2026-01-01T00:00:00.000Z',
  )
  return { ...family, device }
}

/** A server process: its own scheduler on the shared database, its clock set by the test. */
function aServer(start: string) {
  const clock = testClock(start)
  const notifier = createNotifier({
    subscriptions: subscriptionStore(db),
    send: createPushSender({ vapid, endpoints: pushEndpointRules({ allowLoopback: true }) }),
    clock,
    log: () => {},
  })
  const scheduler = createReminderScheduler({
    source: recordsReminderSource(db),
    subscriptions: subscriptionStore(db),
    sent: sentReminders(db),
    jobs: reminderJobs(db),
    notifier,
    clock,
    log: () => {},
  })
  return {
    scheduler,
    async at(instant: string) {
      clock.set(instant)
      await scheduler.tick()
    },
  }
}

function pushesTo(device: BrowserSubscription): PushMessage[] {
  return pushService.received
    .filter((push) => `${pushService.url}${push.path}` === device.endpoint)
    .map((push) => PushMessage.parse(JSON.parse(decryptPush(push.body, device))))
}

// Friday 27 November 2026 at 16:00 in Norway (UTC+1); the deadline is Thursday 26th at 15:00 (14:00Z).
const FRIDAY_STAY = '2026-11-27T15:00:00.000Z'

describe('the change-deadline reminder', () => {
  it('arrives at 08:00 Norwegian time on the deadline day, and only then', async () => {
    const family = await aFamily()
    const stay = await aStayOf(db, family, FRIDAY_STAY)
    const server = aServer('2026-11-26T06:59:00.000Z')
    await server.at('2026-11-26T06:59:00.000Z')
    expect(pushesTo(family.device)).toEqual([])

    await server.at('2026-11-26T07:00:00.000Z')

    expect(pushesTo(family.device)).toEqual([
      expect.objectContaining({
        kind: 'deadlineReminder',
        title: 'Endringsfrist i dag kl. 15.00 for oppholdet i morgen',
        url: `/stays/${stay.id}`,
      }),
    ])
  })

  it('says "i morgen kl. 15.00 for oppholdet fredag" to a family that wants it a day ahead', async () => {
    const family = await aFamily({ preferences: { ...defaultPushPreferences, deadlineLeadHours: 24 } })
    await aStayOf(db, family, FRIDAY_STAY)
    await aServer('2026-11-25T14:00:00.000Z').at('2026-11-25T14:00:00.000Z')
    expect(pushesTo(family.device).map((push) => push.title)).toEqual([
      'Endringsfrist i morgen kl. 15.00 for oppholdet fredag',
    ])
  })

  it('is sent once however often the server looks', async () => {
    const family = await aFamily()
    await aStayOf(db, family, FRIDAY_STAY)
    const server = aServer('2026-11-26T07:00:00.000Z')
    for (const at of [
      '2026-11-26T07:00:00.000Z',
      '2026-11-26T07:01:00.000Z',
      '2026-11-26T11:00:00.000Z',
      '2026-11-26T13:59:00.000Z',
    ])
      await server.at(at)
    expect(pushesTo(family.device)).toHaveLength(1)
  })

  it('is not sent again by a restarted server', async () => {
    const family = await aFamily()
    await aStayOf(db, family, FRIDAY_STAY)
    await aServer('2026-11-26T07:00:00.000Z').at('2026-11-26T07:00:00.000Z')
    await aServer('2026-11-26T07:05:00.000Z').at('2026-11-26T07:05:00.000Z')
    expect(pushesTo(family.device)).toHaveLength(1)
  })

  it('comes at the new time when the municipality moves the stay two days earlier', async () => {
    const family = await aFamily()
    const stay = await aStayOf(db, family, FRIDAY_STAY)
    const server = aServer('2026-11-23T10:00:00.000Z')
    await server.at('2026-11-23T10:00:00.000Z')
    // Moved to Wednesday: the deadline is Tuesday at 15:00, so the reminder is Tuesday at 08:00.
    await aStayOf(db, family, '2026-11-25T15:00:00.000Z', { id: stay.id })
    await server.at('2026-11-24T07:00:00.000Z')
    expect(pushesTo(family.device)).toEqual([
      expect.objectContaining({ kind: 'deadlineReminder', url: `/stays/${stay.id}` }),
    ])
  })

  it('is looked for again only when it can be due, not on every tick', async () => {
    const family = await aFamily()
    await aStayOf(db, family, FRIDAY_STAY)
    await aServer('2026-11-23T10:00:00.000Z').at('2026-11-23T10:00:00.000Z')
    const [job] = await db.query<{ due_at: Date }>('SELECT due_at FROM reminder_jobs WHERE household_id = $1', [
      family.household.id,
    ])
    // 08:00 on Thursday, the deadline day, in Norway.
    expect(job?.due_at.toISOString()).toBe('2026-11-26T07:00:00.000Z')
  })

  it('still goes out after the server was down at 08:00, while the deadline has not passed', async () => {
    const family = await aFamily()
    await aStayOf(db, family, FRIDAY_STAY)
    await aServer('2026-11-26T12:30:00.000Z').at('2026-11-26T12:30:00.000Z')
    expect(pushesTo(family.device)).toHaveLength(1)
  })

  it('is dropped rather than sent after the deadline has passed', async () => {
    const family = await aFamily()
    await aStayOf(db, family, FRIDAY_STAY)
    await aServer('2026-11-26T14:00:00.000Z').at('2026-11-26T14:00:00.000Z')
    expect(pushesTo(family.device)).toEqual([])
  })

  it('is not sent for a stay the municipality cancelled', async () => {
    const family = await aFamily()
    await aStayOf(db, family, FRIDAY_STAY, { status: 'cancelledByMunicipality' })
    await aServer('2026-11-26T07:00:00.000Z').at('2026-11-26T07:00:00.000Z')
    expect(pushesTo(family.device)).toEqual([])
  })

  it('is not sent where the municipality has no change deadline', async () => {
    const family = await aFamily({ municipality: { name: 'Gjøvik kommune', changeDeadline: null } })
    await aStayOf(db, family, FRIDAY_STAY)
    await aServer('2026-11-26T07:00:00.000Z').at('2026-11-26T07:00:00.000Z')
    expect(pushesTo(family.device)).toEqual([])
  })

  it('is not sent to a phone that turned deadline reminders off', async () => {
    const family = await aFamily({
      preferences: { ...defaultPushPreferences, kinds: { ...defaultPushPreferences.kinds, deadlineReminders: false } },
    })
    await aStayOf(db, family, FRIDAY_STAY)
    await aServer('2026-11-26T07:00:00.000Z').at('2026-11-26T07:00:00.000Z')
    expect(pushesTo(family.device)).toEqual([])
  })

  it('keeps to 08:00 Norwegian time on the Sunday summer time begins', async () => {
    const family = await aFamily()
    // Monday 30 March 2026 10:00 CEST; the deadline is Sunday 29th 15:00 CEST (13:00Z), the morning 08:00 CEST (06:00Z).
    await aStayOf(db, family, '2026-03-30T08:00:00.000Z')
    const server = aServer('2026-03-29T05:59:00.000Z')
    await server.at('2026-03-29T05:59:00.000Z')
    expect(pushesTo(family.device)).toEqual([])
    await server.at('2026-03-29T06:00:00.000Z')
    expect(pushesTo(family.device).map((push) => push.title)).toEqual([
      'Endringsfrist i dag kl. 15.00 for oppholdet i morgen',
    ])
  })

  it('keeps to 08:00 Norwegian time on the Sunday summer time ends', async () => {
    const family = await aFamily()
    // Monday 26 October 2026 10:00 CET; the morning of Sunday 25th is 08:00 CET (07:00Z).
    await aStayOf(db, family, '2026-10-26T09:00:00.000Z')
    const server = aServer('2026-10-25T06:59:00.000Z')
    await server.at('2026-10-25T06:59:00.000Z')
    expect(pushesTo(family.device)).toEqual([])
    await server.at('2026-10-25T07:00:00.000Z')
    expect(pushesTo(family.device)).toHaveLength(1)
  })
})

describe('the packing reminder', () => {
  it('comes at 19:00 the evening before a stay with unticked items, naming how many', async () => {
    const family = await aFamily({
      preferences: { ...defaultPushPreferences, kinds: { ...defaultPushPreferences.kinds, deadlineReminders: false } },
    })
    const stay = await aStayOf(db, family, FRIDAY_STAY)
    const pyjamas = aTemplateItem({ recipientId: family.emma.id, label: 'Pysjamas' })
    const medicines = aTemplateItem({ recipientId: family.emma.id, label: 'Egne medisiner', category: 'medicines' })
    const toothbrush = aTemplateItem({ recipientId: family.emma.id, label: 'Tannbørste', category: 'toiletries' })
    for (const item of [pyjamas, medicines, toothbrush]) await putRecord(db, 'checklistItem', family.household, item)
    await putRecord(db, 'packing', family.household, aPackingRow({ stayId: stay.id, itemId: pyjamas.id }))
    const server = aServer('2026-11-26T17:59:00.000Z')
    await server.at('2026-11-26T17:59:00.000Z')
    expect(pushesTo(family.device)).toEqual([])

    await server.at('2026-11-26T18:00:00.000Z')

    const [push] = pushesTo(family.device)
    expect(push).toMatchObject({
      kind: 'packingReminder',
      title: 'Pakking til oppholdet i morgen',
      body: '2 ting på pakkelista er ikke krysset av ennå.',
    })
    expect(JSON.stringify(push)).not.toContain('medisiner')
  })

  it('comes at 07:00 the same morning for a day offer, never the evening before, and leaves pyjamas out', async () => {
    const family = await aFamily({
      preferences: { ...defaultPushPreferences, kinds: { ...defaultPushPreferences.kinds, deadlineReminders: false } },
    })
    // Wednesday 25 November 2026, 09.00–15.00 Norwegian time.
    await aStayOf(db, family, '2026-11-25T08:00:00.000Z', { kind: 'dayOffer', end: '2026-11-25T14:00:00.000Z' })
    const pyjamas = aTemplateItem({ recipientId: family.emma.id, label: 'Pysjamas', forStays: 'overnight' })
    const medicines = aTemplateItem({ recipientId: family.emma.id, label: 'Egne medisiner', category: 'medicines' })
    for (const item of [pyjamas, medicines]) await putRecord(db, 'checklistItem', family.household, item)
    const server = aServer('2026-11-24T17:59:00.000Z')
    await server.at('2026-11-24T18:00:00.000Z')
    await server.at('2026-11-25T05:59:00.000Z')
    expect(pushesTo(family.device)).toEqual([])

    await server.at('2026-11-25T06:00:00.000Z')

    expect(pushesTo(family.device)).toEqual([
      expect.objectContaining({ kind: 'packingReminder', body: '1 ting på pakkelista er ikke krysset av ennå.' }),
    ])
  })

  it('is not sent when everything is packed', async () => {
    const family = await aFamily({
      preferences: { ...defaultPushPreferences, kinds: { ...defaultPushPreferences.kinds, deadlineReminders: false } },
    })
    const stay = await aStayOf(db, family, FRIDAY_STAY)
    const pyjamas = aTemplateItem({ recipientId: family.emma.id })
    await putRecord(db, 'checklistItem', family.household, pyjamas)
    await putRecord(db, 'packing', family.household, aPackingRow({ stayId: stay.id, itemId: pyjamas.id }))
    await aServer('2026-11-26T18:00:00.000Z').at('2026-11-26T18:00:00.000Z')
    expect(pushesTo(family.device)).toEqual([])
  })
})

describe('the summer-respite reminder', () => {
  const summerRespite = { applicationDeadline: '2027-03-15T22:59:00.000Z', from: '2027-06-14', to: '2027-08-13' }

  it('comes a week before the application deadline, at 09:00, and opens the summer respite page', async () => {
    const family = await aFamily({ municipality: { summerRespite } })
    const server = aServer('2027-03-08T07:59:00.000Z')
    await server.at('2027-03-08T07:59:00.000Z')
    expect(pushesTo(family.device)).toEqual([])
    await server.at('2027-03-08T08:00:00.000Z')
    expect(pushesTo(family.device)).toEqual([
      expect.objectContaining({
        kind: 'summerReminder',
        body: 'Fristen er mandag 15. mars kl. 23.59. Søk i Pusterom eller hos kommunen.',
        url: '/sommer',
      }),
    ])
  })

  it('is not sent to a family that has applied', async () => {
    const family = await aFamily({ municipality: { summerRespite } })
    await putRecord(db, 'summerApplication', family.household, {
      id: randomUUID(),
      recipientId: family.emma.id,
      year: 2027,
      periods: [{ from: '2027-07-05', to: '2027-07-16' }],
      message: '',
      submittedAt: '2027-02-01T10:00:00.000Z',
      status: 'submitted',
      answerNote: null,
    })
    await aServer('2027-03-08T08:00:00.000Z').at('2027-03-08T08:00:00.000Z')
    expect(pushesTo(family.device)).toEqual([])
  })
})

describe('the scheduler', () => {
  it('looks again on each tick of its timer', async () => {
    const family = await aFamily()
    await aStayOf(db, family, FRIDAY_STAY)
    const ticks: Array<() => void> = []
    const timer: Timer = { setInterval: (run) => ticks.push(run), clearInterval: () => {} }
    const clock = testClock('2026-11-26T06:00:00.000Z')
    const scheduler = createReminderScheduler({
      source: recordsReminderSource(db),
      subscriptions: subscriptionStore(db),
      sent: sentReminders(db),
      jobs: reminderJobs(db),
      notifier: createNotifier({
        subscriptions: subscriptionStore(db),
        send: createPushSender({ vapid, endpoints: pushEndpointRules({ allowLoopback: true }) }),
        clock,
        log: () => {},
      }),
      clock,
      timer,
      log: () => {},
    })
    scheduler.start()
    await scheduler.tick()
    expect(pushesTo(family.device)).toEqual([])

    clock.set('2026-11-26T07:00:00.000Z')
    ticks[0]?.()
    await scheduler.tick()
    await scheduler.stop()

    expect(pushesTo(family.device)).toHaveLength(1)
  })
})
