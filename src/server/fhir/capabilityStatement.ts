// What the FHIR face offers, as FHIR says it: the resources, their interactions and search parameters,
// and how to sign in. Written from the same tables the router serves, so it cannot promise more.
import { FHIR_PREFIX } from '../../protocol/routes/routePath'
import { RESOURCE_READERS } from './resourceReads'

const SEARCHES: Record<string, { name: string; type: string; documentation: string }[]> = {
  Appointment: [
    { name: 'patient', type: 'reference', documentation: 'The child (Patient/<id>)' },
    { name: 'date', type: 'date', documentation: 'ge and le with a date: stays that overlap those days' },
    { name: 'status', type: 'token', documentation: 'booked or cancelled, comma-separated' },
  ],
  AppointmentResponse: [
    { name: '_lastUpdated', type: 'date', documentation: 'gt with an instant: requests made or answered since' },
  ],
}

export const SEARCHABLE_TYPES = Object.keys(SEARCHES)

function resourceEntry(type: string): object {
  const searchParam = SEARCHES[type]
  return {
    type,
    interaction: [
      { code: 'read' },
      ...(type === 'Appointment' ? [{ code: 'update' }] : []),
      ...(searchParam ? [{ code: 'search-type' }] : []),
    ],
    ...(type === 'Appointment' ? { conditionalUpdate: true, updateCreate: false, versioning: 'versioned-update' } : {}),
    ...(searchParam
      ? {
          searchParam: [
            ...searchParam,
            { name: '_count', type: 'number', documentation: 'Entries per page (1 to 200); the next link pages on' },
          ],
        }
      : {}),
  }
}

/** When what the face offers last changed: moved with each change of the tables above. */
const STATEMENT_DATE = '2026-12-06'

export function capabilityStatement(baseUrl: string): object {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: STATEMENT_DATE,
    publisher: 'Pusterom',
    kind: 'instance',
    software: { name: 'Pusterom' },
    implementation: { description: 'Pusterom: respite care planned with the family', url: baseUrl + FHIR_PREFIX },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: {
          service: [
            { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'OAuth' }] },
          ],
          description:
            'The record system: a JWT access token from the configured issuer (OAuth 2.0 client credentials ' +
            'with private_key_jwt, as Maskinporten and HelseID), scope pusterom:fhir.read to read and ' +
            'pusterom:fhir.write to plan, its organisation a municipality here. Or a staff session of the ' +
            'municipality as a bearer token (POST /api/v1/session): every staff role reads; caseworkers and ' +
            'planners plan with PUT /Appointment?identifier=system|value (If-Match: W/"n").',
        },
        resource: Object.keys(RESOURCE_READERS).map(resourceEntry),
        // POST /: a Bundle of conditional updates of Appointments, written all or none.
        interaction: [{ code: 'transaction' }],
      },
    ],
  }
}
