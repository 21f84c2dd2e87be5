// A household on the server's database with one child (Emma) and one respite place, and her stays there:
// what the reminder and calendar-feed tests stand on.
import { randomUUID } from 'node:crypto'
import type { Municipality, Place, Recipient, Stay } from '../../../../src/protocol'
import type { Database } from '../../../../src/server/storage/database'
import { aStay } from '../../../support/builders'
import { aHouseholdIn, aMunicipality, putMunicipality, putRecord, type HouseholdRef } from './serverRecords'

export interface FamilyOnRecord {
  household: HouseholdRef
  municipality: Municipality
  emma: Recipient
  place: Place
}

/** A household of its own municipality (Lunner's rules unless `municipality` says otherwise). */
export async function aFamilyOnRecord(db: Database, municipality: Partial<Municipality> = {}): Promise<FamilyOnRecord> {
  const stored = await putMunicipality(db, aMunicipality(municipality))
  const household = await aHouseholdIn(db, stored)
  const emma: Recipient = { id: randomUUID(), name: 'Emma', color: '#2f6fb0', medicationListReviewedAt: null }
  const place: Place = {
    id: randomUUID(),
    name: 'Solsikken',
    kind: 'municipalUnit',
    address: 'Eksempelveien 1, 2740 Roa',
    phone: '+47 400 00 000',
    notes: '',
  }
  await putRecord(db, 'recipient', household, emma)
  await putRecord(db, 'place', { municipalityId: stored.id, id: null }, place)
  return { household, municipality: stored, emma, place }
}

/** A two-day stay of Emma's at the family's place from `start`, stored on the server. */
export async function aStayOf(
  db: Database,
  family: FamilyOnRecord,
  start: string,
  overrides: Partial<Stay> = {},
): Promise<Stay> {
  const end = new Date(Date.parse(start) + 2 * 24 * 3600_000).toISOString()
  const stay = aStay({
    recipientId: family.emma.id,
    placeId: family.place.id,
    start,
    end,
    notes: '',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  })
  await putRecord(db, 'stay', family.household, stay)
  return stay
}
