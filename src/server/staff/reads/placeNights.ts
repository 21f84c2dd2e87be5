// A place's night-by-night grid: each day from `from` to `to`, counted by the planning checks' own rule
// (src/domain/placeCapacity.ts), with the children there and, on a closed day, the closed period's note.
import type { NightChild, PlaceNights } from '../../../protocol'
import { closedPeriodOn, noLimit, occupancy } from '../../../domain/placeCapacity'
import { NORWEGIAN_TIME_ZONE } from '../../../domain/zonedTime'
import type { Queryable } from '../../storage/database'
import { capacitiesOf } from '../planning/placeCapacities'
import { municipalityPlace, staysAtPlace } from './placeStays'
import { peopleOf } from './staffHouseholds'

export async function placeNights(
  db: Queryable,
  municipalityId: string,
  placeId: string,
  days: { from: string; to: string },
): Promise<PlaceNights | null> {
  const place = await municipalityPlace(db, municipalityId, placeId)
  if (!place) return null
  const [capacities, rows] = await Promise.all([
    capacitiesOf(db, municipalityId, [placeId]),
    staysAtPlace(db, municipalityId, placeId, days),
  ])
  const capacity = capacities.get(placeId) ?? null
  const people = await peopleOf(db, municipalityId, [...new Set(rows.map((row) => row.household_id))])
  const childOf = new Map<string, NightChild>()
  for (const row of rows) {
    const child = people.recipientsOf(row.household_id).find((recipient) => recipient.id === row.data.recipientId)
    if (child)
      childOf.set(row.data.id, {
        stayId: row.data.id,
        householdId: row.household_id,
        recipientId: child.id,
        name: child.name,
      })
  }
  const counted = capacity ?? noLimit(place.kind)
  const stays = rows.map((row) => row.data)
  const nights = occupancy(counted, stays, days.from, days.to, NORWEGIAN_TIME_ZONE).map((use) => ({
    day: use.day,
    open: use.open,
    closedNote: use.open ? null : (closedPeriodOn(counted, use.day)?.note ?? null),
    taken: use.stayIds.length,
    children: use.stayIds.flatMap((id) => childOf.get(id) ?? []),
  }))
  return { place: { ...place, capacity }, from: days.from, to: days.to, nights }
}
