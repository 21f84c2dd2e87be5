// The server's real database (embedded, in memory, fully migrated) and the rows a notification test
// stands on: a municipality with its rules, households, and the records the family syncs.
import { randomUUID } from 'node:crypto'
import { afterAll } from 'vitest'
import type { EntityName, Municipality } from '../../../../src/protocol'
import type { Database } from '../../../../src/server/storage/database'
import { migrate } from '../../../../src/server/storage/migrate'
import { openPglite } from '../../../../src/server/storage/pglite'

/** Opening and migrating an embedded database can take a while on a busy two-core machine. */
export const DATABASE_START_MS = 60_000

export async function serverDatabaseForThisFile(): Promise<Database> {
  const db = await openPglite()
  await migrate(db)
  afterAll(() => db.close())
  return db
}

export function aMunicipality(overrides: Partial<Municipality> = {}): Municipality {
  return {
    id: randomUUID(),
    name: 'Lunner kommune',
    changeDeadline: { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' },
    summerRespite: null,
    contacts: [],
    applyUrl: null,
    postalAddress: null,
    ...overrides,
  }
}

export async function putMunicipality(db: Database, municipality: Municipality): Promise<Municipality> {
  await db.query(
    'INSERT INTO municipalities (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data',
    [municipality.id, JSON.stringify(municipality)],
  )
  return municipality
}

export interface HouseholdRef {
  id: string
  municipalityId: string
}

export async function aHouseholdIn(db: Database, municipality: Municipality): Promise<HouseholdRef> {
  const id = randomUUID()
  await db.query('INSERT INTO households (id, municipality_id, created_at) VALUES ($1, $2, now())', [
    id,
    municipality.id,
  ])
  return { id, municipalityId: municipality.id }
}

/** Stores (or replaces) a synced record; `household` null for what the municipality shares (places). */
export async function putRecord<T extends { id: string }>(
  db: Database,
  entity: EntityName,
  household: HouseholdRef | { municipalityId: string; id: null },
  data: T,
): Promise<void> {
  await db.query(
    `INSERT INTO records (entity, id, municipality_id, household_id, data) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (entity, id) DO UPDATE SET data = EXCLUDED.data, seq = nextval('record_seq')`,
    [entity, data.id, household.municipalityId, household.id, JSON.stringify(data)],
  )
}
