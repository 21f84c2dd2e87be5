// A stay as a FHIR Appointment, shaped after HL7 Norway's no-basis-Appointment: status, start and end,
// the child and the place as participants, the kind of stay as serviceType, the stay's id as identifier,
// and who cancelled as the cancellation reason.
import type { Stay } from '../../../protocol'
import { NO_BASIS_APPOINTMENT, SYSTEM } from '../fhirSystems'
import { resourceMeta, type FhirResource } from './resourceMeta'

const instant = (value: string) => new Date(value).toISOString()

/** A stay's status as FHIR's: both cancellations are `cancelled`, told apart by the reason. */
export function appointmentStatus(status: Stay['status']): 'booked' | 'cancelled' {
  return status === 'cancelledByFamily' || status === 'cancelledByMunicipality' ? 'cancelled' : 'booked'
}

// appointment-cancellation-reason: `pat` the patient (here the family), `prov` the provider (the office).
function cancellationReason(status: Stay['status']): object | undefined {
  if (status === 'cancelledByFamily') return { coding: [{ system: SYSTEM.cancellationReason, code: 'pat' }] }
  if (status === 'cancelledByMunicipality') return { coding: [{ system: SYSTEM.cancellationReason, code: 'prov' }] }
  return undefined
}

export function appointmentOf(stay: Stay, version: number): FhirResource {
  const reason = cancellationReason(stay.status)
  return {
    resourceType: 'Appointment',
    id: stay.id,
    meta: { ...resourceMeta(version, instant(stay.updatedAt)), profile: [NO_BASIS_APPOINTMENT] },
    identifier: [{ system: SYSTEM.stay, value: stay.id }],
    status: appointmentStatus(stay.status),
    ...(reason ? { cancelationReason: reason } : {}),
    serviceType: [{ coding: [{ system: SYSTEM.stayKind, code: stay.kind }] }],
    start: instant(stay.start),
    end: instant(stay.end),
    ...(stay.notes ? { comment: stay.notes } : {}),
    participant: [
      { actor: { reference: `Patient/${stay.recipientId}` }, required: 'required', status: 'accepted' },
      { actor: { reference: `Location/${stay.placeId}` }, required: 'required', status: 'accepted' },
    ],
  }
}
