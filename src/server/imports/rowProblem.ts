// Why a row of an import is refused, and how the refusals of the rules it went through (the planning check,
// a decision's overlap, a value the protocol's schema refuses) read as a row's problem with its column.
import type { z } from 'zod'
import { ConflictCode, type ImportProblemCode, type ImportRow } from '../../protocol'
import { ApiError } from '../errors/apiError'

export class RowProblem extends Error {
  constructor(
    readonly code: ImportProblemCode,
    readonly detail: string,
    readonly column?: string,
  ) {
    super(detail)
  }
}

export type Problem = NonNullable<ImportRow['problem']>

/** The column each field of a record comes from, for a refusal that names the field. */
export type ColumnsOfFields = Readonly<Record<string, string>>

/** The first issue of a schema's refusal, said of its column. */
export function schemaProblem(error: z.ZodError, columns: ColumnsOfFields): RowProblem {
  const issue = error.issues[0]
  const field = String(issue?.path[0] ?? '')
  return new RowProblem('invalid_value', `${columns[field] ?? field}: ${issue?.message ?? 'invalid'}`, columns[field])
}

/** The problem of a row whose import threw; anything but a refusal (a bug) is thrown on. */
export function problemOf(error: unknown, columns: ColumnsOfFields): Problem {
  if (error instanceof RowProblem)
    return { code: error.code, detail: error.detail, ...(error.column && { column: error.column }) }
  if (!(error instanceof ApiError)) throw error
  const conflict = ConflictCode.safeParse(error.code)
  if (conflict.success) return { code: conflict.data, detail: error.message }
  const field = error.field?.split('.').pop()
  const column = field === undefined ? undefined : columns[field]
  const code: ImportProblemCode =
    error.code === 'conflict' ? 'refused' : error.code === 'not_found' ? 'unknown_reference' : 'invalid_value'
  return { code, detail: error.message, ...(column && { column }) }
}
