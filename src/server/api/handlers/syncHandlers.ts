// Sync: pull, the household's changes after a cursor, paged; and push, the device's outbox applied in
// order, each mutation at most once.
import { isoNow } from '../../../domain/clock'
import { syncRoutes } from '../../../protocol/routes/syncRoutes'
import { applyMutations } from '../../mutations/applyMutations'
import { changesSince, DEFAULT_PAGE_SIZE, readableIn, sessionChangesSince } from '../../sync/changeFeed'
import { attach } from '../route'

export const syncHandlers = attach(syncRoutes, {
  pullChanges: {
    async handle({ principal, query, deps, protocol }) {
      return readableIn(
        await changesSince(deps.db, principal, query.cursor, query.limit ?? DEFAULT_PAGE_SIZE),
        protocol,
      )
    },
    async handleWithSession({ session, query, deps, protocol }) {
      const found = await sessionChangesSince(deps.db, session, query.cursor, query.limit ?? DEFAULT_PAGE_SIZE)
      return found && { principal: found.principal, result: readableIn(found.page, protocol) }
    },
  },

  async pushMutations({ principal, body, deps }) {
    return { results: await applyMutations(deps.db, principal, body.mutations, isoNow(deps.clock)) }
  },
})
