// One of the municipality's places and the stays there over some days (cancelled ones left out): what the
// respite home's day list and the place's night-by-night grid both read.
import type { Place, Stay } from '../../../protocol'
import { addDays } from '../../../domain/localDates'
import type { Queryable } from '../../storage/database'
import { findRecord } from '../../storage/records'
import { dayStart } from './norwegianDays'

/** More than a place holds in two months many times over: a list this long is a mistake, not a plan. */
const MOST_STAYS = 500

export interface PlaceStayRow {
  household_id: string
  data: Stay
}

/** The place, when it is the municipality's. */
export async function municipalityPlace(db: Queryable, municipalityId: string, placeId: string): Promise<Place | null> {
  return (await findRecord(db, 'place', placeId, { municipalityId }))?.data ?? null
}

/** The stays at the place, not cancelled, that overlap the days `from` to `to`, by start. */
export function staysAtPlace(
  db: Queryable,
  municipalityId: string,
  placeId: string,
  days: { from: string; to: string },
): Promise<PlaceStayRow[]> {
  return db.query<PlaceStayRow>(
    `SELECT household_id, data FROM records WHERE entity = 'stay' AND NOT deleted AND municipality_id = $1
       AND data ->> 'placeId' = $2
       AND data ->> 'status' NOT IN ('cancelledByFamily', 'cancelledByMunicipality')
       AND api_instant(data ->> 'end') > $3::timestamptz AND api_instant(data ->> 'start') < $4::timestamptz
     ORDER BY api_instant(data ->> 'start'), id LIMIT ${MOST_STAYS}`,
    [municipalityId, placeId, dayStart(days.from), dayStart(addDays(days.to, 1))],
  )
}
