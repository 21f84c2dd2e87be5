// Each place's capacity (beds, rooms, children at a time or day places; open weekdays; closed periods),
// kept beside the place's record for staff only: families never sync it.
import type { PlaceCapacity } from '../../../protocol/planning'
import type { Queryable } from '../../storage/database'

interface CapacityRow {
  place_id: string
  unit: PlaceCapacity['unit']
  size: number
  open_days: number[]
  closed: PlaceCapacity['closed']
}

const fromRow = (row: CapacityRow): PlaceCapacity => ({
  unit: row.unit,
  size: row.size,
  openDays: row.open_days.map(Number),
  closed: row.closed,
})

/** The capacities of these places of the municipality (all of its places when `placeIds` is absent). */
export async function capacitiesOf(
  db: Queryable,
  municipalityId: string,
  placeIds?: readonly string[],
): Promise<Map<string, PlaceCapacity>> {
  const rows = await db.query<CapacityRow>(
    `SELECT place_id, unit, size, open_days, closed FROM place_capacities
     WHERE municipality_id = $1 AND ($2::text[] IS NULL OR place_id = ANY($2::text[]))`,
    [municipalityId, placeIds ?? null],
  )
  return new Map(rows.map((row) => [row.place_id, fromRow(row)]))
}

/** Sets a place's capacity, or removes it (null): the caller has checked that the place is the municipality's. */
export async function setCapacity(
  db: Queryable,
  municipalityId: string,
  placeId: string,
  capacity: PlaceCapacity | null,
  now: string,
): Promise<void> {
  if (!capacity) {
    await db.query('DELETE FROM place_capacities WHERE municipality_id = $1 AND place_id = $2', [
      municipalityId,
      placeId,
    ])
    return
  }
  await db.query(
    `INSERT INTO place_capacities (municipality_id, place_id, unit, size, open_days, closed, updated_at)
     VALUES ($1, $2, $3, $4, $5::smallint[], $6::jsonb, $7)
     ON CONFLICT (municipality_id, place_id) DO UPDATE SET unit = EXCLUDED.unit, size = EXCLUDED.size,
       open_days = EXCLUDED.open_days, closed = EXCLUDED.closed, updated_at = EXCLUDED.updated_at`,
    [
      municipalityId,
      placeId,
      capacity.unit,
      capacity.size,
      [...capacity.openDays].sort(),
      JSON.stringify(capacity.closed),
      now,
    ],
  )
}
