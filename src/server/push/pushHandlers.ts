// The Web Push endpoints of /api/v1: the server's public key, and a device subscribing, changing its
// choices and leaving. Caregivers only; every subscription belongs to the caller's household.
import { isoNow } from '../../domain/clock'
import { pushRoutes } from '../../protocol/routes/pushRoutes'
import { attach, type Route } from '../api/route'
import { ApiError, notFound } from '../errors/apiError'
import { subscribeDevice } from './householdDevices'
import { checkPushEndpoint, type PushEndpointRules } from './pushEndpoint'
import { subscriptionStore } from './subscriptionStore'
import type { VapidKeys } from './vapidKeys'

export function pushHandlers(vapid: VapidKeys, endpoints: PushEndpointRules): Route[] {
  return attach(pushRoutes, {
    async getPushPublicKey() {
      return { publicKey: vapid.publicKey }
    },

    async subscribePush({ principal, body, deps }) {
      if (!(await checkPushEndpoint(body.endpoint, endpoints)))
        throw new ApiError('invalid_request', 'endpoint must be an https: push service on a public address', 'endpoint')
      await subscribeDevice(deps.db, principal.householdId, body, isoNow(deps.clock))
    },

    async unsubscribePush({ principal, body, deps }) {
      if (!(await subscriptionStore(deps.db).remove(principal.householdId, body.endpoint))) throw notFound()
    },

    async setPushPreferences({ principal, body, deps }) {
      const found = await subscriptionStore(deps.db).setPreferences(
        principal.householdId,
        body.endpoint,
        body.preferences,
        body.locale,
        isoNow(deps.clock),
      )
      if (!found) throw notFound()
    },
  })
}
