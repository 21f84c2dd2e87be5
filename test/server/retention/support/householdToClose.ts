// A household of a demo municipality whose service ends when the test says, with a caregiver who signs
// in with the demo password and a row of every kind of family data the retention job must delete.
import { randomUUID } from 'node:crypto'
import type { Decision, Stay } from '../../../../src/protocol'
import { createHousehold, createUsers } from '../../../../src/server/accounts/accountStore'
import { hashPassword } from '../../../../src/server/auth/passwords'
import type { Queryable } from '../../../../src/server/storage/database'
import { aDecision } from '../../../support/calendarBuilders'

export interface HouseholdToClose {
  id: string
  municipalityId: string
  username: string
  recipientId: string
  decision: Decision
  stay: Stay
}

async function put(db: Queryable, household: { id: string; municipalityId: string }, entity: string, data: object) {
  const id = (data as { id: string }).id
  await db.query(
    `INSERT INTO records (entity, id, municipality_id, household_id, data) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (entity, id) DO UPDATE SET data = EXCLUDED.data, seq = nextval('record_seq')`,
    [entity, id, household.municipalityId, household.id, JSON.stringify(data)],
  )
}

/** Writes (or rewrites) a decision or stay of the household, as staff or the record system would. */
export const putRecordOf = put

/** A household whose one decision ends on `validTo` and whose one stay ends at `stayEnd`. */
export async function aHouseholdToClose(
  db: Queryable,
  options: { municipalityId: string; placeId: string; validTo: string | null; stayEnd: string },
): Promise<HouseholdToClose> {
  const household = { id: randomUUID(), municipalityId: options.municipalityId }
  const username = `lukkes-${household.id.slice(0, 8)}`
  await createHousehold(db, { ...household, createdAt: '2025-01-01T10:00:00.000Z' })
  const userId = randomUUID()
  await createUsers(db, [
    {
      id: userId,
      username,
      name: 'Siri Lukk',
      role: 'caregiver',
      municipalityId: household.municipalityId,
      householdId: household.id,
      passwordHash: await hashPassword('demo'),
    },
  ])
  const recipientId = randomUUID()
  await put(db, household, 'recipient', {
    id: recipientId,
    name: 'Tuva',
    color: '#2f6fb0',
    medicationListReviewedAt: null,
  })
  const decision = aDecision({ id: randomUUID(), recipientId, validTo: options.validTo })
  await put(db, household, 'decision', decision)
  const stay: Stay = {
    id: randomUUID(),
    recipientId,
    placeId: options.placeId,
    kind: 'municipalUnit',
    start: new Date(Date.parse(options.stayEnd) - 2 * 86_400_000).toISOString(),
    end: options.stayEnd,
    status: 'planned',
    transportTo: null,
    transportFrom: null,
    notes: '',
    updatedAt: '2025-01-01T10:00:00.000Z',
  }
  await put(db, household, 'stay', stay)
  await someOfEverything(db, household, userId, stay.id)
  return { ...household, username, recipientId, decision, stay }
}

/** A row of each kind of family data kept outside the synced records. */
async function someOfEverything(
  db: Queryable,
  household: { id: string; municipalityId: string },
  userId: string,
  stayId: string,
) {
  const requestId = randomUUID()
  await put(db, household, 'changeRequest', { id: requestId, stayId, type: 'cancel', status: 'pending' })
  await db.query(
    `INSERT INTO change_request_handling (change_request_id, municipality_id, claimed_by, claimed_at)
    VALUES ($1, $2, $3, now())`,
    [requestId, household.municipalityId, randomUUID()],
  )
  await db.query(
    `INSERT INTO fhir_identifiers (municipality_id, system, value, stay_id) VALUES ($1, 'urn:test', $2, $3)`,
    [household.municipalityId, randomUUID(), stayId],
  )
  await db.query(
    `INSERT INTO applied_mutations (household_id, mutation_id, name, status, received_at)
    VALUES ($1, $2, 'setPacked', 'applied', now())`,
    [household.id, randomUUID()],
  )
  await db.query(
    `INSERT INTO staff_notes (id, municipality_id, household_id, user_id, at, body)
    VALUES ($1, $2, $3, $4, now(), 'Ringte om høsten')`,
    [randomUUID(), household.municipalityId, household.id, randomUUID()],
  )
  await db.query(
    `INSERT INTO push_subscriptions (household_id, endpoint, p256dh, auth, locale, preferences, created_at, updated_at)
    VALUES ($1, $2, 'k', 'a', 'nb', '{}', now(), now())`,
    [household.id, `https://push.example/${household.id}`],
  )
  await db.query(`INSERT INTO calendar_feeds (household_id, token, created_at) VALUES ($1, $2, now())`, [
    household.id,
    randomUUID(),
  ])
  await db.query(`INSERT INTO user_identities (provider, subject, user_id) VALUES ('idporten', $1, $2)`, [
    randomUUID(),
    userId,
  ])
  await db.query(
    `INSERT INTO field_authors (household_id, entity, record_id, field, user_id, written_at)
    VALUES ($1, 'medication', $2, '*', $3, now())`,
    [household.id, randomUUID(), userId],
  )
  await db.query(
    `INSERT INTO notice_sends (id, municipality_id, client_key, user_id, sent_at, title, body, household_id, household_count)
    VALUES ($1, $2, $3, $4, now(), 'Til dere', 'Hei', $5, 1)`,
    [randomUUID(), household.municipalityId, randomUUID(), randomUUID(), household.id],
  )
  await db.query(
    `INSERT INTO access_log (at, municipality_id, user_id, action, household_id, request_id)
    VALUES (now(), $1, $2, 'staffGetHousehold', $3, $4)`,
    [household.municipalityId, randomUUID(), household.id, randomUUID()],
  )
}

/** How many rows of the household's data each table still holds (the access log apart). */
export async function whatIsLeftOf(db: Queryable, household: { id: string }): Promise<Record<string, number>> {
  const [row] = await db.query<Record<string, string | number>>(
    `SELECT
       (SELECT count(*) FROM households WHERE id = $1) AS households,
       (SELECT count(*) FROM records WHERE household_id = $1) AS records,
       (SELECT count(*) FROM users WHERE household_id = $1) AS caregivers,
       (SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.household_id = $1) AS sessions,
       (SELECT count(*) FROM user_identities i JOIN users u ON u.id = i.user_id WHERE u.household_id = $1) AS identities,
       (SELECT count(*) FROM applied_mutations WHERE household_id = $1) AS mutations,
       (SELECT count(*) FROM staff_notes WHERE household_id = $1) AS notes,
       (SELECT count(*) FROM push_subscriptions WHERE household_id = $1) AS devices,
       (SELECT count(*) FROM calendar_feeds WHERE household_id = $1) AS feeds,
       (SELECT count(*) FROM field_authors WHERE household_id = $1) AS authors,
       (SELECT count(*) FROM notice_sends WHERE household_id = $1) AS notices,
       (SELECT count(*) FROM change_request_handling c WHERE NOT EXISTS (
          SELECT 1 FROM records r WHERE r.entity = 'changeRequest' AND r.id = c.change_request_id)) AS handling,
       (SELECT count(*) FROM fhir_identifiers f WHERE NOT EXISTS (
          SELECT 1 FROM records r WHERE r.entity = 'stay' AND r.id = f.stay_id)) AS fhir`,
    [household.id],
  )
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]))
}

export async function accessLogOf(db: Queryable, household: { id: string }): Promise<number> {
  const [row] = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM access_log WHERE household_id = $1', [
    household.id,
  ])
  return Number(row?.n ?? 0)
}

export async function closedAtOf(db: Queryable, household: { id: string }): Promise<string | null> {
  const [row] = await db.query<{ closed_at: Date | string | null }>('SELECT closed_at FROM households WHERE id = $1', [
    household.id,
  ])
  return row?.closed_at ? new Date(row.closed_at).toISOString() : null
}
