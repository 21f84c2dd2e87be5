import { describe, expect, it } from 'vitest'
import { AccessLogEntry } from '../../../src/protocol'
import { demoUserId } from '../../../src/server/seed/demoAccounts'
import { deleteExpiredAccessLog } from '../../../src/server/staff/accessLogRetention'
import { aWeekend, planStay } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { everyPage, pageAt, type Filters } from './support/staffPages'

const world = useTestServer({ demo: true })
// Staff sessions last a working day and these tests move the clock by days: each call signs in afresh.
const freshly = async (username: string) => world().anonymous.withToken((await world().signIn(username)).token)
const tone = () => freshly('lunner-ansatt')
const ola = () => freshly('lunner-ansatt-2')

async function householdOf(username: string): Promise<string> {
  return (await world().signIn(username)).user.householdId!
}

async function entries(filters: Filters): Promise<AccessLogEntry[]> {
  return (await everyPage(await tone(), '/staff/access-log', AccessLogEntry, { ...filters, limit: 200 })).items
}

describe('the access log as staff review it', () => {
  it('writes a refresh of a list already shown as no new read, and a read again after a quarter of an hour', async () => {
    const household = await householdOf('lunner-forelder-3')
    const client = await ola()
    const reads = async () =>
      (await entries({ householdId: household, userId: demoUserId('lunner-ansatt-2'), action: 'staffListStays' }))
        .length
    await client.get('/staff/stays?limit=200')
    await client.get('/staff/stays?limit=200')
    await client.get('/staff/stays?limit=200')
    expect(await reads()).toBe(1)
    world().clock.advance(16 * 60_000)
    await client.get('/staff/stays?limit=200')
    expect(await reads()).toBe(2)
  })

  it('writes every change, each naming the record it changed', async () => {
    const family = await world().family('lunner-forelder-3')
    const [child] = family.all('recipient')
    const client = await tone()
    const stay = await planStay(client, {
      recipientId: child!.id,
      placeId: family.all('place')[0]!.id,
      ...aWeekend(12),
    })
    await client.patch(`/staff/stays/${stay.id}`, { notes: 'Ta med badetøy.' })
    await client.patch(`/staff/stays/${stay.id}`, { notes: 'Ta med lue.' })
    const changes = await entries({ action: 'staffPatchStay', userId: demoUserId('lunner-ansatt') })
    expect(changes.filter((entry) => entry.recordId === stay.id)).toHaveLength(2)
    expect((await entries({ action: 'staffCreateStay' })).some((entry) => entry.recordId === stay.id)).toBe(true)
  })

  it('narrows the log to one staff member, one household, one action and a span of days', async () => {
    const berg = await householdOf('lunner-forelder-1')
    world().clock.set('2026-12-10T10:00:00.000Z')
    await (await ola()).get(`/staff/households/${berg}`)
    world().clock.set('2026-12-12T10:00:00.000Z')
    await (await tone()).get(`/staff/households/${berg}`)
    const found = await entries({
      householdId: berg,
      action: 'staffGetHousehold',
      from: '2026-12-10',
      to: '2026-12-11',
    })
    expect(found.map((entry) => [entry.userName, entry.at])).toEqual([['Ola Dahl', '2026-12-10T10:00:00.000Z']])
    const byTone = await entries({ userId: demoUserId('lunner-ansatt'), from: '2026-12-12', to: '2026-12-12' })
    expect(byTone.every((entry) => entry.userName === 'Tone Lunde')).toBe(true)
    expect(byTone.some((entry) => entry.householdId === berg)).toBe(true)
  })

  it('pages through the whole log by cursor, each entry once', async () => {
    const all = await everyPage(await tone(), '/staff/access-log', AccessLogEntry, { limit: 200 })
    const paged = await everyPage(await tone(), '/staff/access-log', AccessLogEntry, { limit: 3 })
    expect(paged.items.map((entry) => entry.id)).toEqual(all.items.map((entry) => entry.id))
    expect(paged.pages).toBeGreaterThan(1)
    const first = await pageAt(await tone(), '/staff/access-log', AccessLogEntry, { limit: 3 })
    expect(first.nextCursor).not.toBeNull()
  })

  it('exports the entries the filters match as CSV, one line each, newest first', async () => {
    const berg = await householdOf('lunner-forelder-1')
    const response = await (await tone()).get(`/staff/access-log/export?householdId=${berg}&action=staffGetHousehold`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = response.text.trimEnd().split('\r\n')
    expect(lines[0]).toBe('at,userId,userName,action,householdId,recordId,clientId')
    const listed = await entries({ householdId: berg, action: 'staffGetHousehold' })
    expect(lines.slice(1)).toEqual(
      listed.map((entry) =>
        [entry.at, entry.userId, entry.userName, entry.action, entry.householdId, '', ''].join(','),
      ),
    )
  })

  it('refuses a filter that is not a day or an id with the error shape', async () => {
    const response = await (await tone()).get('/staff/access-log?from=10.12.2026')
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', field: 'from' } })
  })

  it('deletes entries older than the retention period, and nothing newer', async () => {
    world().clock.set('2024-01-01T10:00:00.000Z')
    await (await tone()).get(`/staff/households/${await householdOf('lunner-forelder-1')}`)
    world().clock.set('2026-12-20T10:00:00.000Z')
    const before = await entries({ from: '2023-12-31', to: '2024-01-02' })
    expect(before.length).toBeGreaterThan(0)
    const recent = (await entries({ from: '2025-01-01' })).length
    expect(await deleteExpiredAccessLog(world().db, world().clock.now(), 730)).toBeGreaterThanOrEqual(before.length)
    expect(await entries({ from: '2023-12-31', to: '2024-01-02' })).toEqual([])
    expect((await entries({ from: '2025-01-01' })).length).toBe(recent)
  })

  it('stays append-only for everyone but the retention job', async () => {
    await expect(world().db.query('DELETE FROM access_log')).rejects.toThrow(/append-only/)
    await expect(
      world().db.transaction(async (tx) => {
        await tx.query(`SELECT set_config('pusterom.access_log_retention', 'on', true)`)
        await tx.query("UPDATE access_log SET action = 'x'")
      }),
    ).rejects.toThrow(/append-only/)
  })
})
