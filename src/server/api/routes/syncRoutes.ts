// Pull: the household's changes after a cursor, paged.
import { SyncQuery, SyncResponse } from '../../../protocol'
import { changesSince, DEFAULT_PAGE_SIZE, readableIn, sessionChangesSince } from '../../storage/changeFeed'
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
  async handle({ principal, query, deps, protocol }) {
    return readableIn(await changesSince(deps.db, principal, query.cursor, query.limit ?? DEFAULT_PAGE_SIZE), protocol)
  },
  async handleWithSession({ session, query, deps, protocol }) {
    const found = await sessionChangesSince(deps.db, session, query.cursor, query.limit ?? DEFAULT_PAGE_SIZE)
    return found && { principal: found.principal, result: readableIn(found.page, protocol) }
  },
})
