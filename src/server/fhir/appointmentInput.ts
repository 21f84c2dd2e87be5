// An Appointment a record system sends, read as what the staff API plans: the child and the place from
// the participants, the kind from serviceType, times, notes, and a cancellation's reason. Whatever else
// FHIR allows in an Appointment is left alone; what is checked is checked by the protocol's own schemas.
import { z } from 'zod'
import { Id, LongText, ReasonCode, StayKind } from '../../protocol'
import { validateInput } from '../api/validateInput'
import { ApiError } from '../errors/apiError'
import { SYSTEM } from './fhirSystems'

const Coding = z.looseObject({ system: z.string().optional(), code: z.string().optional() })
const CodeableConcept = z.looseObject({ coding: z.array(Coding).optional(), text: LongText.optional() })
const FhirInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString())

const AppointmentBody = z.looseObject({
  resourceType: z.literal('Appointment'),
  status: z.enum(['booked', 'cancelled']),
  start: FhirInstant,
  end: FhirInstant,
  serviceType: z.array(CodeableConcept).optional(),
  cancelationReason: CodeableConcept.optional(),
  comment: LongText.optional(),
  participant: z.array(z.looseObject({ actor: z.looseObject({ reference: z.string() }).optional() })).min(1),
})

export interface AppointmentInput {
  recipientId: string
  placeId: string
  kind?: z.infer<typeof StayKind>
  start: string
  end: string
  notes: string
  cancelled: boolean
  /** Why, for the family, when cancelled: Pusterom's reason code, else `other` with the text. */
  reason: { reason: z.infer<typeof ReasonCode>; note?: string } | null
}

function actorId(participants: z.infer<typeof AppointmentBody>['participant'], type: 'Patient' | 'Location'): string {
  const ids = participants.flatMap(({ actor }) => (actor?.reference.startsWith(`${type}/`) ? [actor.reference] : []))
  if (ids.length !== 1) throw new ApiError('invalid_request', `participant: name one ${type}`, 'participant')
  return validateInput(Id, ids[0]!.slice(type.length + 1), 'body')
}

function codeIn(concepts: readonly z.infer<typeof CodeableConcept>[], system: string): string | undefined {
  return concepts.flatMap((concept) => concept.coding ?? []).find((coding) => coding.system === system)?.code
}

function reasonOf(concept: z.infer<typeof CodeableConcept> | undefined): AppointmentInput['reason'] {
  if (!concept) return null
  const code = ReasonCode.safeParse(codeIn([concept], SYSTEM.reason))
  return { reason: code.success ? code.data : 'other', ...(concept.text ? { note: concept.text } : {}) }
}

export function appointmentInput(body: unknown): AppointmentInput {
  const appointment = validateInput(AppointmentBody, body, 'body')
  const kind = StayKind.safeParse(codeIn(appointment.serviceType ?? [], SYSTEM.stayKind))
  return {
    recipientId: actorId(appointment.participant, 'Patient'),
    placeId: actorId(appointment.participant, 'Location'),
    ...(kind.success ? { kind: kind.data } : {}),
    start: appointment.start,
    end: appointment.end,
    notes: appointment.comment ?? '',
    cancelled: appointment.status === 'cancelled',
    reason: appointment.status === 'cancelled' ? reasonOf(appointment.cancelationReason) : null,
  }
}
