// Appointment?patient=&date=ge…&date=le…&status=: the staff list of stays (one home for its filters and
// paging), its items as Appointments with their versions.
import type { Page, Stay } from '../../protocol'
import type { Queryable } from '../storage/database'
import { listStays } from '../staff/reads/staffStayList'
import { versionsOf } from './fhirRecords'
import { appointmentOf } from './resources/appointment'
import type { FhirResource } from './resources/resourceMeta'
import { dayBounds, type AppointmentSearch } from './searchParams'
import type { z } from 'zod'

const STORED: Record<'booked' | 'cancelled', Stay['status'][]> = {
  booked: ['planned', 'changed'],
  cancelled: ['cancelledByFamily', 'cancelledByMunicipality'],
}

export async function searchAppointments(
  db: Queryable,
  municipalityId: string,
  search: z.infer<typeof AppointmentSearch>,
): Promise<{ page: Page<FhirResource>; householdIds: string[] }> {
  const stays = await listStays(db, municipalityId, {
    ...dayBounds(search.date),
    ...(search.patient && { recipientId: search.patient }),
    ...(search.status && { statuses: search.status.flatMap((status) => STORED[status]) }),
    ...(search._cursor && { cursor: search._cursor }),
    ...(search._count && { limit: search._count }),
  })
  const versions = await versionsOf(
    db,
    'stay',
    stays.items.map((stay) => stay.id),
    municipalityId,
  )
  return {
    page: {
      items: stays.items.map(({ householdId: _household, state: _state, overrides: _overrides, ...stay }) =>
        appointmentOf(stay, versions.get(stay.id) ?? 0),
      ),
      nextCursor: stays.nextCursor,
    },
    householdIds: stays.items.map((stay) => stay.householdId),
  }
}
