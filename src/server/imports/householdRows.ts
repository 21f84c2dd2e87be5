// households.csv: the households of the municipality, one id each; caregivers and children name them.
import { randomUUID } from 'node:crypto'
import { createHousehold } from '../accounts/accountStore'
import type { Cells } from './csvCells'
import type { ImportFileSpec } from './importFileSpec'
import { keepId, logChange, recordOf, referenced, type ImportRun } from './importRun'
import { RowProblem } from './rowProblem'

async function householdHere(run: ImportRun, householdId: string): Promise<boolean> {
  const rows = await run.writer.tx.query('SELECT 1 FROM households WHERE id = $1 AND municipality_id = $2', [
    householdId,
    run.staff.municipalityId,
  ])
  return rows.length > 0
}

/** The household a row's `household_id` names, of this or an earlier import; refuses the row when there is none. */
export async function householdOfRow(run: ImportRun, cells: Cells): Promise<string> {
  const householdId = await referenced(run, 'households', cells.id('household_id'), 'household_id')
  if (!(await householdHere(run, householdId)))
    throw new RowProblem('unknown_reference', 'household_id: the household is no longer here', 'household_id')
  return householdId
}

async function importHousehold(run: ImportRun, cells: Cells) {
  const externalId = cells.id('household_id')
  const recordId = await recordOf(run, 'households', externalId)
  if (recordId) {
    if (!(await householdHere(run, recordId)))
      throw new RowProblem('unknown_reference', 'household_id: the household is no longer here', 'household_id')
    return 'unchanged' as const
  }
  const id = randomUUID()
  await createHousehold(run.writer.tx, { id, municipalityId: run.staff.municipalityId, createdAt: run.now })
  await keepId(run, 'households', externalId, id)
  await logChange(run, id, id)
  return 'created' as const
}

export const householdRows: ImportFileSpec = {
  columns: ['household_id'],
  required: ['household_id'],
  idColumn: 'household_id',
  fieldColumns: {},
  importRow: importHousehold,
}
