// AppointmentResponse?_lastUpdated=gt…: the municipality's change requests that arrived or were answered
// after a moment, oldest change first, paged by the (moment, id) of the last one sent.
import { z } from 'zod'
import { Id, Instant, type ChangeRequest, type Page } from '../../protocol'
import { pageSize, decodeCursor, pageFrom } from '../staff/reads/pageCursor'
import type { Queryable } from '../storage/database'
import { SqlConditions } from '../storage/sqlConditions'
import { versioned } from './fhirRecords'
import { appointmentResponseOf, requestLastUpdated } from './resources/appointmentResponse'
import type { FhirResource } from './resources/resourceMeta'
import type { AppointmentResponseSearch } from './searchParams'

const LAST_UPDATED = `api_instant(coalesce(data ->> 'answeredAt', data ->> 'receivedAt'))`

export async function searchAppointmentResponses(
  db: Queryable,
  municipalityId: string,
  search: z.infer<typeof AppointmentResponseSearch>,
): Promise<{ page: Page<FhirResource>; householdIds: string[] }> {
  const limit = pageSize(search._count)
  const after = decodeCursor(search._cursor, z.tuple([Instant, Id]))
  const where = new SqlConditions().add(
    `entity = 'changeRequest' AND NOT deleted AND municipality_id = ?`,
    municipalityId,
  )
  if (search._lastUpdated !== undefined) where.add(`${LAST_UPDATED} > ?::timestamptz`, search._lastUpdated)
  if (after) where.add(`(${LAST_UPDATED}, id) > (?::timestamptz, ?)`, after[0], after[1])
  const rows = await db.query<{ data: ChangeRequest; household_id: string; seq: string }>(
    `SELECT data, household_id, seq FROM records WHERE ${where.where}
     ORDER BY ${LAST_UPDATED}, id LIMIT ${where.param(limit + 1)}`,
    where.params,
  )
  const page = pageFrom(
    rows.map((row) => versioned<'changeRequest'>(row)),
    limit,
    (record) => ({ resource: appointmentResponseOf(record.data, record.version), householdId: record.householdId }),
    (record) => [requestLastUpdated(record.data), record.data.id],
  )
  return {
    page: { items: page.items.map((item) => item.resource), nextCursor: page.nextCursor },
    householdIds: page.items.flatMap((item) => (item.householdId ? [item.householdId] : [])),
  }
}
