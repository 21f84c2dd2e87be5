// The cells of one CSV row read as values: texts, the municipality's ids, numbers with a decimal comma,
// dates as Norwegians write them (31.12.2026) or ISO, times of day in Norwegian time, codes and lists of
// codes. A cell that cannot be read refuses its row, naming the column.
import { instantOfLocal, type LocalDate } from '../../domain/localDates'
import { parseTypedDate, parseTypedTime } from '../../domain/typedDateTime'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import { isPersonNumber } from '../oidc/pidHash'
import { RowProblem } from './rowProblem'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i
const MAX_ID_LENGTH = 100

function isoDate(text: string): LocalDate | null {
  if (!ISO_DATE.test(text)) return null
  const date = new Date(`${text}T00:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : text
}

export class Cells {
  constructor(private readonly cells: Readonly<Record<string, string>>) {}

  /** The cell's text ('' when empty or absent). */
  text(column: string): string {
    return this.cells[column] ?? ''
  }

  /** Text that must be there. */
  required(column: string): string {
    const value = this.text(column)
    if (value === '') throw new RowProblem('missing_value', `${column}: empty`, column)
    return value
  }

  /** The municipality's own id of a record: never a person number, which would be kept as it is. */
  id(column: string): string {
    const value = this.required(column)
    if (value.length > MAX_ID_LENGTH)
      throw new RowProblem('invalid_value', `${column}: at most ${MAX_ID_LENGTH} characters`, column)
    if (isPersonNumber(value.replace(/\s/g, '')))
      throw new RowProblem(
        'invalid_value',
        `${column}: a person number is no id here; use the record system's own`,
        column,
      )
    return value
  }

  /** Text or null when empty. */
  optional(column: string): string | null {
    return this.text(column) === '' ? null : this.text(column)
  }

  private invalid(column: string, expected: string): RowProblem {
    return new RowProblem('invalid_value', `${column}: expected ${expected}`, column)
  }

  /** A day, `31.12.2026` or `2026-12-31`; null when empty and not required. */
  date(column: string, required = false): LocalDate | null {
    const text = required ? this.required(column) : this.text(column)
    if (text === '') return null
    const date = isoDate(text) ?? parseTypedDate(text)
    if (!date) throw this.invalid(column, 'a day as 31.12.2026 or 2026-12-31')
    return date
  }

  /** A moment: a day and a time in Norwegian time (`31.12.2026 15:00`, `2026-12-31T15:00`), or ISO with an offset. */
  instant(column: string): string {
    const text = this.required(column)
    if (WITH_OFFSET.test(text)) {
      const at = new Date(text)
      if (!Number.isNaN(at.getTime())) return at.toISOString()
    }
    const [day, time, ...rest] = text.split(/[\sT]+/)
    const date = day ? (isoDate(day) ?? parseTypedDate(day)) : null
    const clock = time ? parseTypedTime(time) : null
    if (!date || !clock || rest.length > 0) throw this.invalid(column, 'a day and a time as 31.12.2026 15:00')
    return instantOfLocal(date, clock, NORWEGIAN_TIME_ZONE)
  }

  /** A number, with a decimal comma or point. */
  number(column: string): number {
    const text = this.required(column).replace(',', '.')
    const value = Number(text)
    if (!/^\d+(?:\.\d+)?$/.test(text) || !Number.isFinite(value)) throw this.invalid(column, 'a number')
    return value
  }

  /** One of the codes. */
  oneOf<T extends string>(column: string, codes: readonly T[]): T {
    const text = this.required(column)
    const code = codes.find((candidate) => candidate.toLowerCase() === text.toLowerCase())
    if (!code) throw this.invalid(column, `one of ${codes.join(', ')}`)
    return code
  }

  /** Codes separated by `|`, each once. */
  listOf<T extends string>(column: string, codes: readonly T[]): T[] {
    const parts = this.required(column)
      .split('|')
      .map((part) => part.trim())
    const found = parts.map((part) => codes.find((code) => code.toLowerCase() === part.toLowerCase()))
    if (found.some((code) => code === undefined) || new Set(found).size !== found.length)
      throw this.invalid(column, `codes separated by |, each one of ${codes.join(', ')}`)
    return found.filter((code): code is T => code !== undefined)
  }
}
