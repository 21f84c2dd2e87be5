// A Bundle of Appointments the record system has never sent (a week's plan, the common case) is planned
// without a query per entry: its children, places and the stays around them read once, each entry judged
// in order against them and the entries before it, by the same rules as one PUT, then all written at once.
import type { StaffPrincipal } from '../auth/principal'
import { preloadPlanningReads } from '../staff/planning/preloadedPlanningReads'
import { judgeSeries, writeSeries } from '../staff/staffStays'
import type { RecordWriter } from '../storage/records'
import type { AppointmentInput } from './appointmentInput'
import { FHIR_ACTIONS, keepPlanned, newSeries, type AppointmentPut, type AppointmentWrite } from './appointmentWrite'
import { recordsOfIdentifiers } from './fhirIdentifiers'
import { SYSTEM } from './fhirSystems'
import { inEntry, inEntryAsync } from './transactionEntries'

/** Every entry planned, or null when an entry names a stay already there (the Bundle is then written entry by entry). */
export async function planNewAppointments(
  writer: RecordWriter,
  staff: StaffPrincipal,
  puts: readonly AppointmentPut[],
  inputs: readonly AppointmentInput[],
  now: string,
): Promise<AppointmentWrite[] | null> {
  if (puts.some((put) => put.identifier.system === SYSTEM.stay)) return null
  const known = await recordsOfIdentifiers(
    writer.tx,
    writer.municipalityId,
    puts.map((put) => put.identifier),
  )
  if (known.size > 0) return null
  const reads = await preloadPlanningReads(
    writer.tx,
    writer.municipalityId,
    inputs.map(({ recipientId, placeId, kind, start, end }) => ({
      recipientId,
      placeId,
      kind,
      times: [{ start, end }],
    })),
  )
  const judged = []
  for (const [index, put] of puts.entries()) {
    const series = inEntry(index, () => newSeries(put.ifMatch, inputs[index]!))
    judged.push(await inEntryAsync(index, () => judgeSeries(writer, series, now, reads)))
  }
  const planned = await writeSeries(writer, staff, judged, now, FHIR_ACTIONS.create)
  return keepPlanned(
    writer,
    planned.map((series, index) => ({ identifier: puts[index]!.identifier, planned: series })),
  )
}
