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

/** Medication times as the family types them: "20.00, 8" → ["08:00", "20:00"], sorted, once each; null if any is not a time. */
export function parseMedicationTimes(text: string): string[] | null {
  // Stryker disable next-line Regex: splitting at each separator alone leaves only empty parts more, which the filter drops
  const parts = text.split(/[,;\s]+/).filter((part) => part.length > 0)
  const times: string[] = []
  for (const part of parts) {
    const match = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(part)
    if (!match) return null
    const hour = Number(match[1])
    // Stryker disable next-line StringLiteral: Number('') is 0 as well
    const minute = Number(match[2] ?? '0')
    if (hour > 23 || minute > 59) return null
    times.push(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`)
  }
  return [...new Set(times)].sort()
}
