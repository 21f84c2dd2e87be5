// Reading one resource by id: each FHIR type from its record of the municipality; whatever is another
// municipality's, deleted or never was answers the same 404.
import type { Clock } from '../../domain/clock'
import { localDateOf } from '../../domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import type { Queryable } from '../storage/database'
import { capacitiesOf } from '../staff/planning/placeCapacities'
import { notFound } from '../errors/apiError'
import { municipalityRecord } from './fhirRecords'
import { appointmentOf } from './resources/appointment'
import { appointmentResponseOf } from './resources/appointmentResponse'
import { episodeOfCareOf } from './resources/episodeOfCare'
import { locationOf } from './resources/location'
import { patientOf } from './resources/patient'
import { relatedPersonOf } from './resources/relatedPerson'
import { municipalityCaregiver } from './caregiverRecords'
import type { FhirResource } from './resources/resourceMeta'

export interface ReadResult {
  resource: FhirResource
  /** The household whose data it is; null for what the municipality shares (places). */
  householdId: string | null
}

/** FHIR's id syntax: anything else is no resource of any server (and never reaches a query). */
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/

type Reader = (db: Queryable, id: string, municipalityId: string, clock: Clock) => Promise<ReadResult | null>

export const RESOURCE_READERS: Record<string, Reader> = {
  async Patient(db, id, municipalityId) {
    const record = await municipalityRecord(db, 'recipient', id, municipalityId)
    return record && { resource: patientOf(record.data, record.version), householdId: record.householdId }
  },
  async Location(db, id, municipalityId) {
    const record = await municipalityRecord(db, 'place', id, municipalityId)
    if (!record) return null
    const capacity = (await capacitiesOf(db, municipalityId, [id])).get(id)
    return { resource: locationOf(record.data, record.version, capacity), householdId: null }
  },
  async RelatedPerson(db, id, municipalityId) {
    const caregiver = await municipalityCaregiver(db, id, municipalityId)
    return caregiver && { resource: relatedPersonOf(caregiver), householdId: caregiver.householdId }
  },
  async EpisodeOfCare(db, id, municipalityId, clock) {
    const record = await municipalityRecord(db, 'decision', id, municipalityId)
    const today = localDateOf(clock.now(), NORWEGIAN_TIME_ZONE)
    return record && { resource: episodeOfCareOf(record.data, record.version, today), householdId: record.householdId }
  },
  async Appointment(db, id, municipalityId) {
    const record = await municipalityRecord(db, 'stay', id, municipalityId)
    return record && { resource: appointmentOf(record.data, record.version), householdId: record.householdId }
  },
  async AppointmentResponse(db, id, municipalityId) {
    const record = await municipalityRecord(db, 'changeRequest', id, municipalityId)
    return record && { resource: appointmentResponseOf(record.data, record.version), householdId: record.householdId }
  },
}

export async function readResource(
  db: Queryable,
  type: string,
  id: string,
  municipalityId: string,
  clock: Clock,
): Promise<ReadResult> {
  const reader = Object.hasOwn(RESOURCE_READERS, type) ? RESOURCE_READERS[type] : undefined
  const found = reader && FHIR_ID.test(id) ? await reader(db, id, municipalityId, clock) : null
  if (!found) throw notFound()
  return found
}
