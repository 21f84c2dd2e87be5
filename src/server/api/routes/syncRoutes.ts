// Pull: the household's changes after a cursor, paged.
import { SyncQuery, SyncResponse } from '../../../protocol'
import { changesSince, DEFAULT_PAGE_SIZE, sessionChangesSince } from '../../storage/changeFeed'
import { defineRoute } from '../route'

export const pullChanges = defineRoute({
  name: 'pullChanges',
  method: 'get',
  path: '/sync',
  summary:
    'The changes the household may see after `cursor` (from the start without one), oldest first; `hasMore` asks for another page',
  access: 'caregiver',
  query: SyncQuery,
  response: SyncResponse,
  handle({ principal, query, deps }) {
    return changesSince(deps.db, principal, query.cursor, query.limit ?? DEFAULT_PAGE_SIZE)
  },
  async handleWithSession({ session, query, deps }) {
    const found = await sessionChangesSince(deps.db, session, query.cursor, query.limit ?? DEFAULT_PAGE_SIZE)
    return found && { principal: found.principal, result: found.page }
  },
})
