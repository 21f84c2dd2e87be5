// A caregiver as a FHIR RelatedPerson of the household's child: name, phone and postal address as the
// municipality's record has them. FHIR ties a RelatedPerson to one patient: here the household's first
// child by name, as the console lists them.
import { resourceMeta, type FhirResource } from './resourceMeta'

export interface Caregiver {
  id: string
  name: string
  phone: string | null
  address: string | null
  childId: string
}

export function relatedPersonOf(caregiver: Caregiver): FhirResource {
  return {
    resourceType: 'RelatedPerson',
    id: caregiver.id,
    meta: resourceMeta(null),
    active: true,
    patient: { reference: `Patient/${caregiver.childId}` },
    relationship: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'GUARD', display: 'guardian' }] },
    ],
    name: [{ text: caregiver.name }],
    ...(caregiver.phone ? { telecom: [{ system: 'phone', value: caregiver.phone }] } : {}),
    ...(caregiver.address ? { address: [{ text: caregiver.address }] } : {}),
  }
}
