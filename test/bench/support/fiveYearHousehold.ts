// One household with five years of respite for three children, built with the server's own seed
// schedule: day offers four afternoons a week, a respite unit every weekend, a summer week a year,
// the packing template per child and a stay-specific checklist item on every weekend stay.
import { randomUUID } from 'node:crypto'
import type { ChecklistItem, Place } from '../../../src/protocol'
import { hashPassword } from '../../../src/server/auth/passwords'
import { insertHouseholds } from '../../../src/server/seed/householdSeed'
import { seedMunicipality } from '../../../src/server/seed/manyHouseholds'
import { recipientSeed } from '../../../src/server/seed/recipientSeed'
import {
  everyOtherWeekend,
  summerWeek,
  weekly,
  windowAround,
  without,
  type Slot,
  type Window,
} from '../../../src/server/seed/staySchedule'
import type { Database } from '../../../src/server/storage/database'
import { writeInMunicipality } from '../../../src/server/storage/records'

export interface SeededFamily {
  username: string
  password: string
  householdId: string
  records: Record<string, number>
}

const YEAR_DAYS = 365

function summers(window: Window): Slot[] {
  const found: Slot[] = []
  for (let year = Number(window.from.slice(0, 4)); year <= Number(window.to.slice(0, 4)); year++) {
    const summer = summerWeek({ from: `${year}-06-01`, to: `${year}-08-31` })
    if (summer && summer.start >= window.from && summer.end <= `${window.to}T23:59:59Z`) found.push(summer)
  }
  return found
}

/** Seeds the household at `now`: four years back and one ahead. */
export async function seedFiveYearHousehold(db: Database, now: number): Promise<SeededFamily> {
  const { municipality, place: unit } = await seedMunicipality(db, { name: 'Benkekommune' })
  const dayOffer: Place = {
    id: randomUUID(),
    name: 'Aktivitetshuset',
    kind: 'dayOffer',
    address: 'Testveien 2, 0000 Test',
    phone: '+47 400 00 001',
    notes: '',
  }
  await writeInMunicipality(db, municipality.id, (writer) => writer.put('place', dayOffer, null))

  const window = windowAround(now, 4 * YEAR_DAYS, YEAR_DAYS)
  const summerWeeks = summers(window)
  const weekends = [...everyOtherWeekend(window, 0), ...everyOtherWeekend(window, 1)]
  const afternoons = [1, 2, 3, 4].flatMap((weekday) => weekly(window, weekday, '12:00', '17:00'))
  const seededAt = new Date(now - 4 * YEAR_DAYS * 86_400_000).toISOString()
  const householdId = randomUUID()
  const recipients = ['Emma', 'Jonas', 'Sofie'].map((name, index) => {
    const seed = recipientSeed(
      {
        key: `bench/${householdId}/${index}`,
        name,
        color: '#2f7d6d',
        decisions: [
          {
            kinds: ['dayOffer', 'municipalUnit'],
            amount: 20,
            unit: 'days',
            period: 'month',
            validFrom: window.from,
            validTo: null,
            decidedAt: seededAt,
            notes: '',
          },
        ],
        stays: [
          { place: dayOffer, slots: without(afternoons, summerWeeks) },
          { place: unit, slots: [...without(weekends, summerWeeks), ...summerWeeks] },
        ],
      },
      seededAt,
    )
    const stayItems: ChecklistItem[] = seed.stays
      .filter((stay) => stay.placeId === unit.id)
      .map((stay, position) => ({
        id: randomUUID(),
        recipientId: seed.recipient.id,
        stayId: stay.id,
        category: 'other',
        label: 'Bursdagsgave til venn',
        quantity: 1,
        position,
        addedAt: null,
      }))
    seed.template = [...seed.template, ...stayItems]
    return seed
  })

  const username = `bench-family-${householdId.slice(0, 8)}`
  const password = 'demo'
  const caregiver = { id: randomUUID(), username, name: 'Benk Forelder', passwordHash: await hashPassword(password) }
  await writeInMunicipality(db, municipality.id, (writer) =>
    insertHouseholds(writer, [{ id: householdId, caregivers: [caregiver], recipients }], seededAt),
  )
  const records = {
    recipient: recipients.length,
    decision: recipients.reduce((sum, seed) => sum + seed.decisions.length, 0),
    stay: recipients.reduce((sum, seed) => sum + seed.stays.length, 0),
    checklistItem: recipients.reduce((sum, seed) => sum + seed.template.length, 0),
    place: 2,
  }
  return { username, password, householdId, records }
}
