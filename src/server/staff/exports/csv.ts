// CSV as Norwegian Excel opens it with a double click: UTF-8 with a byte order mark (or æøå break),
// semicolons (a comma is the decimal sign), CRLF, quotes where a cell needs them, and no cell that a
// spreadsheet would run as a formula.
export type Cell = string | number | null

const BOM = '\uFEFF'
const NEEDS_QUOTES = /[";\r\n]/
// A cell beginning with these is a formula to Excel and LibreOffice: a name could carry one (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/

/** A number with a decimal comma and at most two decimals: 2,5. */
function numberCell(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace('.', ',')
}

function cell(value: Cell): string {
  if (value === null) return ''
  if (typeof value === 'number') return numberCell(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n'
}
