// The municipality plans a stay, or a series of stays at once: judged for collisions first (refused unless
// staff accept them with a reason), then written, and the family told in one message.
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { Place, StaffStayCreate, StaffStaySeriesCreate, Stay } from '../../protocol'
import { ApiError, notFound } from '../errors/apiError'
import type { StaffPrincipal } from '../auth/principal'
import type { CreatedMessage } from '../events'
import { newMessage, stayPlannedNotice, type MessageDraft } from '../notices/stayNotices'
import type { Database } from '../storage/database'
import { findRecord, writeInMunicipality, type RecordWriter } from '../storage/records'
import { recordAccess } from './accessLog'
import { judgePlan } from './planning/planningCheck'
import { recordOverride } from './planning/planningOverrides'

export interface StayOutcome {
  stay: Stay
  messages: CreatedMessage[]
}

export async function placeOf(writer: RecordWriter, placeId: string): Promise<Place> {
  const place = await findRecord(writer.tx, 'place', placeId, { municipalityId: writer.municipalityId })
  if (!place) throw notFound()
  return place.data
}

export function assertOrdered(start: string, end: string, field = 'end'): void {
  if (Date.parse(end) <= Date.parse(start))
    throw new ApiError('invalid_request', `${field}: must be after start`, field)
}

export async function tellHousehold(
  writer: RecordWriter,
  householdId: string,
  stay: Stay,
  draft: MessageDraft,
  now: string,
): Promise<CreatedMessage> {
  const message = newMessage(draft, now)
  await writer.put('message', message, householdId)
  return { householdId, message, stayStart: stay.start }
}

type SeriesInput = z.infer<typeof StaffStaySeriesCreate>

/** Plans every stay of the series or none. */
export async function createStaySeries(
  db: Database,
  staff: StaffPrincipal,
  input: SeriesInput,
  now: string,
  action = 'staffCreateStaySeries',
): Promise<{ stays: Stay[]; messages: CreatedMessage[] }> {
  return writeInMunicipality(db, staff.municipalityId, (writer) => planSeries(writer, staff, input, now, action))
}

/** The series planned within a write already under way (the FHIR face's, which keeps its identifiers beside). */
export async function planSeries(
  writer: RecordWriter,
  staff: StaffPrincipal,
  input: SeriesInput,
  now: string,
  action: string,
): Promise<{ stays: Stay[]; messages: CreatedMessage[] }> {
  input.stays.forEach((times, index) => assertOrdered(times.start, times.end, `stays.${index}.end`))
  const times = [...input.stays].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const recipient = await findRecord(writer.tx, 'recipient', input.recipientId, {
    municipalityId: staff.municipalityId,
  })
  if (!recipient?.householdId) throw notFound()
  const householdId = recipient.householdId
  const place = await placeOf(writer, input.placeId)
  const kind = input.kind ?? place.kind
  const plan = { recipientId: input.recipientId, placeId: place.id, kind, times }
  const read = { place, childName: recipient.data.name }
  const accepted = await judgePlan(writer, { plan, override: input.override, read }, Date.parse(now))
  const stays: Stay[] = times.map(({ start, end }) => ({
    id: randomUUID(),
    recipientId: input.recipientId,
    placeId: place.id,
    kind,
    start,
    end,
    status: 'planned',
    transportTo: input.transportTo ?? null,
    transportFrom: input.transportFrom ?? null,
    notes: input.notes ?? '',
    updatedAt: now,
  }))
  await writer.putMany(
    'stay',
    stays.map((data) => ({ data, householdId })),
  )
  const stayIds = stays.map((stay) => stay.id)
  const reason = input.override?.reason ?? ''
  await recordOverride(writer.tx, { staff, householdId, stayIds, codes: accepted, reason, at: now })
  await recordAccess(writer.tx, { staff, action, householdIds: [householdId], recordId: stays[0]!.id, at: now })
  const message = await tellHousehold(writer, householdId, stays[0]!, stayPlannedNotice(stays, place), now)
  return { stays, messages: [message] }
}

export async function createStay(
  db: Database,
  staff: StaffPrincipal,
  input: z.infer<typeof StaffStayCreate>,
  now: string,
): Promise<StayOutcome> {
  const { start, end, ...fields } = input
  assertOrdered(start, end)
  const { stays, messages } = await createStaySeries(
    db,
    staff,
    { ...fields, stays: [{ start, end }] },
    now,
    'staffCreateStay',
  )
  return { stay: stays[0]!, messages }
}
