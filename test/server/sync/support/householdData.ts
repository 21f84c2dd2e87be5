// Finds things on a synced device to act on, the way a family would pick them on the screen.
import type { PusteromDatabase } from '../../../../src/family/db/database'
import type { ChecklistItem, Stay } from '../../../../src/protocol'
import { isOutsideHome } from '../../../../src/domain/packing'

/** A planned stay away from home starting at least `daysAhead` days after `now`, with nothing asked about it yet. */
export async function aComingStay(db: PusteromDatabase, now: number, daysAhead = 3, skip = 0): Promise<Stay> {
  const after = new Date(now + daysAhead * 86_400_000).toISOString()
  const asked = new Set((await db.changeRequests.toArray()).map((request) => request.stayId))
  const stays = (await db.stays.where('start').above(after).sortBy('start')).filter(
    (stay) => stay.status === 'planned' && isOutsideHome(stay.kind) && !asked.has(stay.id),
  )
  const stay = stays[skip]
  if (!stay) throw new Error('the demo household has no such stay')
  return stay
}

/** A stay that has already begun. */
export async function aStartedStay(db: PusteromDatabase, now: number): Promise<Stay> {
  const stays = await db.stays.where('start').below(new Date(now).toISOString()).reverse().sortBy('start')
  const stay = stays.find((candidate) => candidate.status === 'planned')
  if (!stay) throw new Error('the demo household has no stay that has begun')
  return stay
}

/** An item on the recipient's current packing template. */
export async function aTemplateItem(db: PusteromDatabase, recipientId: string, skip = 0): Promise<ChecklistItem> {
  const items = (await db.checklistItems.where('recipientId').equals(recipientId).sortBy('position')).filter(
    (item) => item.stayId === null && !item.removedAt,
  )
  const item = items[skip]
  if (!item) throw new Error('the recipient has no packing template')
  return item
}
