// When the family is asked to confirm that a recipient's medication list is up to date before a stay:
// never confirmed, confirmed before the stay last changed, or confirmed more than 30 days ago.
import type { Recipient, Stay } from '../protocol/entities'

export const REVIEW_MAX_AGE_DAYS = 30
const DAY_MS = 24 * 3600_000

export type ReviewReason = 'never' | 'stayChanged' | 'old'

export type ReviewNeed = { needed: false } | { needed: true; reason: ReviewReason }

/**
 * Whether the medication list must be confirmed before this stay, judged at `nowMs`.
 * Thirty days are counted as 30 × 24 hours: an hour more or less across summer time changes nothing a
 * family would notice, and the rule stays independent of the device's zone.
 */
export function medicationReviewNeed(
  reviewedAt: Recipient['medicationListReviewedAt'],
  stay: Pick<Stay, 'updatedAt'>,
  nowMs: number,
): ReviewNeed {
  if (!reviewedAt) return { needed: true, reason: 'never' }
  const reviewed = Date.parse(reviewedAt)
  if (reviewed < Date.parse(stay.updatedAt)) return { needed: true, reason: 'stayChanged' }
  if (nowMs - reviewed > REVIEW_MAX_AGE_DAYS * DAY_MS) return { needed: true, reason: 'old' }
  return { needed: false }
}
