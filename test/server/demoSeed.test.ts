import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entitySchemas, type EntityName, type EntityOf, type Stay } from '../../src/protocol'
import { zonedParts } from '../../src/domain/zonedTime'
import { DEMO_USERNAMES } from '../../src/server/seed/demoAccounts'
import { seedDemo } from '../../src/server/seed/demoSeed'
import type { Database } from '../../src/server/storage/database'
import { openTestDatabase } from './support/testDatabase'
import { SEED_TIME, testClock } from '../support/testClock'

let db: Database
beforeAll(async () => {
  db = await openTestDatabase()
  await seedDemo(db, testClock(SEED_TIME))
}, 120_000)
afterAll(() => db.close())

async function recordsOf<N extends EntityName>(entity: N, username?: string): Promise<EntityOf<N>[]> {
  const rows = await db.query<{ data: unknown }>(
    username
      ? 'SELECT r.data FROM records r JOIN users u ON u.household_id = r.household_id WHERE r.entity = $1 AND u.username = $2 AND NOT r.deleted ORDER BY r.seq'
      : 'SELECT data FROM records WHERE entity = $1 AND NOT deleted ORDER BY seq',
    username ? [entity, username] : [entity],
  )
  return rows.map((row) => entitySchemas[entity].parse(row.data) as EntityOf<N>)
}

const oslo = (instant: string) => {
  const p = zonedParts(Date.parse(instant), 'Europe/Oslo')
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()
  return { weekday, time: `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}` }
}

describe('the demo data', () => {
  it('has the six demo logins: four parents in three households and one staff member per municipality', async () => {
    const users = await db.query<{
      username: string
      role: string
      household_id: string | null
      municipality_id: string
    }>('SELECT username, role, household_id, municipality_id FROM users ORDER BY username')
    expect(users.map((user) => user.username).sort()).toEqual([...DEMO_USERNAMES].sort())
    const byName = new Map(users.map((user) => [user.username, user]))
    expect(byName.get('lunner-forelder-1')?.household_id).toBe(byName.get('lunner-forelder-2')?.household_id)
    expect(byName.get('lunner-forelder-3')?.household_id).not.toBe(byName.get('lunner-forelder-1')?.household_id)
    expect(byName.get('lunner-forelder-3')?.municipality_id).toBe(byName.get('lunner-ansatt')?.municipality_id)
    expect(byName.get('gjovik-forelder-1')?.municipality_id).toBe(byName.get('gjovik-ansatt')?.municipality_id)
    expect(byName.get('gjovik-ansatt')?.municipality_id).not.toBe(byName.get('lunner-ansatt')?.municipality_id)
    expect(users.filter((user) => user.role === 'staff').every((user) => user.household_id === null)).toBe(true)
  })

  it('gives one Lunner family one child and the other two children', async () => {
    expect((await recordsOf('recipient', 'lunner-forelder-1')).map((r) => r.name)).toEqual(['Ida'])
    expect((await recordsOf('recipient', 'lunner-forelder-3')).map((r) => r.name).sort()).toEqual(['Maja', 'Noah'])
  })

  it('plans stays from about three months before the seed time to about nine months after', async () => {
    const stays = await recordsOf('stay')
    const days = (stay: Stay) => (Date.parse(stay.start) - Date.parse(SEED_TIME)) / 86_400_000
    expect(Math.min(...stays.map(days))).toBeGreaterThan(-95)
    expect(Math.min(...stays.map(days))).toBeLessThan(-80)
    expect(Math.max(...stays.map(days))).toBeGreaterThan(260)
    expect(Math.max(...stays.map(days))).toBeLessThan(280)
  })

  it('plans every other weekend from Friday 16:00 to Sunday 16:00 Norwegian time, in winter and in summer', async () => {
    const weekends = (await recordsOf('stay', 'lunner-forelder-3')).filter((stay) => stay.kind === 'municipalUnit')
    expect(weekends.length).toBeGreaterThan(20)
    for (const stay of weekends) {
      const moved = stay.status === 'changed'
      expect(oslo(stay.start)).toEqual({ weekday: 5, time: moved ? '18:00' : '16:00' })
      expect(oslo(stay.end)).toEqual({ weekday: 0, time: '16:00' })
    }
    const gaps = weekends
      .slice(1)
      .map((stay, i) => Math.round((Date.parse(stay.end) - Date.parse(weekends[i]!.end)) / 86_400_000))
    expect(new Set(gaps)).toEqual(new Set([14]))
  })

  it('plans a weekly day offer from 09:00 to 15:00', async () => {
    const dayOffers = (await recordsOf('stay', 'lunner-forelder-3')).filter((stay) => stay.kind === 'dayOffer')
    expect(dayOffers.length).toBeGreaterThan(50)
    for (const stay of dayOffers) {
      expect(oslo(stay.start)).toEqual({ weekday: 3, time: '09:00' })
      expect(oslo(stay.end)).toEqual({ weekday: 3, time: '15:00' })
    }
  })

  it('plans a summer week for Ida in July', async () => {
    const summer = (await recordsOf('stay', 'lunner-forelder-1')).filter((stay) => stay.kind === 'municipalUnit')
    expect(summer).toHaveLength(1)
    expect(summer[0]!.start.slice(0, 7)).toBe('2027-07')
    expect(oslo(summer[0]!.start).weekday).toBe(1)
    expect(oslo(summer[0]!.end).weekday).toBe(5)
  })

  it('gives every child a decision and the default packing template in the six categories', async () => {
    const recipients = await recordsOf('recipient')
    const decisions = await recordsOf('decision')
    const items = await recordsOf('checklistItem')
    for (const recipient of recipients) {
      expect(decisions.some((decision) => decision.recipientId === recipient.id)).toBe(true)
      const categories = new Set(
        items.filter((item) => item.recipientId === recipient.id && item.stayId === null).map((item) => item.category),
      )
      expect([...categories]).toEqual(
        expect.arrayContaining(['medicines', 'medicationList', 'consumables', 'toiletries', 'clothes', 'aids']),
      )
    }
  })

  it('gives every child a birth date, and Ida her allergies, for the printed medication list', async () => {
    const recipients = await recordsOf('recipient')
    expect(recipients.every((recipient) => typeof recipient.birthDate === 'string')).toBe(true)
    expect(recipients.find((recipient) => recipient.name === 'Ida')?.allergies).toBe('Peanøtter (alvorlig), penicillin')
  })

  it('has places of several kinds in each municipality, each with an address and a phone number', async () => {
    const places = await db.query<{
      municipality_id: string
      data: { kind: string; address: string; phone: string | null }
    }>("SELECT municipality_id, data FROM records WHERE entity = 'place'")
    const kinds = (municipalityId: string) =>
      new Set(places.filter((place) => place.municipality_id === municipalityId).map((place) => place.data.kind))
    const municipalities = [...new Set(places.map((place) => place.municipality_id))]
    expect(municipalities).toHaveLength(2)
    for (const municipality of municipalities) expect(kinds(municipality).size).toBeGreaterThanOrEqual(3)
    expect(places.every((place) => place.data.address.length > 0 && place.data.phone !== null)).toBe(true)
  })

  it('leaves Lunner change requests to answer, some received in time and some late, and none in Gjøvik', async () => {
    const pending = (await recordsOf('changeRequest')).filter((request) => request.status === 'pending')
    expect(pending.filter((request) => request.onTime === true).length).toBeGreaterThanOrEqual(2)
    expect(pending.filter((request) => request.onTime === false).length).toBeGreaterThanOrEqual(1)
    for (const request of pending) expect(request.receivedAt <= SEED_TIME).toBe(true)
    expect((await recordsOf('changeRequest', 'gjovik-forelder-1')).filter((r) => r.status === 'pending')).toEqual([])
  })

  it('has applications for the coming summer in Lunner only, since Gjøvik has no summer respite', async () => {
    const lunner = await recordsOf('summerApplication', 'lunner-forelder-3')
    expect(lunner.length).toBeGreaterThanOrEqual(2)
    expect(lunner.every((application) => application.year === 2027 && application.submittedAt <= SEED_TIME)).toBe(true)
    expect(await recordsOf('summerApplication', 'gjovik-forelder-1')).toEqual([])
  })

  it('uses invented addresses only: e-mail and web addresses are on the reserved .example domain', async () => {
    const rows = await db.query<{ data: { contacts: { email: string | null }[]; applyUrl: string | null } }>(
      'SELECT data FROM municipalities',
    )
    for (const { data } of rows) {
      for (const contact of data.contacts) if (contact.email) expect(contact.email).toMatch(/\.example$/)
      if (data.applyUrl) expect(new URL(data.applyUrl).hostname).toMatch(/\.example$/)
    }
  })

  it('holds only records that are valid by the protocol', async () => {
    const rows = await db.query<{ entity: EntityName; data: unknown }>('SELECT entity, data FROM records')
    for (const row of rows) expect(() => entitySchemas[row.entity].parse(row.data)).not.toThrow()
  })

  it('seeds nothing a second time', async () => {
    const [before] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM records')
    expect(await seedDemo(db, testClock(SEED_TIME))).toBe(false)
    expect(await db.query('SELECT count(*)::int AS count FROM records')).toEqual([before])
  })
})
