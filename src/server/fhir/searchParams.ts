// The search parameters the FHIR face understands, checked like any other input: an unknown parameter,
// a malformed value or one given twice is a 400 OperationOutcome (FHIR's strict handling), never ignored.
import { z } from 'zod'
import { Id, LocalDate, Text } from '../../protocol'
import { PageCursor, PageLimit } from '../../protocol/staffViews'
import { firstProblem } from '../errors/inputProblem'
import { ApiError } from '../errors/apiError'

/** `Patient/<id>` or the bare id, as FHIR allows for a reference parameter of one target type. */
const patientReference = z
  .string()
  .transform((value) => value.replace(/^Patient\//, ''))
  .pipe(Id)

/** A date bound with FHIR's prefix: ge (from that day) or le (up to and including that day). */
const dateBound = z
  .string()
  .refine(
    (value) => /^(ge|le)/.test(value) && LocalDate.safeParse(value.slice(2)).success,
    'expected ge or le with a date (ge2026-12-07)',
  )

const paging = { _count: PageLimit.optional(), _cursor: PageCursor.optional() }

export const AppointmentSearch = z.strictObject({
  patient: patientReference.optional(),
  date: z.array(dateBound).max(2).optional(),
  status: z
    .string()
    .transform((value) => value.split(','))
    .pipe(z.array(z.enum(['booked', 'cancelled'])).min(1))
    .optional(),
  ...paging,
})

export const AppointmentResponseSearch = z.strictObject({
  _lastUpdated: z
    .string()
    .regex(/^gt/, 'expected gt with an instant (gt2026-12-07T08:00:00Z)')
    .transform((value) => value.slice(2))
    .pipe(z.iso.datetime({ offset: true }))
    .optional(),
  ...paging,
})

/** The days a date parameter bounds, as the staff list's `from` and `to` (local dates, both included). */
export function dayBounds(dates: readonly string[] | undefined): { from?: string; to?: string } {
  const bounds: { from?: string; to?: string } = {}
  for (const date of dates ?? []) {
    const day = date.slice(2)
    if (date.startsWith('ge')) bounds.from = day
    else bounds.to = day
  }
  return bounds
}

/** The request's parameters checked against `schema`; `date` may repeat, every other parameter is given once. */
export function searchInput<S extends z.ZodType>(schema: S, queries: Record<string, string[]>): z.infer<S> {
  const input: Record<string, string | string[]> = {}
  for (const [name, values] of Object.entries(queries)) {
    if (name !== 'date' && values.length > 1)
      throw new ApiError('invalid_request', `${name}: given more than once`, name)
    input[name] = name === 'date' ? values : (values[0] ?? '')
  }
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const { field, message } = firstProblem(parsed.error, 'search')
  throw new ApiError('invalid_request', message, field)
}

const IdentifierParam = z.strictObject({
  identifier: Text.regex(/^[^|\p{Cc}]{1,300}\|[^|\p{Cc}]{1,200}$/u, 'expected system|value').transform((value) => {
    const [system, id] = value.split('|') as [string, string]
    return { system, value: id }
  }),
})

/** The identifier of a conditional update (`?identifier=system|value`): the only parameter, given once. */
export function identifierParam(queries: Record<string, string[]>): { system: string; value: string } {
  return searchInput(IdentifierParam, queries).identifier
}
