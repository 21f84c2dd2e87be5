// Sync: pulling the household's changes after a cursor, and pushing the device's outbox.
import { MutationsRequest, MutationsResponse, SyncQuery, SyncResponse } from '../api'
import { describeRoutes } from './route'

export const syncRoutes = describeRoutes({
  pullChanges: {
    method: 'get',
    path: '/sync',
    summary:
      'The changes the household may see after `cursor` (from the start without one), oldest first; `hasMore` asks for another page',
    access: 'caregiver',
    query: SyncQuery,
    response: SyncResponse,
  },
  pushMutations: {
    method: 'post',
    path: '/mutations',
    summary:
      "Applies the device's mutations in order; each answers applied, duplicate (applied before) or rejected with a reason",
    access: 'caregiver',
    body: MutationsRequest,
    response: MutationsResponse,
  },
})
