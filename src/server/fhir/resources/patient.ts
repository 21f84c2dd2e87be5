// A child (the protocol's recipient) as a FHIR Patient: the name and birth date the municipality keeps.
import type { Recipient } from '../../../protocol'
import { SYSTEM } from '../fhirSystems'
import { resourceMeta, type FhirResource } from './resourceMeta'

export function patientOf(child: Recipient, version: number): FhirResource {
  return {
    resourceType: 'Patient',
    id: child.id,
    meta: resourceMeta(version),
    identifier: [{ system: SYSTEM.child, value: child.id }],
    name: [{ text: child.name }],
    ...(child.birthDate ? { birthDate: child.birthDate } : {}),
  }
}
