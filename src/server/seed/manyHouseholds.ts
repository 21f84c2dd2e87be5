// Many synthetic households at once, for benchmarks and tests: each with one caregiver, one person
// who receives respite, a decision and a few planned weekend stays.
import { randomUUID } from 'node:crypto'
import type { Municipality, Place } from '../../protocol'
import { createMunicipality } from '../accounts/accountStore'
import { hashPassword } from '../auth/passwords'
import type { Clock } from '../../domain/clock'
import type { Database } from '../storage/database'
import { writeInMunicipality } from '../storage/records'
import { insertHouseholds, type HouseholdSeed } from './householdSeed'
import { plannedStay } from './recipientSeed'
import { everyOtherWeekend, windowAround } from './staySchedule'

export interface SeededHousehold {
  householdId: string
  userId: string
  username: string
  recipientId: string
  stayIds: string[]
}

export interface ManyHouseholdsOptions {
  municipalityId: string
  count: number
  clock: Clock
  /** Usernames are `<prefix>-<n>`; make it unique per call. */
  usernamePrefix?: string
  password?: string
  staysPerHousehold?: number
}

/** A municipality with one place, for a benchmark or test to put households in. */
export async function seedMunicipality(
  db: Database,
  overrides: Partial<Municipality> = {},
): Promise<{ municipality: Municipality; place: Place }> {
  const municipality: Municipality = {
    id: randomUUID(),
    name: 'Testkommune',
    changeDeadline: { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' },
    summerRespite: null,
    contacts: [],
    applyUrl: null,
    postalAddress: null,
    ...overrides,
  }
  const place: Place = {
    id: randomUUID(),
    name: 'Testheimen avlastning',
    kind: 'municipalUnit',
    address: 'Testveien 1, 0000 Test',
    phone: '+47 400 00 000',
    notes: '',
  }
  await createMunicipality(db, municipality)
  await writeInMunicipality(db, municipality.id, (writer) => writer.put('place', place, null))
  return { municipality, place }
}

/**
 * `count` households in one transaction. One password hash serves every caregiver here (hashing is
 * slow on purpose, and this is synthetic load data); real accounts each get their own salt.
 */
export async function seedHouseholds(db: Database, options: ManyHouseholdsOptions): Promise<SeededHousehold[]> {
  const prefix = options.usernamePrefix ?? `household-${randomUUID().slice(0, 8)}`
  const passwordHash = await hashPassword(options.password ?? 'demo')
  const now = options.clock.now()
  const nowIso = new Date(now).toISOString()
  const [placeRow] = await db.query<{ data: Place }>(
    "SELECT data FROM records WHERE entity = 'place' AND municipality_id = $1 AND household_id IS NULL AND NOT deleted ORDER BY seq LIMIT 1",
    [options.municipalityId],
  )
  if (!placeRow) throw new Error('the municipality has no place for the stays')
  const slots = everyOtherWeekend(windowAround(now, 0, 400), 0).slice(0, options.staysPerHousehold ?? 4)

  const seeded: SeededHousehold[] = []
  const households: HouseholdSeed[] = []
  for (let n = 1; n <= options.count; n++) {
    const householdId = randomUUID()
    const userId = randomUUID()
    const recipientId = randomUUID()
    const stays = slots.map((slot) => ({
      ...plannedStay(`${householdId}/r`, recipientId, placeRow.data, slot, nowIso),
      id: randomUUID(),
    }))
    households.push({
      id: householdId,
      caregivers: [{ id: userId, username: `${prefix}-${n}`, name: `Forelder ${n}`, passwordHash }],
      recipients: [
        {
          recipient: { id: recipientId, name: `Barn ${n}`, color: '#2f7d6d', medicationListReviewedAt: null },
          decisions: [
            {
              id: randomUUID(),
              recipientId,
              kinds: [placeRow.data.kind],
              amount: 2,
              unit: 'stays',
              period: 'month',
              validFrom: nowIso.slice(0, 10),
              validTo: null,
              decidedAt: nowIso,
              notes: '',
            },
          ],
          stays,
          template: [],
        },
      ],
    })
    seeded.push({ householdId, userId, username: `${prefix}-${n}`, recipientId, stayIds: stays.map((stay) => stay.id) })
  }
  await writeInMunicipality(db, options.municipalityId, (writer) => insertHouseholds(writer, households, nowIso))
  return seeded
}
