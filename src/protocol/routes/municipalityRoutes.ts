// The signed-in user's municipality.
import { MunicipalityResponse } from '../api'
import { describeRoutes } from './route'

export const municipalityRoutes = describeRoutes({
  getMunicipality: {
    method: 'get',
    path: '/municipality',
    summary: "The signed-in user's municipality: change deadline rule, summer respite, contacts",
    access: 'signedIn',
    response: MunicipalityResponse,
  },
})
