// What staff read of the households that are closed: who, why (the last decision's last day, the last
// stay's end), since when, and when the retention job deletes their data.
import { z } from 'zod'
import { Id, Instant, LocalDate, ShortText } from './primitives'
import { RetentionDays } from './retentionSetting'
import { PageCursor, PageLimit } from './staffViews'

export const ClosedHouseholdsQuery = z.strictObject({ cursor: PageCursor.optional(), limit: PageLimit.optional() })

/** A closed household: who it was, why it closed (its last decision's last day, its last stay's end), when. */
export const ClosedHousehold = z.object({
  householdId: Id,
  /** The caregivers' names, alphabetical, comma-separated; null when it has none left. */
  householdName: z.string().nullable(),
  childNames: z.array(ShortText),
  /** The last day the last of its decisions was valid (Norwegian time). */
  lastDecisionDay: LocalDate,
  /** The end of its last stay that was not cancelled; null when it had none. */
  lastStayEnd: Instant.nullable(),
  /** When its service ended: the later of the two (src/domain/householdClosing.ts). */
  closedAt: Instant,
  /** When the retention job deletes its data: `closedAt` and the municipality's period. */
  deletesAt: Instant,
})
export type ClosedHousehold = z.infer<typeof ClosedHousehold>

export const ClosedHouseholdsPage = z.object({
  retentionDays: RetentionDays,
  items: z.array(ClosedHousehold),
  nextCursor: PageCursor.nullable(),
})
export type ClosedHouseholdsPage = z.infer<typeof ClosedHouseholdsPage>
