// An import of CSV files in one write of the municipality: every row judged in turn (each in a savepoint, so a
// refused row leaves nothing behind and the next is judged against what went before), reported by line; then
// rolled back on a dry run, rolled back and refused (422, naming the lines) when any row is refused, else committed.
import { ImportFile, type ImportReport, type ImportRow, type StaffImportRequest } from '../../protocol'
import type { StaffPrincipal } from '../auth/principal'
import { ApiError } from '../errors/apiError'
import type { CreatedMessage } from '../events'
import { isPersonNumber } from '../oidc/pidHash'
import type { Database } from '../storage/database'
import { writeInMunicipality } from '../storage/records'
import { Cells } from './csvCells'
import { readCsv, type CsvRow } from './csvTable'
import { IMPORT_FILES } from './importFiles'
import type { ImportRun } from './importRun'
import { problemOf, RowProblem } from './rowProblem'

export interface ImportDone {
  report: ImportReport
  /** The families' messages to announce, now that they are committed (none on a dry run). */
  messages: CreatedMessage[]
}

/** Thrown out of the write to roll it back, carrying what was found. */
class Undo extends Error {
  constructor(readonly rows: ImportRow[]) {
    super('import rolled back')
  }
}

async function importRow(run: ImportRun, file: ImportFile, row: CsvRow, seen: Set<string>): Promise<ImportRow> {
  const spec = IMPORT_FILES[file]
  const given = row.cells[spec.idColumn] ?? ''
  // A person number given as an id is refused below, and never repeated in the report.
  const id = given === '' || isPersonNumber(given.replace(/\s/g, '')) ? null : given
  const tx = run.writer.tx
  await tx.query('SAVEPOINT import_row')
  try {
    if (id !== null && seen.has(id))
      throw new RowProblem('duplicate_id', `${spec.idColumn}: ${id} is in the file twice`, spec.idColumn)
    if (id !== null) seen.add(id)
    const outcome = await spec.importRow(run, new Cells(row.cells))
    await tx.query('RELEASE SAVEPOINT import_row')
    return { file, line: row.line, id, outcome }
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT import_row')
    return { file, line: row.line, id, outcome: 'refused', problem: problemOf(error, spec.fieldColumns) }
  }
}

/** The lines a refusal names at most; a dry run reports them all. */
const NAMED_LINES = 50

function refusal(rows: readonly ImportRow[]): ApiError {
  const lines = rows
    .filter((row) => row.outcome === 'refused')
    .map((row) => `${row.file} line ${row.line} (${row.problem?.code})`)
  const more = lines.length > NAMED_LINES ? ` and ${lines.length - NAMED_LINES} more` : ''
  return new ApiError('import_refused', `Nothing was imported: ${lines.slice(0, NAMED_LINES).join(', ')}${more}`)
}

export async function runImport(
  db: Database,
  staff: StaffPrincipal,
  request: StaffImportRequest,
  pidKey: Buffer,
  now: string,
): Promise<ImportDone> {
  // Every file is read before anything is written: a file that is no table is refused whole (400).
  const files = ImportFile.options.flatMap((file) => {
    const text = request.files[file]
    const spec = IMPORT_FILES[file]
    return text === undefined ? [] : [{ file, rows: readCsv(file, text, spec.columns, spec.required) }]
  })
  try {
    return await writeInMunicipality(db, staff.municipalityId, async (writer) => {
      const run: ImportRun = { writer, staff, now, pidKey, messages: [] }
      const rows: ImportRow[] = []
      for (const { file, rows: fileRows } of files) {
        const seen = new Set<string>()
        for (const row of fileRows) rows.push(await importRow(run, file, row, seen))
      }
      if (request.dryRun || rows.some((row) => row.outcome === 'refused')) throw new Undo(rows)
      return { report: { dryRun: false, imported: true, rows }, messages: run.messages }
    })
  } catch (error) {
    if (!(error instanceof Undo)) throw error
    if (!request.dryRun) throw refusal(error.rows)
    return { report: { dryRun: true, imported: false, rows: error.rows }, messages: [] }
  }
}
