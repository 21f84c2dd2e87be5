// The respite home's day or week list: the stays at one place that overlap the days (cancelled ones left out),
// each with what the staff at the door need: the child, the medication list, the about-me card and whom to call.
import type { AboutMe, DayListStay, Medication, Place, PlaceDayList, Stay } from '../../../protocol'
import { addDays } from '../../../domain/localDates'
import type { Queryable } from '../../storage/database'
import { dayStart } from './norwegianDays'
import { peopleOf } from './staffHouseholds'

/** More than a place holds in a week many times over: a list this long is a mistake, not a week. */
const MOST_STAYS = 500

interface StayRow {
  household_id: string
  data: Stay
}

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
  const [place] = await db.query<{ data: Place }>(
    `SELECT data FROM records WHERE entity = 'place' AND id = $1 AND NOT deleted AND household_id IS NULL
       AND municipality_id = $2`,
    [placeId, municipalityId],
  )
  if (!place) return null
  const stays = await db.query<StayRow>(
    `SELECT household_id, data FROM records WHERE entity = 'stay' AND NOT deleted AND municipality_id = $1
       AND data ->> 'placeId' = $2
       AND data ->> 'status' NOT IN ('cancelledByFamily', 'cancelledByMunicipality')
       AND api_instant(data ->> 'end') > $3::timestamptz AND api_instant(data ->> 'start') < $4::timestamptz
     ORDER BY api_instant(data ->> 'start'), id LIMIT ${MOST_STAYS}`,
    [municipalityId, placeId, dayStart(days.from), dayStart(addDays(days.to, 1))],
  )
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
  return { place: place.data, from: days.from, to: days.to, stays: items }
}
