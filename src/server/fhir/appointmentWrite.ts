// A conditional update of an Appointment by the record system's identifier: it plans the stay the first
// time and changes, cancels or reinstates it after, through the staff API's own services (the planning
// rules, the family's message in their language, the access log); the same request again changes nothing.
import type { z } from 'zod'
import { StaffStayPatch, StaffStaySeriesCreate, type Stay } from '../../protocol'
import { isCancelled } from '../../domain/stayState'
import type { StaffPrincipal } from '../auth/principal'
import { validateInput } from '../api/validateInput'
import { ApiError, notFound } from '../errors/apiError'
import type { CreatedMessage } from '../events'
import { patchStayIn } from '../staff/staffStayPatch'
import { planSeries, type PlannedSeries } from '../staff/staffStays'
import type { Database } from '../storage/database'
import { currentRecord, findRecord, writeInMunicipality, type RecordWriter } from '../storage/records'
import { appointmentInput, type AppointmentInput } from './appointmentInput'
import { keepIdentifiers, recordOfIdentifier, type Identifier } from './fhirIdentifiers'
import { SYSTEM } from './fhirSystems'
import { checkIfMatch } from './versionMatch'

type StaffStaySeries = z.infer<typeof StaffStaySeriesCreate>

export interface AppointmentWrite {
  stay: Stay
  version: number
  created: boolean
  messages: CreatedMessage[]
}

/** What the Appointment changes in the stay, as the staff API's patch; null when nothing. */
function patchFor(stay: Stay, input: AppointmentInput): z.input<typeof StaffStayPatch> | null {
  if (input.recipientId !== stay.recipientId)
    throw new ApiError('invalid_request', 'participant: a stay’s child does not change', 'participant')
  const patch: Record<string, unknown> = {}
  if (input.placeId !== stay.placeId) patch.placeId = input.placeId
  if (Date.parse(input.start) !== Date.parse(stay.start)) patch.start = input.start
  if (Date.parse(input.end) !== Date.parse(stay.end)) patch.end = input.end
  if (input.notes !== stay.notes) patch.notes = input.notes
  if (input.cancelled && !isCancelled(stay))
    Object.assign(patch, { status: 'cancelledByMunicipality', ...input.reason })
  if (!input.cancelled && isCancelled(stay)) patch.status = 'planned'
  return Object.keys(patch).length === 0 ? null : patch
}

async function versionOf(writer: RecordWriter, stayId: string): Promise<number> {
  return (await currentRecord(writer.tx, 'stay', stayId))!.version
}

/** What the access log names a plan and a change by: the FHIR face's operations, or the CSV import's. */
export interface WriteActions {
  create: string
  update: string
}

export const FHIR_ACTIONS: WriteActions = { create: 'fhirCreateAppointment', update: 'fhirUpdateAppointment' }

/** New Appointments' identifiers kept for the stays they planned; what each PUT answers. */
export async function keepPlanned(
  writer: RecordWriter,
  plannedBy: readonly { identifier: Identifier; planned: PlannedSeries }[],
): Promise<AppointmentWrite[]> {
  const kept = plannedBy.map(({ identifier, planned }) => ({ id: identifier, recordId: planned.stays[0]!.id }))
  await keepIdentifiers(writer.tx, writer.municipalityId, kept)
  return plannedBy.map(({ planned: { stays, versions, messages } }) => {
    const stay = stays[0]!
    return { stay, version: versions.get(stay.id)!, created: true, messages }
  })
}

/** The series a new Appointment plans: refused when it comes cancelled or with an If-Match (no version yet). */
export function newSeries(ifMatch: string | undefined, input: AppointmentInput): StaffStaySeries {
  checkIfMatch(ifMatch, null)
  if (input.cancelled) throw new ApiError('invalid_request', 'status: a new appointment is booked', 'status')
  const { recipientId, placeId, kind, notes, start, end } = input
  const series = { recipientId, placeId, ...(kind && { kind }), notes, stays: [{ start, end }] }
  return validateInput(StaffStaySeriesCreate, series, 'body')
}

/** One conditional update: the record system's identifier, the Appointment it sends, and its If-Match. */
export interface AppointmentPut {
  identifier: Identifier
  body: unknown
  ifMatch: string | undefined
}

export async function putAppointment(
  db: Database,
  staff: StaffPrincipal,
  put: AppointmentPut,
  now: string,
): Promise<AppointmentWrite> {
  const input = appointmentInput(put.body)
  return writeInMunicipality(db, staff.municipalityId, (writer) => writeAppointment(writer, staff, put, input, now))
}

/** The update within a write already under way: a transaction Bundle writes all its entries in one. */
export async function writeAppointment(
  writer: RecordWriter,
  staff: StaffPrincipal,
  { identifier, ifMatch }: AppointmentPut,
  input: AppointmentInput,
  now: string,
  actions: WriteActions = FHIR_ACTIONS,
): Promise<AppointmentWrite> {
  const { municipalityId } = staff
  const own = identifier.system === SYSTEM.stay
  const stayId = own ? identifier.value : await recordOfIdentifier(writer.tx, municipalityId, identifier)
  const found = stayId ? await findRecord(writer.tx, 'stay', stayId, { municipalityId }) : null
  if (!found) {
    // Pusterom's own ids, and a record system's stay deleted since, are not planned anew.
    if (own || stayId) throw notFound()
    const planned = await planSeries(writer, staff, newSeries(ifMatch, input), now, actions.create)
    return (await keepPlanned(writer, [{ identifier, planned }]))[0]!
  }
  checkIfMatch(ifMatch, await versionOf(writer, found.data.id))
  const patch = patchFor(found.data, input)
  if (!patch) return { stay: found.data, version: await versionOf(writer, found.data.id), created: false, messages: [] }
  const valid = validateInput(StaffStayPatch, patch, 'body')
  const { stay, messages } = await patchStayIn(writer, staff, found.data.id, valid, now, actions.update)
  return { stay, version: await versionOf(writer, stay.id), created: false, messages }
}
