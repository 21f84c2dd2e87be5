// The municipality's retention period: how long a closed household's data is kept before the retention
// job deletes it (README "Retention"), with its bounds and its default.
import { z } from 'zod'

/** Where a municipality has set no period: a year after the service ended. */
export const DEFAULT_RETENTION_DAYS = 365
/** At least a month, so a decision that comes after a short gap finds the household still there. */
export const MIN_RETENTION_DAYS = 30
/** At most ten years, the longest a health record is kept; the record system, not Pusterom, keeps the journal. */
export const MAX_RETENTION_DAYS = 3650

/** The period in whole days of 24 hours. */
export const RetentionDays = z.int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS)
