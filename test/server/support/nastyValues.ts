// What the fuzz tests spoil their input with: the values that have broken servers before.
/** Strings that break servers: NUL, lone surrogates, RTL marks, 10,000 characters, SQL, emoji. */
export const nasty = [
  '\u0000',
  'Ida\u0000',
  '\uD800',
  'slutt \uDFFF',
  '\u202Eevil\u202C',
  'x'.repeat(10_000),
  '',
  ' ',
  "'; DROP TABLE records; --",
  '🧸',
]
/** Instants at and past the edges of what the API takes. */
export const instants = [
  '2026-12-04T15:00:00.000Z',
  '0000-06-01T10:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '2100-12-31T23:59:59Z',
]
