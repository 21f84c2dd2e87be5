// One person who receives respite, as seeded: stays from slots, the default packing template.
import type { ChecklistItem, Decision, Place, Recipient, Stay } from '../../protocol'
import { defaultTemplateItems } from '../../domain/defaultPackingTemplate'
import type { RecipientSeed } from './householdSeed'
import { stableId } from './stableId'
import type { Slot } from './staySchedule'

export interface RecipientPlan {
  /** Unique within the seed; ids derive from it. */
  key: string
  name: string
  color: string
  birthDate?: string
  allergies?: string
  decisions: Omit<Decision, 'id' | 'recipientId'>[]
  stays: { place: Place; slots: readonly Slot[] }[]
}

export function plannedStay(
  recipientKey: string,
  recipientId: string,
  place: Place,
  slot: Slot,
  updatedAt: string,
): Stay {
  return {
    id: stableId(recipientKey, 'stay', slot.start),
    recipientId,
    placeId: place.id,
    kind: place.kind,
    start: slot.start,
    end: slot.end,
    status: 'planned',
    transportTo:
      place.kind === 'dayOffer' ? 'Skoleskyss henter ved skolen' : 'Familien kjører, kommunen dekker kjøregodtgjørelse',
    transportFrom: place.kind === 'dayOffer' ? 'Drosje hjem kl. 15.15' : null,
    notes: '',
    updatedAt,
  }
}

export function recipientSeed(plan: RecipientPlan, seededAt: string): RecipientSeed {
  const recipient: Recipient = {
    id: stableId(plan.key, 'recipient'),
    name: plan.name,
    color: plan.color,
    medicationListReviewedAt: null,
    birthDate: plan.birthDate ?? null,
    allergies: plan.allergies ?? null,
  }
  const decisions: Decision[] = plan.decisions.map((decision, index) => ({
    ...decision,
    id: stableId(plan.key, 'decision', String(index)),
    recipientId: recipient.id,
  }))
  const stays = plan.stays
    .flatMap(({ place, slots }) => slots.map((slot) => plannedStay(plan.key, recipient.id, place, slot, seededAt)))
    .sort((a, b) => a.start.localeCompare(b.start))
  let itemNumber = 0
  const template: ChecklistItem[] = defaultTemplateItems(recipient.id, () =>
    stableId(plan.key, 'item', String(itemNumber++)),
  )
  return { recipient, decisions, stays, template }
}
