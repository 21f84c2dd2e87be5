// Reads what reminders are made from out of the server's records: the municipality's rules, the
// household's coming stays with who and where, how much of each packing list is unticked, and
// whether the summer application is in. Every query is scoped to the one household.
import { isOutsideHome, packedItemIds, packingProgress, stayList } from '../../domain/packing'
import type {
  ChecklistItem,
  Municipality,
  Packing,
  Place,
  Recipient,
  Stay,
  SummerApplication,
} from '../../protocol/entities'
import type { Queryable } from '../storage/database'
import type { HouseholdReminderData, UpcomingStay } from './dueReminders'
import type { ReminderSource } from './reminderScheduler'

async function dataOf<T>(db: Queryable, sql: string, params: unknown[]): Promise<T[]> {
  return (await db.query<{ data: T }>(sql, params)).map((row) => row.data)
}

export function recordsReminderSource(db: Queryable): ReminderSource {
  return {
    async household(householdId, from, to): Promise<HouseholdReminderData> {
      const [municipality] = await dataOf<Municipality>(
        db,
        'SELECT m.data FROM households h JOIN municipalities m ON m.id = h.municipality_id WHERE h.id = $1',
        [householdId],
      )
      const stays = await dataOf<Stay>(
        db,
        `SELECT data FROM records WHERE household_id = $1 AND entity = 'stay' AND NOT deleted
           AND (data->>'start')::timestamptz >= $2::timestamptz AND (data->>'start')::timestamptz < $3::timestamptz
         ORDER BY (data->>'start')::timestamptz`,
        [householdId, from, to],
      )
      const summer = municipality?.summerRespite ?? null
      const applications = summer
        ? await dataOf<SummerApplication>(
            db,
            `SELECT data FROM records WHERE household_id = $1 AND entity = 'summerApplication' AND NOT deleted`,
            [householdId],
          )
        : []
      const summerYear = summer ? Number(summer.from.slice(0, 4)) : null
      const [later] = await db.query<{ start: string }>(
        `SELECT data->>'start' AS start FROM records WHERE household_id = $1 AND entity = 'stay' AND NOT deleted
           AND (data->>'start')::timestamptz >= $2::timestamptz
         ORDER BY (data->>'start')::timestamptz LIMIT 1`,
        [householdId, to],
      )
      return {
        laterStayStart: later?.start ?? null,
        changeDeadline: municipality?.changeDeadline ?? null,
        summerRespite: summer,
        appliedForSummer: applications.some((application) => application.year === summerYear),
        stays: stays.length === 0 ? [] : await describeStays(db, householdId, stays, Date.parse(from)),
      }
    },
  }
}

async function describeStays(
  db: Queryable,
  householdId: string,
  stays: Stay[],
  nowMs: number,
): Promise<UpcomingStay[]> {
  const recipients = await dataOf<Recipient>(
    db,
    `SELECT data FROM records WHERE household_id = $1 AND entity = 'recipient' AND NOT deleted`,
    [householdId],
  )
  const placeIds = [...new Set(stays.map((stay) => stay.placeId))]
  const places = await dataOf<Place>(
    db,
    `SELECT data FROM records WHERE entity = 'place' AND id = ANY($1::text[]) AND NOT deleted`,
    [placeIds],
  )
  const items = await dataOf<ChecklistItem>(
    db,
    `SELECT data FROM records WHERE household_id = $1 AND entity = 'checklistItem' AND NOT deleted`,
    [householdId],
  )
  const stayIds = stays.map((stay) => stay.id)
  const packing = await dataOf<Packing>(
    db,
    `SELECT data FROM records WHERE household_id = $1 AND entity = 'packing' AND NOT deleted AND data->>'stayId' = ANY($2::text[])`,
    [householdId, stayIds],
  )
  const recipientById = new Map(recipients.map((recipient) => [recipient.id, recipient]))
  const placeById = new Map(places.map((place) => [place.id, place]))
  return stays.map((stay) => {
    const list = isOutsideHome(stay.kind) ? stayList(stay, items, nowMs) : []
    const progress = packingProgress(list, packedItemIds(packing, stay.id))
    return {
      stayId: stay.id,
      stayStart: stay.start,
      stayEnd: stay.end,
      status: stay.status,
      recipientName: recipientById.get(stay.recipientId)?.name ?? '',
      placeName: placeById.get(stay.placeId)?.name ?? null,
      unpacked: progress.total - progress.packed,
    }
  })
}
