// The CSV import of a municipality's own records (places, households, caregivers, children, decisions, stays):
// the files sent, and the report of what each row would change or changed, by line.
import { z } from 'zod'
import { ConflictCode } from './planning'
import { Text } from './primitives'

/** The files of an import, in the order they are read: a later file may name what an earlier one holds. */
export const ImportFile = z.enum(['places', 'households', 'caregivers', 'children', 'decisions', 'stays'])
export type ImportFile = z.infer<typeof ImportFile>

/** One file's text (storable: no NUL, no half surrogate); the request as a whole keeps to the API's body limit. */
const CsvText = Text.min(1)

export const StaffImportRequest = z.strictObject({
  files: z
    .strictObject({
      places: CsvText.optional(),
      households: CsvText.optional(),
      caregivers: CsvText.optional(),
      children: CsvText.optional(),
      decisions: CsvText.optional(),
      stays: CsvText.optional(),
    })
    .refine((files) => Object.values(files).some((text) => text !== undefined), 'send at least one file'),
  /** Judge every row and report it, then change nothing. */
  dryRun: z.boolean(),
})
export type StaffImportRequest = z.infer<typeof StaffImportRequest>

export const ImportOutcome = z.enum(['created', 'updated', 'unchanged', 'refused'])
export type ImportOutcome = z.infer<typeof ImportOutcome>

/** Why a row is refused: a value, a reference, an owner that may not change, or the planning rules. */
export const ImportProblemCode = z.enum([
  'missing_value',
  'invalid_value',
  'unknown_reference',
  'duplicate_id',
  'owner_changes',
  'person_number_taken',
  'decision_overlap',
  'refused',
  ...ConflictCode.options,
])
export type ImportProblemCode = z.infer<typeof ImportProblemCode>

export const ImportRow = z.object({
  file: ImportFile,
  /** The line of the file the row begins on (the header is line 1). */
  line: z.number().int().positive(),
  /** The municipality's own id of the record, as the row gives it. */
  id: z.string().nullable(),
  outcome: ImportOutcome,
  problem: z
    .object({
      code: ImportProblemCode,
      /** The column at fault, where one is. */
      column: z.string().optional(),
      /** The detail, for the office and for developers (English). */
      detail: z.string(),
    })
    .optional(),
})
export type ImportRow = z.infer<typeof ImportRow>

export const ImportReport = z.object({
  dryRun: z.boolean(),
  /** Whether the changes were written: never on a dry run, never when a row is refused. */
  imported: z.boolean(),
  rows: z.array(ImportRow),
})
export type ImportReport = z.infer<typeof ImportReport>
