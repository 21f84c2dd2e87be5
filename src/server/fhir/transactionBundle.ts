// A Bundle of type transaction: conditional updates of Appointments (a week's plan) written all or none
// in one municipality write, so each entry is judged against the entries before it (a child twice at once,
// a place filled by the Bundle itself); the first entry refused refuses the whole Bundle.
import { z } from 'zod'
import type { StaffPrincipal } from '../auth/principal'
import { validateInput } from '../api/validateInput'
import { ApiError } from '../errors/apiError'
import type { Database } from '../storage/database'
import { writeInMunicipality } from '../storage/records'
import { appointmentInput } from './appointmentInput'
import { writeAppointment, type AppointmentPut, type AppointmentWrite } from './appointmentWrite'
import { identifierParam } from './searchParams'
import { planNewAppointments } from './newAppointments'
import { inEntry, inEntryAsync } from './transactionEntries'

const TransactionBundle = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('transaction'),
  entry: z
    .array(
      z.looseObject({
        resource: z.unknown(),
        request: z.looseObject({
          method: z.literal('PUT'),
          url: z.string().regex(/^Appointment\?/, 'expected Appointment?identifier=system|value'),
          ifMatch: z.string().optional(),
        }),
      }),
    )
    .min(1),
})

function putOf(entry: z.infer<typeof TransactionBundle>['entry'][number]): AppointmentPut {
  const query = new URLSearchParams(entry.request.url.slice('Appointment?'.length))
  const queries: Record<string, string[]> = {}
  for (const name of new Set(query.keys())) queries[name] = query.getAll(name)
  return { identifier: identifierParam(queries), body: entry.resource, ifMatch: entry.request.ifMatch }
}

/** Every entry written, in order, or none (the refusal names the entry). */
export async function writeTransaction(
  db: Database,
  staff: StaffPrincipal,
  body: unknown,
  now: string,
): Promise<AppointmentWrite[]> {
  const bundle = validateInput(TransactionBundle, body, 'body')
  const puts = bundle.entry.map((entry, index) => inEntry(index, () => putOf(entry)))
  const keys = puts.map(({ identifier }) => `${identifier.system}|${identifier.value}`)
  if (new Set(keys).size !== keys.length)
    throw new ApiError('invalid_request', 'entry: one identifier given twice in the Bundle', 'entry')
  const inputs = puts.map((put, index) => inEntry(index, () => appointmentInput(put.body)))
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const planned = await planNewAppointments(writer, staff, puts, inputs, now)
    if (planned) return planned
    const written: AppointmentWrite[] = []
    for (const [index, put] of puts.entries())
      written.push(await inEntryAsync(index, () => writeAppointment(writer, staff, put, inputs[index]!, now)))
    return written
  })
}
