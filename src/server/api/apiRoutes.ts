// The route table of /api/v1: the protocol's descriptors with the server's handlers attached, which
// serves requests, validates them and documents them.
import { familyThreadHandlers } from './handlers/familyThreadHandlers'
import { importHandlers } from './handlers/importHandlers'
import { openApiHandler } from './handlers/openApiHandler'
import { municipalityHandlers } from './handlers/municipalityHandlers'
import { planningHandlers } from './handlers/planningHandlers'
import { retentionHandlers } from './handlers/retentionHandlers'
import { sessionHandlers } from './handlers/sessionHandlers'
import { signInHandlers } from './handlers/signInHandlers'
import { staffNoticeHandlers } from './handlers/staffNoticeHandlers'
import { staffReadHandlers } from './handlers/staffReadHandlers'
import { staffTeamworkHandlers } from './handlers/staffTeamworkHandlers'
import { staffWriteHandlers } from './handlers/staffWriteHandlers'
import { syncHandlers } from './handlers/syncHandlers'
import type { Route } from './route'

export const coreRoutes: readonly Route[] = [
  ...sessionHandlers,
  ...signInHandlers,
  ...municipalityHandlers,
  ...syncHandlers,
  ...staffWriteHandlers,
  ...staffReadHandlers,
  ...staffTeamworkHandlers,
  ...staffNoticeHandlers,
  ...familyThreadHandlers,
  ...planningHandlers,
  ...importHandlers,
  ...retentionHandlers,
]

/**
 * Every route, with the OpenAPI document of them all. Web Push (`/push/*`) and the calendar feed
 * (`/calendar/:feed`) join through `extraRoutes`: their handlers are attached beside their own code.
 */
export function apiRoutes(extraRoutes: readonly Route[] = []): readonly Route[] {
  const routes: Route[] = [...coreRoutes, ...extraRoutes]
  routes.push(...openApiHandler(() => routes))
  return routes
}
