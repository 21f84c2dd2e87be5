// What a record system sends to plan stays: an Appointment of a child at a place, the conditional update that
// names it by the record system's own identifier, and the transaction Bundle that carries many of them.
import type { FhirResource } from './fhirClient'

export interface AppointmentOf {
  childId: string
  placeId: string
  start: string
  end: string
}

/** A booked Appointment with the child and the place as its participants, as the FHIR face reads them. */
export function anAppointment({ childId, placeId, start, end }: AppointmentOf): FhirResource {
  return {
    resourceType: 'Appointment',
    status: 'booked',
    start,
    end,
    participant: [
      { actor: { reference: `Patient/${childId}` }, status: 'accepted' },
      { actor: { reference: `Location/${placeId}` }, status: 'accepted' },
    ],
  }
}

/** The path of a conditional update by the record system's identifier (`system|value`). */
export const appointmentPath = (system: string, value: string): string => `Appointment?identifier=${system}|${value}`

/** A transaction entry planning the Appointment under the record system's identifier. */
export function aPlanEntry(appointment: AppointmentOf, system: string, value: string) {
  return {
    resource: anAppointment(appointment),
    request: { method: 'PUT', url: appointmentPath(system, value) },
  }
}

export const aTransaction = (...entry: object[]) => ({ resourceType: 'Bundle', type: 'transaction', entry })

/** The place's id from a participant's reference (`Location/<id>`). */
export const idOfReference = (reference: string): string => reference.slice(reference.indexOf('/') + 1)
