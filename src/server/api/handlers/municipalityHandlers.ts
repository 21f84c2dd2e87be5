// The signed-in user's municipality: its rules, summer respite and contacts.
import { municipalityRoutes } from '../../../protocol/routes/municipalityRoutes'
import { getMunicipality } from '../../accounts/municipalityStore'
import { notFound } from '../../errors/apiError'
import { attach } from '../route'

export const municipalityHandlers = attach(municipalityRoutes, {
  async getMunicipality({ principal, deps }) {
    const municipality = await getMunicipality(deps.db, principal.municipalityId)
    if (!municipality) throw notFound()
    return municipality
  },
})
