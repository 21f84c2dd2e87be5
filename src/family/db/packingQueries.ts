// Reads for packing lists and medication lists, on the tables' indexes.
import { isOutsideHome } from '../../domain/packing'
import { earliestStartUnderWay } from '../../domain/stayLength'
import { isCancelled, pendingRequest } from '../../domain/stayState'
import type { ChangeRequest, ChecklistItem, Medication, Packing, Place, Recipient, Stay } from '../../protocol'
import type { PusteromDatabase } from './database'

/** Every template item of a recipient, current and retired (past stays need the retired ones). */
export async function templateItemsOf(database: PusteromDatabase, recipientId: string): Promise<ChecklistItem[]> {
  return database.checklistItems
    .where('recipientId')
    .equals(recipientId)
    .filter((item) => item.stayId === null)
    .toArray()
}

/** The items that can be on a stay's list: its recipient's template items and the stay's own. */
export async function candidateItemsOf(
  database: PusteromDatabase,
  stay: Pick<Stay, 'id' | 'recipientId'>,
): Promise<ChecklistItem[]> {
  const [template, own] = await Promise.all([
    templateItemsOf(database, stay.recipientId),
    database.checklistItems.where('stayId').equals(stay.id).toArray(),
  ])
  return [...template, ...own]
}

export function packingRowsOf(database: PusteromDatabase, stayIds: readonly string[]): Promise<Packing[]> {
  return database.packing
    .where('stayId')
    .anyOf([...stayIds])
    .toArray()
}

export interface StayPackingData {
  stay: Stay
  recipient: Recipient | undefined
  place: Place | undefined
  items: ChecklistItem[]
  packing: Packing[]
  /** The family has said the stay is not needed and the municipality has not answered yet. */
  cancellationPending: boolean
}

function requestsOf(database: PusteromDatabase, stayIds: readonly string[]): Promise<ChangeRequest[]> {
  return database.changeRequests
    .where('stayId')
    .anyOf([...stayIds])
    .toArray()
}

function cancellationPending(stay: Pick<Stay, 'id'>, requests: readonly ChangeRequest[]): boolean {
  return pendingRequest(stay, requests)?.type === 'cancel'
}

/** Everything the packing screen of one stay shows; undefined when the device does not know the stay. */
export async function stayPackingData(
  database: PusteromDatabase,
  stayId: string,
): Promise<StayPackingData | undefined> {
  const stay = await database.stays.get(stayId)
  if (!stay) return undefined
  const [recipient, place, items, packing, requests] = await Promise.all([
    database.recipients.get(stay.recipientId),
    database.places.get(stay.placeId),
    candidateItemsOf(database, stay),
    packingRowsOf(database, [stay.id]),
    requestsOf(database, [stay.id]),
  ])
  return { stay, recipient, place, items, packing, cancellationPending: cancellationPending(stay, requests) }
}

export function medicationsOf(database: PusteromDatabase, recipientId: string): Promise<Medication[]> {
  return database.medications.where('recipientId').equals(recipientId).toArray()
}

/** The next stays the family packs for (away from home, not cancelled, not ended), soonest first. */
export async function staysToPackFor(database: PusteromDatabase, now: string, limit = 8): Promise<Stay[]> {
  const from = earliestStartUnderWay(now)
  const found: Stay[] = []
  await database.stays
    .where('start')
    .aboveOrEqual(from)
    .until(() => found.length >= limit)
    .each((stay) => {
      if (stay.end > now && isOutsideHome(stay.kind) && !isCancelled(stay)) found.push(stay)
    })
  return found
}

/** The packing screens of the next stays to pack for, read together. */
export async function nextPackingData(
  database: PusteromDatabase,
  now: string,
  limit?: number,
): Promise<StayPackingData[]> {
  const stays = await staysToPackFor(database, now, limit)
  const recipientIds = [...new Set(stays.map((stay) => stay.recipientId))]
  const stayIds = stays.map((stay) => stay.id)
  const [recipients, places, templates, own, packing, requests] = await Promise.all([
    database.recipients.bulkGet(recipientIds),
    database.places.bulkGet([...new Set(stays.map((stay) => stay.placeId))]),
    Promise.all(recipientIds.map((id) => templateItemsOf(database, id))),
    database.checklistItems
      .where('stayId')
      .anyOf(stays.map((stay) => stay.id))
      .toArray(),
    packingRowsOf(database, stayIds),
    requestsOf(database, stayIds),
  ])
  const items = [...templates.flat(), ...own]
  return stays.map((stay) => ({
    stay,
    recipient: recipients.find((recipient) => recipient?.id === stay.recipientId),
    place: places.find((place) => place?.id === stay.placeId),
    items: items.filter(
      (item) => item.recipientId === stay.recipientId && (item.stayId === null || item.stayId === stay.id),
    ),
    packing: packing.filter((row) => row.stayId === stay.id),
    cancellationPending: cancellationPending(stay, requests),
  }))
}
