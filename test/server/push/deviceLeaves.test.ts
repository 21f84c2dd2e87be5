// A device that leaves (unsubscribes, or its push service says it is gone) while the municipality writes
// to its household never fails what the municipality does, and the push queued for it goes nowhere.
import { describe, expect, it } from 'vitest'
import { Message } from '../../../src/protocol'
import { sentReminders } from '../../../src/server/reminders/sentReminders'
import type { Queryable } from '../../../src/server/storage/database'
import { testDatabaseKind } from '../support/testDatabase'
import { useNotificationServer } from './support/notificationServer'

const world = useNotificationServer()

async function deviceId(endpoint: string): Promise<string> {
  const [row] = await world().db.query<{ id: string }>('SELECT id FROM push_subscriptions WHERE endpoint = $1', [
    endpoint,
  ])
  if (!row) throw new Error('the device is not subscribed')
  return row.id
}

/** Resolves once another connection waits for a lock that the connection `pid` holds. */
async function someoneWaitsFor(pid: number, stop: { done: boolean }): Promise<void> {
  while (!stop.done) {
    const waiting = await world().db.query('SELECT 1 FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))', [
      pid,
    ])
    if (waiting.length > 0) return
  }
}

describe('a push job whose device has gone', () => {
  it('is dropped when it is taken, without a push', async () => {
    const phone = await world().subscribedPhone('gjovik-forelder-1')
    const id = await deviceId(phone.endpoint)
    await world().db.query('DELETE FROM push_subscriptions WHERE id = $1', [id])
    // What a message's trigger writes for a device deleted beside it, where that deletion could not see it.
    await world().db.query("INSERT INTO push_jobs (subscription_id, message_id) VALUES ($1, 'gone-device-message')", [
      id,
    ])

    await world().server.notifications.outbox.run()

    expect(await world().db.query('SELECT 1 FROM push_jobs WHERE subscription_id = $1', [id])).toEqual([])
    expect(world().pushesTo(phone)).toEqual([])
  })

  it('is no error when a reminder to a device that has just gone is recorded', async () => {
    const phone = await world().subscribedPhone('gjovik-forelder-1')
    const id = await deviceId(phone.endpoint)
    await world().db.query('DELETE FROM push_subscriptions WHERE id = $1', [id])

    await sentReminders(world().db).record(id, 'deadline:a-stay:2027-01-14T14:00:00.000Z', '2027-01-14T07:00:00.000Z')
  })
})

// Only PostgreSQL runs transactions side by side (PGlite runs one at a time, so it cannot interleave them).
describe.runIf(testDatabaseKind === 'postgres')('a device leaving while staff send a notice', () => {
  it('leaves the notice sent, to the devices that stay, and nothing queued for the one that left', async () => {
    const householdId = await world().householdOf('lunner-forelder-2')
    const leaving = await world().subscribedPhone('lunner-forelder-2')
    const staying = await world().subscribedPhone('lunner-forelder-2')
    const staff = await world().as('lunner-ansatt')
    let commitRemoval!: () => void
    const removalMayCommit = new Promise<void>((resolve) => (commitRemoval = resolve))
    let removing!: (pid: number) => void
    const removalStarted = new Promise<number>((resolve) => (removing = resolve))
    // The device unsubscribing: its deletion is made and not yet committed when the notice is written.
    const removal = world().db.transaction(async (tx: Queryable) => {
      await tx.query('DELETE FROM push_subscriptions WHERE endpoint = $1', [leaving.endpoint])
      const [backend] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
      removing(backend!.pid)
      await removalMayCommit
    })
    const pid = await removalStarted
    const stop = { done: false }
    const notice = staff.post('/staff/messages', { householdId, title: 'Samtidig', body: '' })
    // Without the fix the notice waits for the deletion and then fails; with it, it does not wait at all.
    await Promise.race([notice.finally(() => (stop.done = true)), someoneWaitsFor(pid, stop)])
    commitRemoval()
    await removal

    const response = await notice
    expect(response.status).toBe(201)
    const message = Message.parse(response.body)
    const [push] = await world().waitForPushesTo(staying, 1)
    expect(push).toMatchObject({ kind: 'notice', messageId: message.id })
    await world().server.notifications.outbox.run()
    expect(await world().db.query('SELECT 1 FROM push_jobs WHERE message_id = $1', [message.id])).toEqual([])
  })
})
