// The municipality plans a stay, or a series of stays at once: judged for collisions first (refused unless
// staff accept them with a reason), then written, and the family told in one message.
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { Place, StaffStayCreate, StaffStaySeriesCreate, Stay } from '../../protocol'
import type { ConflictCode } from '../../protocol/planning'
import { plannedKind } from '../../domain/planningConflicts'
import { ApiError, notFound } from '../errors/apiError'
import type { StaffPrincipal } from '../auth/principal'
import type { CreatedMessage } from '../events'
import { newMessage, stayPlannedNotice, type MessageDraft } from '../notices/stayNotices'
import type { Database } from '../storage/database'
import { findRecord, writeInMunicipality, type RecordWriter } from '../storage/records'
import { recordChanges } from './accessLog'
import { judgePlan } from './planning/planningCheck'
import { databaseReads, type PlanningReads } from './planning/planningReads'
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
  const [told] = await tellHouseholds(writer, [{ householdId, stay, draft }], now)
  return told!
}

/** One message to each household, written in one insert. */
async function tellHouseholds(
  writer: RecordWriter,
  tellings: readonly { householdId: string; stay: Stay; draft: MessageDraft }[],
  now: string,
): Promise<CreatedMessage[]> {
  const told = tellings.map(({ householdId, stay, draft }) => ({
    householdId,
    message: newMessage(draft, now),
    stayStart: stay.start,
  }))
  await writer.putMany(
    'message',
    told.map(({ householdId, message }) => ({ data: message, householdId })),
  )
  return told
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

/** A series judged and ready to write: its stays, the household's, and the collisions staff accepted. */
export interface JudgedSeries {
  householdId: string
  place: Place
  stays: Stay[]
  accepted: ConflictCode[]
  reason: string
}

/** Judges the series against what `reads` sees (this write's plans before it included); writes nothing. */
export async function judgeSeries(
  writer: RecordWriter,
  input: SeriesInput,
  now: string,
  reads: PlanningReads = databaseReads(writer.tx, writer.municipalityId),
): Promise<JudgedSeries> {
  input.stays.forEach((times, index) => assertOrdered(times.start, times.end, `stays.${index}.end`))
  const times = [...input.stays].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const child = await reads.child(input.recipientId)
  if (!child?.householdId) throw notFound()
  const place = await reads.place(input.placeId)
  if (!place) throw notFound()
  const kind = plannedKind(input.kind, place)
  const plan = { recipientId: input.recipientId, placeId: place.id, kind, times }
  const read = { place, childName: child.name }
  const accepted = await judgePlan(writer, { plan, override: input.override, read }, Date.parse(now), reads)
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
  reads.planned(stays)
  return { householdId: child.householdId, place, stays, accepted, reason: input.override?.reason ?? '' }
}

export interface PlannedSeries {
  stays: Stay[]
  messages: CreatedMessage[]
  /** Each stay's version, by id. */
  versions: Map<string, number>
}

/** Writes judged series in a few inserts: their stays, accepted collisions, the access log and each family's message. */
export async function writeSeries(
  writer: RecordWriter,
  staff: StaffPrincipal,
  judged: readonly JudgedSeries[],
  now: string,
  action: string,
): Promise<PlannedSeries[]> {
  const versions = await writer.putMany(
    'stay',
    judged.flatMap(({ stays, householdId }) => stays.map((data) => ({ data, householdId }))),
  )
  for (const { householdId, stays, accepted, reason } of judged) {
    const stayIds = stays.map((stay) => stay.id)
    await recordOverride(writer.tx, { staff, householdId, stayIds, codes: accepted, reason, at: now })
  }
  const changed = judged.map(({ householdId, stays }) => ({ householdId, recordId: stays[0]!.id }))
  await recordChanges(writer.tx, { staff, action, at: now }, changed)
  const told = await tellHouseholds(
    writer,
    judged.map(({ householdId, stays, place }) => ({
      householdId,
      stay: stays[0]!,
      draft: stayPlannedNotice(stays, place),
    })),
    now,
  )
  return judged.map(({ stays }, index) => ({ stays, messages: [told[index]!], versions }))
}

/** The series planned within a write already under way (the FHIR face's, which keeps its identifiers beside). */
export async function planSeries(
  writer: RecordWriter,
  staff: StaffPrincipal,
  input: SeriesInput,
  now: string,
  action: string,
): Promise<PlannedSeries> {
  const [planned] = await writeSeries(writer, staff, [await judgeSeries(writer, input, now)], now, action)
  return planned!
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
