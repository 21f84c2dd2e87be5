// The server learns this device's push subscription as the browser has it now, on every open: Safari
// revokes subscriptions, push services rotate them, and a push to a forgotten endpoint reaches no one.
import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../../src/protocol/apiClient'
import { defaultPushPreferences } from '../../../src/protocol'
import { renewPushSubscription, type PushBrowser } from '../../../src/family/sync/pushSubscription'

const SERVER_KEY = 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM'
const choices = { locale: 'nb' as const, preferences: defaultPushPreferences }

function fromBase64Url(text: string): ArrayBuffer {
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0)).buffer
}

/** A push subscription as the browser keeps it. */
function aSubscription(endpoint: string): PushSubscription {
  return {
    endpoint,
    expirationTime: null,
    options: { applicationServerKey: fromBase64Url(SERVER_KEY), userVisibleOnly: true },
    toJSON: () => ({ endpoint, keys: { p256dh: 'p256dh-key', auth: 'auth-secret' } }),
    unsubscribe: async () => true,
  } as unknown as PushSubscription // the parts the app reads
}

/** A browser that allows notifications (or not), holding `subscription` until asked for a new one. */
function aBrowser(permission: NotificationPermission, subscription: PushSubscription | null) {
  const browser = { subscription, subscribed: 0 }
  const pushManager = {
    getSubscription: async () => browser.subscription,
    subscribe: async () => {
      browser.subscribed += 1
      browser.subscription = aSubscription('https://push.example.net/renewed')
      return browser.subscription
    },
  }
  const parts: PushBrowser = {
    serviceWorker: { getRegistration: async () => ({ pushManager }) } as unknown as ServiceWorkerContainer,
    notification: { permission, requestPermission: async () => permission },
    hasPushManager: true,
  }
  return { browser, parts }
}

/** The server's side: its key, and the endpoints devices told it of. */
function aServer() {
  const told: string[] = []
  const api = createApiClient({
    baseUrl: 'http://127.0.0.1:9',
    token: () => 'a-session-token-of-twenty-characters',
    fetch: async (input, init) => {
      if (String(input).endsWith('/push/public-key')) return Response.json({ publicKey: SERVER_KEY })
      told.push((JSON.parse(String(init?.body)) as { endpoint: string }).endpoint)
      return new Response(null, { status: 204 })
    },
  })
  return { api, told }
}

describe('the push subscription when the app opens', () => {
  it('is sent to the server as the browser has it', async () => {
    const { api, told } = aServer()
    const { parts } = aBrowser('granted', aSubscription('https://push.example.net/rotated'))

    expect(await renewPushSubscription(api, choices, true, parts)).toBe('on')

    expect(told).toEqual(['https://push.example.net/rotated'])
  })

  it('is made again, without asking, when the browser dropped the one the family turned on', async () => {
    const { api, told } = aServer()
    const { parts, browser } = aBrowser('granted', null)

    expect(await renewPushSubscription(api, choices, true, parts)).toBe('on')

    expect(browser.subscribed).toBe(1)
    expect(told).toEqual(['https://push.example.net/renewed'])
  })

  it('is not made where the family never turned notifications on, or turned them off', async () => {
    const { api, told } = aServer()
    const { parts, browser } = aBrowser('granted', null)

    expect(await renewPushSubscription(api, choices, false, parts)).toBe('off')

    expect(browser.subscribed).toBe(0)
    expect(told).toEqual([])
  })

  it('is left alone when the browser no longer allows notifications', async () => {
    const { api, told } = aServer()
    const { parts, browser } = aBrowser('denied', null)

    expect(await renewPushSubscription(api, choices, true, parts)).toBe('denied')

    expect(browser.subscribed).toBe(0)
    expect(told).toEqual([])
  })
})
