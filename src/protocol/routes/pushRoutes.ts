// Web Push: the server's public key, and a device subscribing, changing its choices and leaving.
import { PushPublicKeyResponse, PushSubscriptionRequest, PushUnsubscribeRequest } from '../api'
import { PushPreferencesRequest } from '../push'
import { describeRoutes } from './route'

export const pushRoutes = describeRoutes({
  getPushPublicKey: {
    method: 'get',
    path: '/push/public-key',
    summary: "The server's VAPID public key, to subscribe a device with (applicationServerKey)",
    access: 'caregiver',
    response: PushPublicKeyResponse,
  },
  subscribePush: {
    method: 'post',
    path: '/push/subscriptions',
    summary:
      "Saves this device's push subscription for the household, with its language and choices (sent again to change them)",
    access: 'caregiver',
    body: PushSubscriptionRequest,
    response: null,
    status: 204,
  },
  unsubscribePush: {
    method: 'delete',
    path: '/push/subscriptions',
    summary: 'Forgets a device of the household: no more notifications to it',
    access: 'caregiver',
    body: PushUnsubscribeRequest,
    response: null,
    status: 204,
    errors: ['not_found'],
  },
  setPushPreferences: {
    method: 'put',
    path: '/push/preferences',
    summary: 'Sets which notifications one device of the household gets, and in which language',
    access: 'caregiver',
    body: PushPreferencesRequest,
    response: null,
    status: 204,
    errors: ['not_found'],
  },
})
