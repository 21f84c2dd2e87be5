// Reads one CSV file of an import with csv-parse: UTF-8 with or without a byte order mark, `;` (as Norwegian
// Excel writes it) or `,` between fields, quoted fields, empty lines skipped. A file that is not the table
// its header promises (unknown or missing columns, another delimiter, broken quoting) is a 400 naming it.
import { parse } from 'csv-parse/sync'
import type { ImportFile } from '../../protocol'
import { ApiError } from '../errors/apiError'

export interface CsvRow {
  /** The line the row begins on; the header is line 1. */
  line: number
  /** The row's values by column name, trimmed; an empty cell is ''. */
  cells: Record<string, string>
}

interface Parsed {
  record: string[]
  info: { lines: number }
}

const BOM = '\uFEFF'

/** The delimiter of the header line: the one of `;` and `,` it has more of (a one-column file has neither). */
function delimiterOf(text: string): ';' | ',' {
  const header = text.replace(BOM, '').split(/\r?\n/, 1)[0] ?? ''
  return header.split(';').length >= header.split(',').length ? ';' : ','
}

function refused(file: ImportFile, message: string): ApiError {
  return new ApiError('invalid_request', `files.${file}: ${message}`, `files.${file}`)
}

/** A record as csv-parse gives it with `info` (its types do not say so). */
function isParsed(value: unknown): value is Parsed {
  return typeof value === 'object' && value !== null && 'record' in value && 'info' in value
}

function parsed(file: ImportFile, text: string): Parsed[] {
  let records: unknown[]
  try {
    // One kind of line end, so csv-parse counts lines as an editor does (it counts CRLF around empty lines twice).
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      // A spreadsheet may leave out a row's empty cells at its end.
      relax_column_count_less: true,
      trim: true,
      info: true,
    })
  } catch (error) {
    // csv-parse names the line and what is wrong (an unclosed quote, a row too long), at times with the field's
    // value: a person number in it is not repeated.
    const message = error instanceof Error ? error.message.replace(/\d{11}/g, '[…]') : 'not CSV'
    throw refused(file, message)
  }
  return records.filter(isParsed)
}

/** The rows of `file`, checked against its columns: `required` must all be there, nothing beyond `columns`. */
export function readCsv(
  file: ImportFile,
  text: string,
  columns: readonly string[],
  required: readonly string[],
): CsvRow[] {
  const [header, ...records] = parsed(file, text)
  if (!header) throw refused(file, 'the file is empty')
  const names = header.record.map((name) => name.toLowerCase())
  const unknown = names.filter((name) => !columns.includes(name))
  const missing = required.filter((name) => !names.includes(name))
  if (unknown.length > 0 || missing.length > 0 || new Set(names).size !== names.length)
    throw refused(
      file,
      `line 1: the header must name the columns ${columns.join(';')} (separated by ; or ,)` +
        (missing.length > 0 ? `; missing: ${missing.join(', ')}` : '') +
        (unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''),
    )
  return records.map(({ record, info }) => ({
    // csv-parse counts the line a record ends on; a quoted field may span lines.
    line: info.lines - record.join('').split('\n').length + 1,
    cells: Object.fromEntries(names.map((name, index) => [name, record[index] ?? ''])),
  }))
}
