// A place as a FHIR Location: name, address, phone, the kind of stay it offers, and its capacity (beds,
// rooms or children at a time) as an extension, since Location has no element for it.
import type { Place } from '../../../protocol'
import type { PlaceCapacity } from '../../../protocol/planning'
import { EXTENSION, SYSTEM } from '../fhirSystems'
import { resourceMeta, type FhirResource } from './resourceMeta'

function capacityExtension(capacity: PlaceCapacity): object {
  return {
    url: EXTENSION.placeCapacity,
    extension: [
      { url: 'unit', valueCode: capacity.unit },
      { url: 'size', valueInteger: capacity.size },
    ],
  }
}

export function locationOf(place: Place, version: number, capacity: PlaceCapacity | undefined): FhirResource {
  return {
    resourceType: 'Location',
    id: place.id,
    meta: resourceMeta(version),
    ...(capacity ? { extension: [capacityExtension(capacity)] } : {}),
    identifier: [{ system: SYSTEM.place, value: place.id }],
    status: 'active',
    name: place.name,
    type: [{ coding: [{ system: SYSTEM.stayKind, code: place.kind }] }],
    ...(place.phone ? { telecom: [{ system: 'phone', value: place.phone }] } : {}),
    ...(place.address ? { address: { text: place.address } } : {}),
  }
}
