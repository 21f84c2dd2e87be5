// The staff console's calls to the municipal API, on the app's one client: each answer is checked
// against the shared protocol schemas, like the family's calls.
import type { z } from 'zod'
import {
  AccessLogPage,
  ChangeRequest,
  Message,
  MunicipalityResponse,
  StaffChangeRequestsPage,
  StaffHouseholdDetail,
  StaffHouseholdsPage,
  StaffMessagesPage,
  StaffPlacesPage,
  StaffStaysPage,
  StaffSummerApplication,
  StaffSummerApplicationsPage,
  Stay,
  type StaffChangeRequestDecision,
  type StaffMessageCreate,
  type StaffMunicipalityUpdate,
  type StaffStayCreate,
  type StaffStayPatch,
  type StaffSummerApplicationAnswer,
} from '../../protocol'
import type { ApiClient } from '../../protocol/apiClient'

type Filters = Record<string, string | number | undefined>

function withQuery(path: string, filters: Filters = {}): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') query.set(key, `${value}`)
  return query.size > 0 ? `${path}?${query}` : path
}

export type StaffApi = ReturnType<typeof createStaffApi>

export function createStaffApi(client: Pick<ApiClient, 'request'>) {
  const get = <S extends z.ZodType>(path: string, schema: S, filters?: Filters) =>
    client.request({ method: 'GET', path: withQuery(path, filters), schema })
  const send = <S extends z.ZodType>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown, schema: S) =>
    client.request({ method, path, body, schema })

  return {
    municipality: () => get('/municipality', MunicipalityResponse),
    changeRequests: (filters: { state?: string; cursor?: string; limit?: number } = {}) =>
      get('/staff/change-requests', StaffChangeRequestsPage, filters),
    decide: (id: string, decision: z.infer<typeof StaffChangeRequestDecision>) =>
      send('POST', `/staff/change-requests/${encodeURIComponent(id)}/decision`, decision, ChangeRequest),
    stays: (filters: { from?: string; to?: string; placeId?: string; recipientId?: string; cursor?: string }) =>
      get('/staff/stays', StaffStaysPage, { limit: 200, ...filters }),
    createStay: (stay: z.infer<typeof StaffStayCreate>) => send('POST', '/staff/stays', stay, Stay),
    patchStay: (id: string, patch: z.infer<typeof StaffStayPatch>) =>
      send('PATCH', `/staff/stays/${encodeURIComponent(id)}`, patch, Stay),
    places: () => get('/staff/places', StaffPlacesPage, { limit: 200 }),
    households: (filters: { name?: string; cursor?: string } = {}) =>
      get('/staff/households', StaffHouseholdsPage, { limit: 200, ...filters }),
    household: (id: string) => get(`/staff/households/${encodeURIComponent(id)}`, StaffHouseholdDetail),
    summerApplications: (filters: { year?: number; status?: string; cursor?: string } = {}) =>
      get('/staff/summer-applications', StaffSummerApplicationsPage, filters),
    answerSummerApplication: (id: string, answer: z.infer<typeof StaffSummerApplicationAnswer>) =>
      send('POST', `/staff/summer-applications/${encodeURIComponent(id)}/answer`, answer, StaffSummerApplication),
    messages: (filters: { householdId?: string; kind?: string; cursor?: string } = {}) =>
      get('/staff/messages', StaffMessagesPage, filters),
    sendMessage: (message: z.infer<typeof StaffMessageCreate>) => send('POST', '/staff/messages', message, Message),
    updateMunicipality: (update: z.infer<typeof StaffMunicipalityUpdate>) =>
      send('PUT', '/staff/municipality', update, MunicipalityResponse),
    accessLog: (filters: { householdId?: string; cursor?: string } = {}) =>
      get('/staff/access-log', AccessLogPage, filters),
  }
}
