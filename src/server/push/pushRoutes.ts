// The Web Push endpoints of /api/v1: the server's public key, and a device subscribing, changing its
// choices and leaving. Caregivers only; every subscription belongs to the caller's household.
import {
  PushPreferencesRequest,
  PushPublicKeyResponse,
  PushSubscriptionRequest,
  PushUnsubscribeRequest,
} from '../../protocol'
import { ApiError, notFound } from '../api/apiError'
import { defineRoute, type Route } from '../api/route'
import { isoNow } from '../../domain/clock'
import { subscribeDevice } from './householdDevices'
import { checkPushEndpoint, type PushEndpointRules } from './pushEndpoint'
import { subscriptionStore } from './subscriptionStore'
import type { VapidKeys } from './vapidKeys'

export function pushRoutes(vapid: VapidKeys, endpoints: PushEndpointRules): Route[] {
  const publicKey = defineRoute({
    name: 'getPushPublicKey',
    method: 'get',
    path: '/push/public-key',
    summary: "The server's VAPID public key, to subscribe a device with (applicationServerKey)",
    access: 'caregiver',
    response: PushPublicKeyResponse,
    async handle() {
      return { publicKey: vapid.publicKey }
    },
  })

  const subscribe = defineRoute({
    name: 'subscribePush',
    method: 'post',
    path: '/push/subscriptions',
    summary:
      "Saves this device's push subscription for the household, with its language and choices (sent again to change them)",
    access: 'caregiver',
    body: PushSubscriptionRequest,
    response: null,
    status: 204,
    async handle({ principal, body, deps }) {
      if (!(await checkPushEndpoint(body.endpoint, endpoints)))
        throw new ApiError('invalid_request', 'endpoint must be an https: push service on a public address', 'endpoint')
      await subscribeDevice(deps.db, principal.householdId, body, isoNow(deps.clock))
    },
  })

  const unsubscribe = defineRoute({
    name: 'unsubscribePush',
    method: 'delete',
    path: '/push/subscriptions',
    summary: 'Forgets a device of the household: no more notifications to it',
    access: 'caregiver',
    body: PushUnsubscribeRequest,
    response: null,
    status: 204,
    errors: ['not_found'],
    async handle({ principal, body, deps }) {
      if (!(await subscriptionStore(deps.db).remove(principal.householdId, body.endpoint))) throw notFound()
    },
  })

  const preferences = defineRoute({
    name: 'setPushPreferences',
    method: 'put',
    path: '/push/preferences',
    summary: 'Sets which notifications one device of the household gets, and in which language',
    access: 'caregiver',
    body: PushPreferencesRequest,
    response: null,
    status: 204,
    errors: ['not_found'],
    async handle({ principal, body, deps }) {
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

  return [publicKey, subscribe, unsubscribe, preferences] as Route[]
}
