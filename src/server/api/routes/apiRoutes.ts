// The route table of /api/v1: what serves requests, validates them and documents them.
import type { Route } from '../route'
import { exchangeSession, getAuthMethods, signOutEverywhere } from './authRoutes'
import { openApiRoute } from './openApiRoute'
import { getOwnMunicipality } from './municipalityRoutes'
import { pushMutations } from './mutationRoutes'
import { createSession, deleteSession } from './sessionRoutes'
import {
  staffAnswerSummerApplication,
  staffCreateStay,
  staffDecideChangeRequest,
  staffPatchStay,
  staffSendMessage,
  staffUpdateMunicipality,
} from './staffRoutes'
import { planningRoutes } from './planningRoutes'
import { staffReadRoutes } from './staffReadRoutes'
import { pullChanges } from './syncRoutes'

export const coreRoutes: readonly Route[] = [
  createSession,
  deleteSession,
  getAuthMethods,
  exchangeSession,
  signOutEverywhere,
  getOwnMunicipality,
  pullChanges,
  pushMutations,
  staffCreateStay,
  staffPatchStay,
  staffDecideChangeRequest,
  staffAnswerSummerApplication,
  staffSendMessage,
  staffUpdateMunicipality,
  ...staffReadRoutes,
  ...planningRoutes,
]

/**
 * Every route, with the OpenAPI document of them all. Web Push (`/push/*`) and the calendar feed
 * (`/calendar/:token.ics`) join through `extraRoutes`, defined with `defineRoute` beside their code.
 */
export function apiRoutes(extraRoutes: readonly Route[] = []): readonly Route[] {
  const routes: Route[] = [...coreRoutes, ...extraRoutes]
  routes.push(openApiRoute(() => routes))
  return routes
}
