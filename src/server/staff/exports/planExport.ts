// The plan as CSV for the municipality's reporting: every stay in the days asked for (one place, or all),
// in time order, with its state and any collisions staff accepted. Written to the access log per household.
import type { Place, Recipient, StaffStay } from '../../../protocol'
import type { Locale } from '../../../protocol/locale'
import { daysBetween, localDateOf, localTimeOf } from '../../../domain/localDates'
import { formatDateNumeric } from '../../../domain/norwegianDates'
import { NORWEGIAN_TIME_ZONE } from '../../../domain/zonedTime'
import { ApiError } from '../../errors/apiError'
import type { StaffPrincipal } from '../../auth/principal'
import type { Queryable } from '../../storage/database'
import { recordAccess } from '../accessLog'
import { listStays } from '../reads/staffStayList'
import { csvDocument, type Cell } from './csv'
import { exportTexts } from './exportTexts'

export interface ExportRange {
  from: string
  to: string
  lang?: Locale
}

/** At most a year and a day, so one request never reads the whole history. */
export function assertExportRange({ from, to }: ExportRange): void {
  if (daysBetween(from, to) > 366) throw new ApiError('invalid_request', 'to: at most 366 days after from', 'to')
}

/** The names of the municipality's children and places, by id. */
export async function namesIn(db: Queryable, municipalityId: string): Promise<Map<string, string>> {
  const rows = await db.query<{ data: Recipient | Place }>(
    `SELECT data FROM records WHERE entity IN ('recipient', 'place') AND NOT deleted AND municipality_id = $1`,
    [municipalityId],
  )
  return new Map(rows.map(({ data }) => [data.id, data.name]))
}

async function everyStay(db: Queryable, municipalityId: string, filter: ExportRange & { placeId?: string }) {
  const stays: StaffStay[] = []
  let cursor: string | undefined
  do {
    const page = await listStays(db, municipalityId, { ...filter, cursor, limit: 200 })
    stays.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return stays
}

const day = (instant: string) => formatDateNumeric(localDateOf(Date.parse(instant), NORWEGIAN_TIME_ZONE))
const time = (instant: string) => localTimeOf(Date.parse(instant), NORWEGIAN_TIME_ZONE)
const nights = (stay: StaffStay) =>
  daysBetween(
    localDateOf(Date.parse(stay.start), NORWEGIAN_TIME_ZONE),
    localDateOf(Date.parse(stay.end), NORWEGIAN_TIME_ZONE),
  )

export async function exportPlan(
  db: Queryable,
  staff: StaffPrincipal,
  query: ExportRange & { placeId?: string },
  now: string,
): Promise<string> {
  assertExportRange(query)
  const texts = exportTexts[query.lang ?? 'nb']
  const [stays, names] = await Promise.all([
    everyStay(db, staff.municipalityId, query),
    namesIn(db, staff.municipalityId),
  ])
  const rows = stays.map((stay): Cell[] => [
    stay.id,
    names.get(stay.recipientId) ?? '',
    names.get(stay.placeId) ?? '',
    texts.kind[stay.kind],
    day(stay.start),
    time(stay.start),
    day(stay.end),
    time(stay.end),
    nights(stay),
    texts.state[stay.state],
    stay.transportTo,
    stay.transportFrom,
    [...new Set(stay.overrides?.flatMap((override) => override.codes))].join(', '),
    stay.overrides?.map((override) => override.reason).join(' / ') ?? '',
  ])
  const householdIds = stays.map((stay) => stay.householdId)
  await recordAccess(db, { staff, action: 'staffExportPlan', householdIds, at: now })
  return csvDocument(texts.planColumns, rows)
}
