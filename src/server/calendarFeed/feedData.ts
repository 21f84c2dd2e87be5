// Reads one household's stays, with who and where, for its calendar feed.
import type { Municipality, Place, Recipient, Stay } from '../../protocol/entities'
import type { Queryable } from '../storage/database'
import type { FeedData } from './householdCalendar'

/** Stays that ended longer ago than this are left out, to keep the feed small. */
const PAST_DAYS = 92
const MAX_SEQUENCE = 2 ** 31 - 1 // iCalendar's INTEGER is 32-bit

export async function feedData(db: Queryable, householdId: string, now: Date): Promise<FeedData | null> {
  const [municipality] = await db.query<{ data: Municipality }>(
    'SELECT m.data FROM households h JOIN municipalities m ON m.id = h.municipality_id WHERE h.id = $1',
    [householdId],
  )
  if (!municipality) return null
  const since = new Date(now.getTime() - PAST_DAYS * 24 * 3600_000).toISOString()
  const stays = await db.query<{ data: Stay; seq: string }>(
    `SELECT data, seq FROM records WHERE household_id = $1 AND entity = 'stay' AND NOT deleted
       AND (data->>'end')::timestamptz >= $2::timestamptz
     ORDER BY (data->>'start')::timestamptz`,
    [householdId, since],
  )
  const recipients = await db.query<{ data: Recipient }>(
    `SELECT data FROM records WHERE household_id = $1 AND entity = 'recipient' AND NOT deleted`,
    [householdId],
  )
  const placeIds = [...new Set(stays.map((row) => row.data.placeId))]
  const places = await db.query<{ data: Place }>(
    `SELECT data FROM records WHERE entity = 'place' AND municipality_id = $1 AND id = ANY($2::text[]) AND NOT deleted`,
    [municipality.data.id, placeIds],
  )
  const recipientById = new Map(recipients.map(({ data }) => [data.id, data]))
  const placeById = new Map(places.map(({ data }) => [data.id, data]))
  return {
    municipalityName: municipality.data.name,
    changeDeadline: municipality.data.changeDeadline,
    stays: stays.map(({ data: stay, seq }) => {
      const place = placeById.get(stay.placeId)
      return {
        id: stay.id,
        kind: stay.kind,
        status: stay.status,
        start: stay.start,
        end: stay.end,
        recipientName: recipientById.get(stay.recipientId)?.name ?? '',
        placeName: place?.name ?? null,
        placeAddress: place?.address || null,
        placePhone: place?.phone ?? null,
        transportTo: stay.transportTo,
        transportFrom: stay.transportFrom,
        updatedAt: stay.updatedAt,
        version: Math.min(Number(seq), MAX_SEQUENCE),
      }
    }),
  }
}
