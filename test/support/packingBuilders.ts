// Small builders for packing items, packing rows, medications and "about me" cards: say only what the test is about.
import type { AboutMe, ChecklistItem, Medication, Packing } from '../../src/protocol'
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

/** A child's "about me" card: one per child, with the child's id. */
export function anAboutMeCard(recipientId: string, overrides: Partial<AboutMe> = {}): AboutMe {
  return {
    id: recipientId,
    recipientId,
    routines: 'Står opp kl. 07.00, frokost først.',
    communication: 'Bruker tegn til tale.',
    calming: 'Musikk og en rolig stemme.',
    upsetting: 'Høye lyder.',
    food: 'Ingen nøtter.',
    sleep: 'Sovner med nattlys.',
    emergencyContacts: [{ name: 'Kari Berg', phone: '+4791234567' }],
    ...overrides,
  }
}
