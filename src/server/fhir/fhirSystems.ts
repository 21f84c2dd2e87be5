// The addresses that name Pusterom's codes, identifiers and extensions in the FHIR face: one home, so a
// record system sees the same system wherever a resource carries it.
const BASE = 'https://pusterom.no/fhir'

export const SYSTEM = {
  stay: `${BASE}/sid/stay`,
  child: `${BASE}/sid/child`,
  place: `${BASE}/sid/place`,
  stayKind: `${BASE}/CodeSystem/stay-kind`,
  requestStatus: `${BASE}/CodeSystem/change-request-status`,
  /** Why the municipality cancelled: the staff API's reason codes, worded for the family in their language. */
  reason: `${BASE}/CodeSystem/reason`,
  cancellationReason: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason',
} as const

export const EXTENSION = {
  placeCapacity: `${BASE}/StructureDefinition/place-capacity`,
  requestOnTime: `${BASE}/StructureDefinition/change-request-on-time`,
  requestDeadline: `${BASE}/StructureDefinition/change-request-deadline`,
  decisionQuota: `${BASE}/StructureDefinition/decision-quota`,
  officeAnswer: `${BASE}/StructureDefinition/change-request-answer`,
} as const

/** HL7 Norway's base profile for an appointment, which every Appointment here claims. */
export const NO_BASIS_APPOINTMENT = 'http://hl7.no/fhir/StructureDefinition/no-basis-Appointment'
