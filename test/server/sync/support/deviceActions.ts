// The small family actions the sync tests make, on data the demo household already has.
import { perform } from '../../../../src/family/db/outbox'
import type { TestClock } from '../../../support/testClock'
import { aComingStay, aTemplateItem } from './householdData'
import type { Device } from './syncWorld'

/** Ticks (or unticks) one item of a coming stay's packing list. */
export async function tickAnItem(
  device: Device,
  time: TestClock,
  options: { packed?: boolean; stay?: number; item?: number } = {},
) {
  const stay = await aComingStay(device.db, time.now(), 3, options.stay ?? 0)
  const item = await aTemplateItem(device.db, stay.recipientId, options.item ?? 0)
  return perform(
    device.db,
    'setPacked',
    { stayId: stay.id, itemId: item.id, packed: options.packed ?? true, at: time.iso() },
    time,
  )
}
