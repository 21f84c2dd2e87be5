// The signed-in user's municipality: its rules, summer respite and contacts.
import { MunicipalityResponse } from '../../../protocol'
import { getMunicipality } from '../../accounts/municipalityStore'
import { notFound } from '../apiError'
import { defineRoute } from '../route'

export const getOwnMunicipality = defineRoute({
  name: 'getMunicipality',
  method: 'get',
  path: '/municipality',
  summary: "The signed-in user's municipality: change deadline rule, summer respite, contacts",
  access: 'signedIn',
  response: MunicipalityResponse,
  async handle({ principal, deps }) {
    const municipality = await getMunicipality(deps.db, principal.municipalityId)
    if (!municipality) throw notFound()
    return municipality
  },
})
