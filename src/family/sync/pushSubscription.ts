// This device's Web Push subscription: asks the browser's permission (only when the family taps),
// subscribes with the server's VAPID key, and tells the server, with the device's language and choices.
import type { PushPreferences, PushSubscriptionRequest } from '../../protocol'
import type { ApiClient } from '../../protocol/apiClient'
import { pushRoutes } from '../../protocol/routes/pushRoutes'

/** unsupported: no Web Push here (e.g. iOS Safari outside an installed app). denied: blocked in the browser. */
export type PushState = 'unsupported' | 'denied' | 'off' | 'on'

export interface PushChoices {
  locale: 'nb' | 'nn' | 'en'
  preferences: PushPreferences
}

/** The browser's parts, passed in so tests and other windows can supply their own. */
export interface PushBrowser {
  serviceWorker: ServiceWorkerContainer | undefined
  notification: Pick<typeof Notification, 'permission' | 'requestPermission'> | undefined
  hasPushManager: boolean
}

export function thisBrowser(): PushBrowser {
  return {
    serviceWorker: globalThis.navigator?.serviceWorker,
    notification: 'Notification' in globalThis ? globalThis.Notification : undefined,
    hasPushManager: 'PushManager' in globalThis,
  }
}

/** A browser whose push service cannot be reached may never answer a subscribe: give up and say so. */
const SUBSCRIBE_TIMEOUT_MS = 15_000

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the push service did not answer')), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

function sameKey(a: ArrayBuffer | null | undefined, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.byteLength) return false
  const view = new Uint8Array(a)
  return view.every((byte, index) => byte === b[index])
}

async function registration(browser: PushBrowser): Promise<ServiceWorkerRegistration | undefined> {
  return browser.serviceWorker?.getRegistration('/')
}

async function currentSubscription(browser: PushBrowser): Promise<PushSubscription | null> {
  return (await registration(browser))?.pushManager.getSubscription() ?? null
}

function asRequest(subscription: PushSubscription, choices: PushChoices): PushSubscriptionRequest {
  const json = subscription.toJSON()
  return {
    endpoint: subscription.endpoint,
    expirationTime: subscription.expirationTime,
    keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
    locale: choices.locale,
    preferences: choices.preferences,
  }
}

export async function pushState(browser: PushBrowser = thisBrowser()): Promise<PushState> {
  if (!browser.serviceWorker || !browser.notification || !browser.hasPushManager) return 'unsupported'
  if (browser.notification.permission === 'denied') return 'denied'
  if (browser.notification.permission !== 'granted') return 'off'
  return (await currentSubscription(browser)) ? 'on' : 'off'
}

/** Call from the family's tap: the browser shows its permission question only then. */
export async function turnOnPush(
  api: ApiClient,
  choices: PushChoices,
  browser: PushBrowser = thisBrowser(),
): Promise<PushState> {
  if (!browser.serviceWorker || !browser.notification || !browser.hasPushManager) return 'unsupported'
  const permission = await browser.notification.requestPermission()
  if (permission === 'denied') return 'denied'
  if (permission !== 'granted') return 'off'
  const worker = await registration(browser)
  if (!worker) return 'unsupported' // no service worker (the dev server): nothing could receive a push
  await subscribeAndTell(api, worker, choices)
  return 'on'
}

/**
 * On every open, and when the browser replaced the subscription: the server gets this device's subscription as
 * the browser has it now. One the browser dropped (Safari revokes them) is made again where the family turned
 * notifications on (`wanted`) and the browser still allows them; no question is asked.
 */
export async function renewPushSubscription(
  api: ApiClient,
  choices: PushChoices,
  wanted: boolean,
  browser: PushBrowser = thisBrowser(),
): Promise<PushState> {
  const state = await pushState(browser)
  if (state === 'unsupported' || state === 'denied' || browser.notification?.permission !== 'granted') return state
  const worker = await registration(browser)
  if (!worker || (state === 'off' && !wanted)) return state
  await subscribeAndTell(api, worker, choices)
  return 'on'
}

/** Subscribes (again, when the server's key changed or there is none) and tells the server. */
async function subscribeAndTell(
  api: ApiClient,
  worker: ServiceWorkerRegistration,
  choices: PushChoices,
): Promise<void> {
  const serverKey = fromBase64Url((await api.call(pushRoutes.getPushPublicKey)).publicKey)
  let subscription = await worker.pushManager.getSubscription()
  // A subscription made for another server key (the server's keys were replaced) would never deliver.
  if (subscription && !sameKey(subscription.options.applicationServerKey, serverKey)) {
    await subscription.unsubscribe()
    subscription = null
  }
  subscription ??= await withinTime(
    worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: serverKey }),
    SUBSCRIBE_TIMEOUT_MS,
  )
  await api.call(pushRoutes.subscribePush, { body: asRequest(subscription, choices) })
}

/** Sends changed choices for this device; false when it has no subscription to change. */
export async function sendPushChoices(
  api: ApiClient,
  choices: PushChoices,
  browser: PushBrowser = thisBrowser(),
): Promise<boolean> {
  const subscription = await currentSubscription(browser)
  if (!subscription) return false
  await api.call(pushRoutes.subscribePush, { body: asRequest(subscription, choices) })
  return true
}

/** Stops notifications on this device: the server forgets it, then the browser does. */
export async function turnOffPush(api: ApiClient, browser: PushBrowser = thisBrowser()): Promise<void> {
  const subscription = await currentSubscription(browser)
  if (!subscription) return
  try {
    await api.call(pushRoutes.unsubscribePush, { body: { endpoint: subscription.endpoint } })
  } catch {
    // Offline or refused: once the browser unsubscribes, the push service answers 410 and the server forgets it then.
  }
  await subscription.unsubscribe()
}
