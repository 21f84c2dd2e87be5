// What each CSV file of an import is: its columns (those that must be there), the column of the
// municipality's own id, the column each record field comes from, and how one row is written.
import type { Cells } from './csvCells'
import type { ImportRun, RowOutcome } from './importRun'
import type { ColumnsOfFields } from './rowProblem'

export interface ImportFileSpec {
  columns: readonly string[]
  required: readonly string[]
  idColumn: string
  /** For a refusal that names a record's field (the protocol's schema, a rule) rather than a column. */
  fieldColumns: ColumnsOfFields
  /** Writes the row's record, or leaves it as it is; throws a `RowProblem` or the rules' refusal. */
  importRow(run: ImportRun, cells: Cells): Promise<RowOutcome>
}

/** JSON with each object's keys in order: jsonb gives a record's keys back in an order of its own. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => a.localeCompare(b)))
      : field,
  )
}

/** Whether two records hold the same values, whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  return sortedJson(a) === sortedJson(b)
}
