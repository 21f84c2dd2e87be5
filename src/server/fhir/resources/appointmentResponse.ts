// The family's change request as a FHIR AppointmentResponse: "not needed" declines the appointment,
// "other times" proposes new ones; the server's on-time verdict, the deadline it judged by and the office's
// answer travel as extensions, since FHIR has no element for them.
import type { ChangeRequest } from '../../../protocol'
import { EXTENSION, SYSTEM } from '../fhirSystems'
import { resourceMeta, type FhirResource } from './resourceMeta'

const instant = (value: string) => new Date(value).toISOString()

/** When the request last changed: the office's answer, or its arrival (what `_lastUpdated` searches). */
export function requestLastUpdated(request: ChangeRequest): string {
  return instant(request.answeredAt ?? request.receivedAt)
}

function verdictExtensions(request: ChangeRequest): object[] {
  return [
    ...(request.onTime === null ? [] : [{ url: EXTENSION.requestOnTime, valueBoolean: request.onTime }]),
    ...(request.deadline === null
      ? []
      : [{ url: EXTENSION.requestDeadline, valueDateTime: instant(request.deadline) }]),
    {
      url: EXTENSION.officeAnswer,
      extension: [
        { url: 'status', valueCoding: { system: SYSTEM.requestStatus, code: request.status } },
        ...(request.answerNote ? [{ url: 'note', valueString: request.answerNote }] : []),
        ...(request.answeredAt ? [{ url: 'answeredAt', valueDateTime: instant(request.answeredAt) }] : []),
      ],
    },
  ]
}

export function appointmentResponseOf(request: ChangeRequest, version: number): FhirResource {
  const otherTimes = request.type === 'changeTime'
  return {
    resourceType: 'AppointmentResponse',
    id: request.id,
    meta: resourceMeta(version, requestLastUpdated(request)),
    extension: verdictExtensions(request),
    appointment: { reference: `Appointment/${request.stayId}` },
    ...(otherTimes && request.proposedStart ? { start: instant(request.proposedStart) } : {}),
    ...(otherTimes && request.proposedEnd ? { end: instant(request.proposedEnd) } : {}),
    participantStatus: otherTimes ? 'tentative' : 'declined',
    ...(request.message ? { comment: request.message } : {}),
  }
}
