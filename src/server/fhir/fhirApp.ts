// The FHIR R4 face under /fhir/R4: the CapabilityStatement for anyone; reads and searches for the
// municipality's record system and staff, and appointments planned by them (see fhirAccess); every read in
// the access log, every error an OperationOutcome.
import { Hono, type Context } from 'hono'
import { isoNow } from '../../domain/clock'
import type { ApiDeps } from '../api/route'
import { notFound } from '../errors/apiError'
import { recordAccess } from '../staff/accessLog'
import { searchAppointmentResponses } from './appointmentResponseSearch'
import { searchAppointments } from './appointmentSearch'
import { capabilityStatement } from './capabilityStatement'
import { fhirAccess } from './fhirAccess'
import { mountFhirWrites } from './fhirWrites'
import { fhirResponse } from './fhirJson'
import { FHIR_PREFIX } from '../../protocol/routes/routePath'
import { outcomeErrorHandler } from './operationOutcome'
import { readResource } from './resourceReads'
import { searchBundle } from './searchBundle'
import { AppointmentResponseSearch, AppointmentSearch, searchInput } from './searchParams'

const origin = (c: Context) => new URL(c.req.url).origin

export function fhirApp(deps: ApiDeps): Hono {
  const fhir = new Hono()
  fhir.onError(outcomeErrorHandler(deps.log))
  const fhirStaff = fhirAccess(deps)

  fhir.get('/metadata', (c) => fhirResponse(c, capabilityStatement(origin(c))))

  const searches = {
    Appointment: (c: Context, municipalityId: string) =>
      searchAppointments(deps.db, municipalityId, searchInput(AppointmentSearch, c.req.queries())),
    AppointmentResponse: (c: Context, municipalityId: string) =>
      searchAppointmentResponses(deps.db, municipalityId, searchInput(AppointmentResponseSearch, c.req.queries())),
  }
  for (const [type, search] of Object.entries(searches)) {
    fhir.get(`/${type}`, async (c) => {
      const staff = await fhirStaff(c, 'read')
      const { page, householdIds } = await search(c, staff.municipalityId)
      await recordAccess(deps.db, {
        staff,
        action: `fhirSearch${type}`,
        householdIds,
        read: true,
        at: isoNow(deps.clock),
      })
      const fullUrl = (resource: { id: string }) => `${origin(c)}${FHIR_PREFIX}/${type}/${resource.id}`
      return fhirResponse(c, searchBundle({ url: c.req.url }, page, fullUrl))
    })
  }

  fhir.get('/:type/:id', async (c) => {
    const staff = await fhirStaff(c, 'read')
    const { type, id } = c.req.param()
    const { resource, householdId } = await readResource(deps.db, type, id, staff.municipalityId, deps.clock)
    if (householdId)
      await recordAccess(deps.db, {
        staff,
        action: `fhirRead${type}`,
        householdIds: [householdId],
        recordId: id,
        read: true,
        at: isoNow(deps.clock),
      })
    if (resource.meta.versionId) c.header('ETag', `W/"${resource.meta.versionId}"`)
    return fhirResponse(c, resource)
  })

  mountFhirWrites(fhir, deps, fhirStaff)
  fhir.all('*', () => {
    throw notFound()
  })
  return fhir
}
