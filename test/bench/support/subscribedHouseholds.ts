// Many households with one subscribed phone and one stay each, written in a few set-based statements
// (row by row, 100,000 households would take longer than the benchmark). The stays start 18 to 78
// days after `from`, so their households come due a look spread over 60 days; `firstLookSample` of
// them are left due at once, as every household is right after the upgrade that added the jobs.
import { randomUUID } from 'node:crypto'
import type { PushPreferences } from '../../../src/protocol/push'
import { REMINDER_HORIZON_MS } from '../../../src/server/reminders/dueReminders'
import type { Database } from '../../../src/server/storage/database'

export interface SubscribedHouseholdsOptions {
  count: number
  firstLookSample: number
  from: number
  keys: { p256dh: string; auth: string }
  pushServiceUrl: string
  preferences: PushPreferences
}

const DAY = 24 * 3600_000

export async function seedSubscribedHouseholds(db: Database, options: SubscribedHouseholdsOptions): Promise<void> {
  const municipalityId = randomUUID()
  const placeId = randomUUID()
  const from = new Date(options.from).toISOString()
  const municipality = {
    id: municipalityId,
    name: 'Testkommune',
    changeDeadline: { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' },
    summerRespite: null,
    contacts: [],
    applyUrl: null,
    postalAddress: null,
  }
  const place = {
    id: placeId,
    name: 'Testheimen',
    kind: 'municipalUnit',
    address: 'Testveien 1',
    phone: null,
    notes: '',
  }
  await db.query('INSERT INTO municipalities (id, data) VALUES ($1, $2)', [
    municipalityId,
    JSON.stringify(municipality),
  ])
  await db.query(
    `INSERT INTO records (entity, id, municipality_id, household_id, data) VALUES ('place', $1, $2, NULL, $3)`,
    [placeId, municipalityId, JSON.stringify(place)],
  )
  await db.query(
    'INSERT INTO households (id, municipality_id, created_at) SELECT gen_random_uuid(), $1, $2 FROM generate_series(1, $3)',
    [municipalityId, from, options.count],
  )
  const firstStart = new Date(options.from + REMINDER_HORIZON_MS).toISOString()
  await db.query(
    `INSERT INTO records (entity, id, municipality_id, household_id, data)
     SELECT 'stay', stay.id, $1, h.id, jsonb_build_object(
       'id', stay.id, 'recipientId', gen_random_uuid(), 'placeId', $2::text, 'kind', 'municipalUnit',
       'start', to_char(stay.start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       'end', to_char((stay.start + interval '2 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       'status', 'planned', 'transportTo', NULL, 'transportFrom', NULL, 'notes', '', 'updatedAt', $3::text)
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM households WHERE municipality_id = $1) h,
     LATERAL (SELECT gen_random_uuid()::text AS id,
                     $4::timestamptz + (h.n * $5::bigint / $6) * interval '1 millisecond' AS start) stay`,
    [municipalityId, placeId, from, firstStart, 60 * DAY, options.count],
  )
  await db.query(
    `INSERT INTO push_subscriptions (household_id, endpoint, p256dh, auth, locale, preferences, created_at, updated_at)
     SELECT id, $2 || '/push/' || id, $3, $4, 'nb', $5::jsonb, $6, $6 FROM households WHERE municipality_id = $1`,
    [
      municipalityId,
      options.pushServiceUrl,
      options.keys.p256dh,
      options.keys.auth,
      JSON.stringify(options.preferences),
      from,
    ],
  )
  // The subscriptions' trigger made every household due at once; all but the sample have had that first look.
  await db.query(
    `UPDATE reminder_jobs j SET due_at = (r.data->>'start')::timestamptz - $1 * interval '1 millisecond'
     FROM records r
     WHERE r.household_id = j.household_id AND r.entity = 'stay'
       AND j.household_id NOT IN (SELECT household_id FROM reminder_jobs ORDER BY household_id LIMIT $2)`,
    [REMINDER_HORIZON_MS, options.firstLookSample],
  )
}
