// One import under way: the municipality's write it runs in, who runs it, when, the key person numbers are
// hashed with, the families' messages to send once it is committed, and the municipality's own ids of the
// records, kept in the same identifier table the FHIR face keeps a record system's ids in.
import type { ImportFile, ImportOutcome } from '../../protocol'
import type { StaffPrincipal } from '../auth/principal'
import type { CreatedMessage } from '../events'
import { keepIdentifier, recordOfIdentifier, type Identifier } from '../fhir/fhirIdentifiers'
import { recordAccess } from '../staff/accessLog'
import type { RecordWriter } from '../storage/records'
import { RowProblem } from './rowProblem'

/** What the access log names every change of an import by: the route's operation. */
export const IMPORT_ACTION = 'staffImport'

export interface ImportRun {
  writer: RecordWriter
  staff: StaffPrincipal
  now: string
  pidKey: Buffer
  messages: CreatedMessage[]
}

export type RowOutcome = Exclude<ImportOutcome, 'refused'>

/** An id of the municipality's, in an identifier system per file, so a child and a place may share an id. */
export const importIdentifier = (file: ImportFile, value: string): Identifier => ({
  system: `https://pusterom.no/import/${file}`,
  value,
})

/** The record an id of the municipality's stands for, or null when none was imported with it. */
export function recordOf(run: ImportRun, file: ImportFile, value: string): Promise<string | null> {
  return recordOfIdentifier(run.writer.tx, run.staff.municipalityId, importIdentifier(file, value))
}

export function keepId(run: ImportRun, file: ImportFile, value: string, recordId: string): Promise<void> {
  return keepIdentifier(run.writer.tx, run.staff.municipalityId, importIdentifier(file, value), recordId)
}

/** The record an id in another file's column names; refuses the row when there is none. */
export async function referenced(run: ImportRun, file: ImportFile, value: string, column: string): Promise<string> {
  const recordId = await recordOf(run, file, value)
  if (!recordId) throw new RowProblem('unknown_reference', `${column}: no ${file} row has the id ${value}`, column)
  return recordId
}

/** The access log's line for a change the import made: which household (null: none) and record. */
export function logChange(run: ImportRun, householdId: string | null, recordId: string): Promise<void> {
  return recordAccess(run.writer.tx, {
    staff: run.staff,
    action: IMPORT_ACTION,
    householdIds: [householdId],
    recordId,
    at: run.now,
  })
}
