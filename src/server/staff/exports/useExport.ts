// Each decision's use per period (week, month or year) as CSV: what it grants, what is used and planned,
// and whether the plan goes beyond it, for every period that overlaps the days asked for.
import type { Decision, Stay } from '../../../protocol'
import { addDays, startOfLocalDate } from '../../../domain/localDates'
import { usePerPeriod } from '../../../domain/quota'
import { NORWEGIAN_TIME_ZONE } from '../../../domain/zonedTime'
import { formatDateNumeric } from '../../../domain/norwegianDates'
import type { StaffPrincipal } from '../../auth/principal'
import type { Queryable } from '../../storage/database'
import { recordAccess } from '../accessLog'
import { csvDocument, type Cell } from './csv'
import { exportTexts } from './exportTexts'
import { assertExportRange, namesIn, type ExportRange } from './planExport'

interface Owned<T> {
  household_id: string
  data: T
}

const instant = (date: string) => new Date(startOfLocalDate(date, NORWEGIAN_TIME_ZONE)).toISOString()

export async function exportUse(
  db: Queryable,
  staff: StaffPrincipal,
  range: ExportRange,
  nowMs: number,
): Promise<string> {
  assertExportRange(range)
  const texts = exportTexts[range.lang ?? 'nb']
  const municipalityId = staff.municipalityId
  const decisions = await db.query<Owned<Decision>>(
    `SELECT household_id, data FROM records WHERE entity = 'decision' AND NOT deleted AND municipality_id = $1
     ORDER BY data ->> 'recipientId', data ->> 'validFrom', id`,
    [municipalityId],
  )
  // A yearly period may begin up to a year before the range and end a year after it.
  const stays = await db.query<Owned<Stay>>(
    `SELECT household_id, data FROM records WHERE entity = 'stay' AND NOT deleted AND municipality_id = $1
       AND api_instant(data ->> 'start') >= $2::timestamptz AND api_instant(data ->> 'start') < $3::timestamptz`,
    [municipalityId, instant(addDays(range.from, -366)), instant(addDays(range.to, 367))],
  )
  const names = await namesIn(db, municipalityId)
  const rows: Cell[][] = []
  const households: string[] = []
  for (const { household_id: householdId, data: decision } of decisions) {
    const own = stays.filter((stay) => stay.household_id === householdId).map((stay) => stay.data)
    const periods = usePerPeriod(decision, own, range, nowMs, NORWEGIAN_TIME_ZONE)
    if (periods.length > 0) households.push(householdId)
    for (const use of periods)
      rows.push([
        decision.id,
        names.get(decision.recipientId) ?? '',
        decision.kinds.map((kind) => texts.kind[kind]).join(', '),
        formatDateNumeric(use.period.from),
        formatDateNumeric(addDays(use.period.until, -1)),
        use.granted,
        texts.unit[decision.unit],
        use.used,
        use.planned,
        use.remaining,
        use.remaining < 0 ? texts.yes : texts.no,
      ])
  }
  await recordAccess(db, {
    staff,
    action: 'staffExportUse',
    householdIds: households,
    at: new Date(nowMs).toISOString(),
  })
  return csvDocument(texts.useColumns, rows)
}
