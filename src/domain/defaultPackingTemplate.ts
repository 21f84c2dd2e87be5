// The suggested packing template a family starts from, in Bokmål, grouped as the municipalities'
// "what to bring" lists are; the family edits it freely. Night things are for overnight stays only,
// so a day offer's list has no pyjamas. The demo seed on the server uses it too.
import type { ChecklistItem } from '../protocol/entities'
import type { ItemContent } from './packingTemplate'

export const DEFAULT_PACKING_TEMPLATE: readonly ItemContent[] = [
  { category: 'medicines', label: 'Faste medisiner, nok til hele oppholdet', quantity: 1 },
  { category: 'medicines', label: 'Medisiner ved behov (f.eks. febernedsettende)', quantity: 1 },
  { category: 'medicationList', label: 'Oppdatert medisinliste, skrevet ut', quantity: 1 },
  { category: 'consumables', label: 'Bleier eller inkontinensprodukter', quantity: 1 },
  { category: 'consumables', label: 'Sprøyter, sonder og annet utstyr til mating', quantity: 1 },
  { category: 'toiletries', label: 'Tannbørste og tannkrem', quantity: 1, forStays: 'overnight' },
  { category: 'toiletries', label: 'Såpe, sjampo og hudkrem', quantity: 1, forStays: 'overnight' },
  { category: 'toiletries', label: 'Hårbørste', quantity: 1, forStays: 'overnight' },
  { category: 'clothes', label: 'Pysjamas', quantity: 1, forStays: 'overnight' },
  { category: 'clothes', label: 'Undertøy', quantity: 3 },
  { category: 'clothes', label: 'Sokker (par)', quantity: 3 },
  { category: 'clothes', label: 'Skift: bukse og genser', quantity: 2 },
  { category: 'clothes', label: 'Yttertøy og sko etter været', quantity: 1 },
  { category: 'aids', label: 'Rullestol eller rullator', quantity: 1 },
  { category: 'aids', label: 'Briller eller høreapparat, med lader', quantity: 1 },
  { category: 'aids', label: 'Kommunikasjonshjelpemiddel, med lader', quantity: 1 },
  { category: 'other', label: 'Kosedyr eller favorittleke', quantity: 1 },
]

/**
 * The suggested template as items of one recipient. Positions step by 1024 within each category so
 * later moves fit between them. `addedAt` null: on the template since before any stay.
 */
export function defaultTemplateItems(
  recipientId: string,
  newId: () => string,
  addedAt: string | null = null,
): ChecklistItem[] {
  const positionInCategory = new Map<string, number>()
  return DEFAULT_PACKING_TEMPLATE.map((content) => {
    const position = (positionInCategory.get(content.category) ?? 0) + 1024
    positionInCategory.set(content.category, position)
    return { id: newId(), recipientId, stayId: null, ...content, position, addedAt, removedAt: null }
  })
}
