// The respite home's day or week list: the stays at one place that overlap the days (cancelled ones left out),
// each with what the staff at the door need: the child, the medication list, the about-me card and whom to call.
import type { AboutMe, DayListStay, Medication, PlaceDayList } from '../../../protocol'
import type { Queryable } from '../../storage/database'
import { municipalityPlace, staysAtPlace } from './placeStays'
import { peopleOf } from './staffHouseholds'

async function householdRecords<T extends { recipientId?: string; id: string }>(
  db: Queryable,
  entity: 'medication' | 'aboutMe',
  municipalityId: string,
  householdIds: string[],
): Promise<T[]> {
  const rows = await db.query<{ data: T }>(
    `SELECT data FROM records WHERE entity = $1 AND NOT deleted AND municipality_id = $2
       AND household_id = ANY($3::uuid[]) ORDER BY data ->> 'name', id`,
    [entity, municipalityId, householdIds],
  )
  return rows.map((row) => row.data)
}

export async function placeDayList(
  db: Queryable,
  municipalityId: string,
  placeId: string,
  days: { from: string; to: string },
): Promise<PlaceDayList | null> {
  const place = await municipalityPlace(db, municipalityId, placeId)
  if (!place) return null
  const stays = await staysAtPlace(db, municipalityId, placeId, days)
  const householdIds = [...new Set(stays.map((row) => row.household_id))]
  const [people, medications, aboutMes] = await Promise.all([
    peopleOf(db, municipalityId, householdIds),
    householdRecords<Medication>(db, 'medication', municipalityId, householdIds),
    householdRecords<AboutMe>(db, 'aboutMe', municipalityId, householdIds),
  ])
  const items: DayListStay[] = []
  for (const row of stays) {
    const recipient = people.recipientsOf(row.household_id).find((child) => child.id === row.data.recipientId)
    if (!recipient) continue // a stay whose child is gone from the record has no one to list
    items.push({
      stay: row.data,
      householdId: row.household_id,
      recipient,
      caregivers: people.caregiversOf(row.household_id).map(({ name, phone }) => ({ name, phone })),
      medications: medications.filter((medication) => medication.recipientId === recipient.id),
      aboutMe: aboutMes.find((card) => card.recipientId === recipient.id) ?? null,
    })
  }
  return { place, from: days.from, to: days.to, stays: items }
}
