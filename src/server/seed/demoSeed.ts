// Demo mode: on an empty database, the two demo municipalities with their places, families, staff
// and a year of stays around the seed time. Every login's password is `demo`.
import { createMunicipality, createUsers } from '../accounts/accountStore'
import { hashPassword } from '../auth/passwords'
import { loadPidHashKey } from '../oidc/pidHash'
import type { Clock } from '../../domain/clock'
import type { Database, Queryable } from '../storage/database'
import { RecordWriter } from '../storage/records'
import { setCapacity } from '../staff/planning/placeCapacities'
import { DEMO_PASSWORD, DEMO_USERNAMES, demoUserId } from './demoAccounts'
import { closedFor, closedOnAWednesday, gjovikCapacities, lunnerCapacities } from './demoCapacities'
import { demoHouseholds, demoWindow } from './demoHouseholds'
import { seedDemoIdentities } from './demoPeople'
import { seedDemoOrganisationNumbers } from './demoRecordSystems'
import { GJOVIK_ID, gjovik, gjovikPlaces, LUNNER_ID, lunner, lunnerPlaces } from './demoTenants'
import { insertHouseholds } from './householdSeed'

// Any fixed number works, as long as it differs from the migrations' lock.
const DEMO_SEED_LOCK = 72_616_402

async function isEmpty(db: Queryable): Promise<boolean> {
  return (await db.query('SELECT 1 FROM municipalities LIMIT 1')).length === 0
}

/** Seeds the demo data at the clock's time, all in one transaction; false when the database was not empty. */
export async function seedDemo(db: Database, clock: Clock, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const now = clock.now()
  const pidKey = await loadPidHashKey(db, env)
  const hashes = await Promise.all(DEMO_USERNAMES.map(() => hashPassword(DEMO_PASSWORD)))
  const nextHash = () => hashes.pop() ?? ''
  const families = demoHouseholds(now, nextHash)
  const since = new Date(now - 120 * 86_400_000).toISOString()
  const window = demoWindow(now)
  const lunnerRooms = lunnerCapacities(window)
  const cancelledAtSolsikken = families.lunner
    .flatMap((household) => household.recipients.flatMap((seed) => seed.stays))
    .filter((stay) => stay.placeId === lunnerPlaces.privateHome.id && stay.status === 'cancelledByMunicipality')
  const seeded = await db.transaction(async (tx) => {
    // Several processes starting at once on one empty PostgreSQL: one seeds, the others then find it done.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK])
    if (!(await isEmpty(tx))) return false
    const tenants = [
      {
        municipality: lunner(now),
        places: lunnerPlaces,
        capacities: {
          ...lunnerRooms,
          privateHome: closedOnAWednesday(
            closedFor(lunnerRooms.privateHome, cancelledAtSolsikken, 'Ferie hos avlasterfamilien'),
            now,
            'Kurs for avlasterfamilien',
          ),
        },
        households: families.lunner,
        staff: [
          { username: 'lunner-ansatt', name: 'Tone Lunde', staffRole: 'caseworker' },
          { username: 'lunner-ansatt-2', name: 'Ola Dahl', staffRole: 'caseworker' },
          { username: 'lunner-planlegger', name: 'Mona Ruud', staffRole: 'planner' },
          { username: 'lunner-lesetilgang', name: 'Arne Foss', staffRole: 'readOnly' },
        ],
      },
      {
        municipality: gjovik(),
        places: gjovikPlaces,
        capacities: gjovikCapacities(window),
        households: families.gjovik,
        staff: [{ username: 'gjovik-ansatt', name: 'Per Moen', staffRole: 'caseworker' }],
      },
    ] as const
    for (const tenant of tenants) {
      await createMunicipality(tx, tenant.municipality)
      // No lock needed: nothing else sees this municipality before the transaction commits.
      const writer = new RecordWriter(tx, tenant.municipality.id)
      await writer.putMany(
        'place',
        Object.values(tenant.places).map((data) => ({ data, householdId: null })),
      )
      for (const [key, place] of Object.entries(tenant.places))
        await setCapacity(
          tx,
          tenant.municipality.id,
          place.id,
          tenant.capacities[key as keyof typeof tenant.capacities],
          since,
        )
      await insertHouseholds(writer, tenant.households, since)
      await createUsers(
        tx,
        tenant.staff.map((staff) => ({
          id: demoUserId(staff.username),
          username: staff.username,
          name: staff.name,
          role: 'staff' as const,
          staffRole: staff.staffRole,
          municipalityId: tenant.municipality.id,
          householdId: null,
          passwordHash: nextHash(),
        })),
      )
    }
    await seedDemoIdentities(tx, pidKey)
    return true
  })
  await seedDemoOrganisationNumbers(db)
  return seeded
}

export { GJOVIK_ID, LUNNER_ID }
