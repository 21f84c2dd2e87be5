// Small builders of the household's records for sync tests; every field has a plain default.
import 'fake-indexeddb/auto'
import { PusteromDatabase } from '../../../src/family/db/database'
import type { ChecklistItem, Medication, Municipality, Recipient, Stay } from '../../../src/protocol'
import { aStay as aStayAt } from '../../support/builders'

export { aMessage } from '../../support/recordBuilders'

let databases = 0
/** A device database of its own, so tests never see each other's data. */
export function aDeviceDatabase(): PusteromDatabase {
  databases += 1
  return new PusteromDatabase(`test-${process.pid}-${databases}-${crypto.randomUUID()}`)
}

export const lunnerRule = { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' }

export function aMunicipality(overrides: Partial<Municipality> = {}): Municipality {
  return {
    id: crypto.randomUUID(),
    name: 'Lunner',
    changeDeadline: lunnerRule,
    summerRespite: null,
    contacts: [],
    applyUrl: null,
    postalAddress: null,
    ...overrides,
  }
}

export function aRecipient(overrides: Partial<Recipient> = {}): Recipient {
  return { id: crypto.randomUUID(), name: 'Ada', color: '#1f5c4d', medicationListReviewedAt: null, ...overrides }
}

/** A stay of some recipient at some place: the shared builder with random ids for both. */
export function aStay(overrides: Partial<Stay> = {}): Stay {
  return aStayAt({
    id: crypto.randomUUID(),
    recipientId: crypto.randomUUID(),
    placeId: crypto.randomUUID(),
    ...overrides,
  })
}

export function aChecklistItem(overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id: crypto.randomUUID(),
    recipientId: crypto.randomUUID(),
    stayId: null,
    category: 'clothes',
    label: 'Pysjamas',
    quantity: 2,
    position: 1,
    ...overrides,
  }
}

export function aMedication(overrides: Partial<Medication> = {}): Medication {
  return {
    id: crypto.randomUUID(),
    recipientId: crypto.randomUUID(),
    name: 'Paracetamol',
    strength: '500 mg',
    dose: '1 tablett',
    times: ['08:00'],
    notes: '',
    ...overrides,
  }
}
