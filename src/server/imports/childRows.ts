// children.csv: the children (recipients) of each household, with the birth date and allergies the printed
// medication list shows. A child keeps the calendar colour it was given and the family's medication review.
import { randomUUID } from 'node:crypto'
import { Recipient } from '../../protocol'
import { findRecord } from '../storage/records'
import type { Cells } from './csvCells'
import { sameJson, type ImportFileSpec } from './importFileSpec'
import { keepId, logChange, recordOf, type ImportRun } from './importRun'
import { householdOfRow } from './householdRows'
import { RowProblem, schemaProblem } from './rowProblem'

/** The calendar's colours for a household's children, given in turn. */
const COLOURS = ['#2f7d6d', '#5b4fb3', '#b35c1e', '#1f6fb2', '#a3335d', '#4d6b1f']

const FIELDS = { name: 'name', birthDate: 'birth_date', allergies: 'allergies' }

async function colourFor(run: ImportRun, householdId: string): Promise<string> {
  const [row] = await run.writer.tx.query<{ children: string | number }>(
    `SELECT count(*) AS children FROM records WHERE entity = 'recipient' AND household_id = $1 AND NOT deleted`,
    [householdId],
  )
  return COLOURS[Number(row?.children ?? 0) % COLOURS.length]!
}

async function importChild(run: ImportRun, cells: Cells) {
  const externalId = cells.id('child_id')
  const householdId = await householdOfRow(run, cells)
  const recordId = await recordOf(run, 'children', externalId)
  const before = recordId
    ? await findRecord(run.writer.tx, 'recipient', recordId, { municipalityId: run.staff.municipalityId })
    : null
  if (recordId && !before)
    throw new RowProblem('unknown_reference', 'child_id: the child is no longer here', 'child_id')
  if (before && before.householdId !== householdId)
    throw new RowProblem('owner_changes', 'household_id: a child does not move to another household', 'household_id')
  const wanted = Recipient.safeParse({
    id: recordId ?? randomUUID(),
    color: before?.data.color ?? (await colourFor(run, householdId)),
    medicationListReviewedAt: before?.data.medicationListReviewedAt ?? null,
    name: cells.required('name'),
    birthDate: cells.date('birth_date'),
    allergies: cells.optional('allergies'),
  })
  if (!wanted.success) throw schemaProblem(wanted.error, FIELDS)
  const child = wanted.data
  if (before && sameJson({ birthDate: null, allergies: null, ...before.data }, child)) return 'unchanged' as const
  await run.writer.put('recipient', child, householdId)
  if (!recordId) await keepId(run, 'children', externalId, child.id)
  await logChange(run, householdId, child.id)
  return before ? ('updated' as const) : ('created' as const)
}

export const childRows: ImportFileSpec = {
  columns: ['child_id', 'household_id', 'name', 'birth_date', 'allergies'],
  required: ['child_id', 'household_id', 'name'],
  idColumn: 'child_id',
  fieldColumns: FIELDS,
  importRow: importChild,
}
