// Small builders for packing items, packing rows and medications: say only what the test is about.
import type { ChecklistItem, Medication, Packing } from '../../src/protocol'
import { anId } from './builders'

export function aTemplateItem(overrides: Partial<ChecklistItem> & Pick<ChecklistItem, 'recipientId'>): ChecklistItem {
  return {
    id: anId(),
    stayId: null,
    category: 'clothes',
    label: 'Pysjamas',
    quantity: 1,
    position: 1024,
    addedAt: null,
    removedAt: null,
    ...overrides,
  }
}

export function aStayItem(
  overrides: Partial<ChecklistItem> & Pick<ChecklistItem, 'recipientId' | 'stayId'>,
): ChecklistItem {
  return aTemplateItem({ label: 'Bursdagsgave', category: 'other', ...overrides })
}

export function aPackingRow(overrides: Partial<Packing> & Pick<Packing, 'stayId' | 'itemId'>): Packing {
  return {
    id: `${overrides.stayId}:${overrides.itemId}`,
    packed: true,
    updatedAt: '2026-11-26T18:00:00.000Z',
    ...overrides,
  }
}

export function aMedication(overrides: Partial<Medication> & Pick<Medication, 'recipientId'>): Medication {
  return {
    id: anId(),
    name: 'Paracet',
    strength: '250 mg',
    dose: '1 stikkpille',
    times: ['08:00', '20:00'],
    notes: '',
    ...overrides,
  }
}
