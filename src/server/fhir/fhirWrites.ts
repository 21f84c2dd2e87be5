// The FHIR face's writes: `PUT /Appointment?identifier=system|value` and a transaction Bundle of them
// (`POST /`), by the record system and by planners and caseworkers, with the body size the staff API
// allows (a transaction more: a week for a whole municipality); the family is told through the same events as a console change.
import type { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { isoNow } from '../../domain/clock'
import { MAX_BODY_BYTES, MAX_FHIR_TRANSACTION_BYTES } from '../../protocol'
import type { ApiDeps } from '../api/route'
import { readJsonBody } from '../api/validateInput'
import { ApiError } from '../errors/apiError'
import { announceMessages } from '../events'
import { putAppointment } from './appointmentWrite'
import type { FhirAccess } from './fhirAccess'
import { fhirResponse } from './fhirJson'
import { FHIR_PREFIX } from '../../protocol/routes/routePath'
import { appointmentOf } from './resources/appointment'
import { identifierParam } from './searchParams'
import { transactionResponse } from './resources/transactionResponse'
import { writeTransaction } from './transactionBundle'

const FHIR_BODY_TYPE = /^application\/(?:fhir\+)?json\s*(;|$)/i

export function mountFhirWrites(fhir: Hono, deps: ApiDeps, fhirStaff: FhirAccess): void {
  fhir.on(['PUT', 'POST', 'PATCH', 'DELETE'], '*', (c, next) => {
    const transaction = c.req.method === 'POST' && c.req.path.replace(/\/$/, '') === FHIR_PREFIX
    const maxSize = transaction ? MAX_FHIR_TRANSACTION_BYTES : MAX_BODY_BYTES
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError('payload_too_large', `The body is larger than ${maxSize} bytes`)
      },
    })(c, next)
  })

  fhir.put('/Appointment', async (c) => {
    const staff = await fhirStaff(c, 'write')
    const identifier = identifierParam(c.req.queries())
    const body = await readJsonBody(c, FHIR_BODY_TYPE, 'application/fhir+json')
    const now = isoNow(deps.clock)
    const written = await putAppointment(deps.db, staff, { identifier, body, ifMatch: c.req.header('if-match') }, now)
    announceMessages(deps.events, written.messages, deps.log)
    c.header('ETag', `W/"${written.version}"`)
    c.header('Location', `${new URL(c.req.url).origin}${FHIR_PREFIX}/Appointment/${written.stay.id}`)
    return fhirResponse(c, appointmentOf(written.stay, written.version), written.created ? 201 : 200)
  })

  fhir.post('/', async (c) => {
    const staff = await fhirStaff(c, 'write')
    const body = await readJsonBody(c, FHIR_BODY_TYPE, 'application/fhir+json')
    const written = await writeTransaction(deps.db, staff, body, isoNow(deps.clock))
    announceMessages(
      deps.events,
      written.flatMap((write) => write.messages),
      deps.log,
    )
    return fhirResponse(c, transactionResponse(written))
  })
}
