// One place's month for the console benchmark: a municipality with one place of 30 beds, `children`
// households whose child stays there every other weekend of this Norwegian month, and a planner who signs
// in to the console with the demo password.
import { randomUUID } from 'node:crypto'
import { createUsers } from '../../../src/server/accounts/accountStore'
import { hashPassword } from '../../../src/server/auth/passwords'
import { DEMO_PASSWORD } from '../../../src/server/seed/demoAccounts'
import { seedHouseholds, seedMunicipality } from '../../../src/server/seed/manyHouseholds'
import { norwegianInstant } from '../../../src/server/seed/staySchedule'
import { setCapacity } from '../../../src/server/staff/planning/placeCapacities'
import type { Database } from '../../../src/server/storage/database'
import type { Clock } from '../../../src/domain/clock'
import { firstOfMonth, localDateOf } from '../../../src/domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../../src/domain/zonedTime'
import type { PlaceMonthSeed } from './benchServerMessages'

export async function seedPlaceMonth(database: Database, clock: Clock, children: number): Promise<PlaceMonthSeed> {
  const { municipality, place } = await seedMunicipality(database)
  const seededAt = new Date(clock.now()).toISOString()
  await setCapacity(
    database,
    municipality.id,
    place.id,
    { unit: 'beds', size: children, openDays: [1, 2, 3, 4, 5, 6, 7], closed: [] },
    seededAt,
  )
  // Seeded as if on the 1st: two every-other weekends from then both start, and end, inside the month.
  const month = firstOfMonth(localDateOf(clock.now(), NORWEGIAN_TIME_ZONE))
  const firstOfThisMonth = Date.parse(norwegianInstant(month, '00:00'))
  const households = await seedHouseholds(database, {
    municipalityId: municipality.id,
    count: children,
    clock: { now: () => firstOfThisMonth },
    usernamePrefix: 'plan-month',
    password: DEMO_PASSWORD,
    staysPerHousehold: 2,
  })
  const username = 'bench-planlegger'
  await createUsers(database, [
    {
      id: randomUUID(),
      username,
      name: 'Planlegger',
      role: 'staff',
      staffRole: 'planner',
      municipalityId: municipality.id,
      householdId: null,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    },
  ])
  return {
    username,
    placeName: place.name,
    month,
    stays: households.reduce((sum, household) => sum + household.stayIds.length, 0),
  }
}
