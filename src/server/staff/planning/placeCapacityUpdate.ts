// Staff set what a place has room for (or take the limit away): written to the access log as a change
// that concerns no one household.
import type { PlaceCapacity, StaffPlace } from '../../../protocol/planning'
import type { StaffPrincipal } from '../../auth/principal'
import type { Database } from '../../storage/database'
import { writeInMunicipality } from '../../storage/records'
import { recordAccess } from '../accessLog'
import { placeOf } from '../staffStays'
import { setCapacity } from './placeCapacities'

export function updatePlaceCapacity(
  db: Database,
  staff: StaffPrincipal,
  placeId: string,
  capacity: PlaceCapacity | null,
  now: string,
): Promise<StaffPlace> {
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const place = await placeOf(writer, placeId)
    await setCapacity(writer.tx, staff.municipalityId, place.id, capacity, now)
    await recordAccess(writer.tx, {
      staff,
      action: 'staffSetPlaceCapacity',
      householdIds: [null],
      recordId: place.id,
      at: now,
    })
    return { ...place, capacity }
  })
}
