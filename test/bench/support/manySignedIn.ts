// Many households in a database, a spread-out sample of them signed in: what the server benchmarks
// load. On PostgreSQL the benchmark seeds in its own process, so the seeding's memory is not counted
// as the server's: a real server never creates 10,000 households in its own memory.
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { issueSession } from '../../../src/server/auth/sessions'
import type { Clock } from '../../../src/domain/clock'
import { seedHouseholds, seedMunicipality } from '../../../src/server/seed/manyHouseholds'
import type { Database } from '../../../src/server/storage/database'
import { migrate } from '../../../src/server/storage/migrate'
import { openPostgres } from '../../../src/server/storage/postgres'
import type { SignedInHousehold } from './benchServerMessages'

export async function seedManySignedIn(
  database: Database,
  options: { households: number; sessions: number; clock: Clock },
): Promise<{ seedMs: number; signedIn: SignedInHousehold[] }> {
  const started = performance.now()
  const { municipality } = await seedMunicipality(database)
  const households = await seedHouseholds(database, {
    municipalityId: municipality.id,
    count: options.households,
    clock: options.clock,
    usernamePrefix: 'bench',
  })
  const seedMs = Math.round(performance.now() - started)
  // Spread over the whole range, so the sample is not only the households written last.
  const step = Math.max(1, Math.floor(households.length / options.sessions))
  const sample = households.filter((_, index) => index % step === 0).slice(0, options.sessions)
  const signedIn: SignedInHousehold[] = []
  for (const household of sample) {
    const { token } = await issueSession(database, household.userId, options.clock)
    signedIn.push({ householdId: household.householdId, token })
  }
  return { seedMs, signedIn }
}

/** A migrated schema of its own on the PostgreSQL server, so a benchmark never meets another run's data. */
export async function openBenchSchema(
  url: string,
): Promise<{ database: Database; schema: string; drop(): Promise<void> }> {
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 20)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const database = await openPostgres({ url, schema })
  await migrate(database)
  return {
    database,
    schema,
    async drop() {
      await database.query(`DROP SCHEMA ${schema} CASCADE`)
      await database.close()
    },
  }
}
