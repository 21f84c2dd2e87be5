// Notifications in real Chromium: a push delivered to the app's service worker (DevTools protocol, as
// the push service would) shows a Norwegian notification and makes the open app fetch the news at once;
// the app asks about notifications only after sign-in, in its own words first.
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { defaultPushPreferences } from '../../src/protocol'
import { pushForMessage } from '../../src/server/push/pushMessages'
import { accessibilityViolations } from './support/axe'
import { signedInPhone as signedInDemoPhone, staffSendsNotice as staffSendsDemoNotice } from './support/demoFamily'
import { browserForThisTest } from './support/launchChromium'
import { serveAppForThisFile } from './support/appUnderTest'

const app = serveAppForThisFile({ demo: true, notifications: { timer: null } })
const url = (path: string) => `${app.url}${path}`

const signedInPhone = (username?: string) => signedInDemoPhone(app, username)
const staffSendsNotice = (householdId: string, title: string, body: string) =>
  staffSendsDemoNotice(app, householdId, title, body)

/** What the service worker saw of the pushes: tells a push lost before it arrived from one lost after. */
async function describeWorker(context: BrowserContext): Promise<string> {
  const workers = context.serviceWorkers()
  const seen = await Promise.all(
    workers.map((worker) =>
      worker
        .evaluate(async () => {
          const scope = self as unknown as { registration: { getNotifications(): Promise<Notification[]> } }
          return {
            permission: Notification.permission,
            notifications: (await scope.registration.getNotifications()).map((shown) => shown.tag),
          }
        })
        .then((state) => ({ url: worker.url(), ...state }))
        .catch((error: unknown) => ({ url: worker.url(), unreadable: String(error) })),
    ),
  )
  return JSON.stringify(seen)
}

/** Waits for what the notifications must become; when they do not, says what the service worker saw. */
async function untilShown(context: BrowserContext, shown: Promise<void>): Promise<void> {
  try {
    await shown
  } catch (error) {
    throw new Error(`${String(error)}\nThe service workers saw: ${await describeWorker(context)}`, { cause: error })
  }
}

/** Allows notifications, and waits until the service worker sees it (a push before then could not show one). */
async function allowNotifications(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['notifications'], { origin: url('') })
  const [worker] = context.serviceWorkers()
  if (!worker) throw new Error('no service worker runs the app')
  await expect.poll(() => worker.evaluate(() => Notification.permission), { timeout: 10_000 }).toBe('granted')
}

interface PushOutcome {
  /** Whether Chromium handed the push to the app's worker as a push event. */
  dispatched: boolean
  /** How the push event ended, as Chromium logs it ("Success"); null when it did not end in time. */
  status: string | null
}

const PUSH_EVENT_LIMIT_MS = 20_000

/**
 * Delivers a push to the app's service worker the way Chromium does when its push service brings one, and
 * waits until the worker's push event has ended. DevTools' call does not answer with the outcome, so it is
 * read from Chromium's background-service log. A push Chromium never handed to the worker (it could not
 * start it in time on a loaded machine) is delivered again, as a push service does; a push event the app's
 * worker failed, or never ended, fails the test there.
 */
async function deliverPush(context: BrowserContext, page: Page, data: string): Promise<void> {
  const cdp = await context.newCDPSession(page)
  const registration = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((candidate) => candidate.scopeURL === url('/') && !candidate.isDeleted)
      if (ours) resolve(ours.registrationId)
    })
  })
  let onLogged: (name: string, details: Map<string, string>, loggedAtMs: number) => void = () => undefined
  cdp.on('BackgroundService.backgroundServiceEventReceived', ({ backgroundServiceEvent: logged }) => {
    const details = new Map(logged.eventMetadata.map(({ key, value }) => [key, value]))
    onLogged(logged.eventName, details, logged.timestamp * 1000)
  })
  await cdp.send('BackgroundService.startObserving', { service: 'pushMessaging' })
  await cdp.send('BackgroundService.setRecording', { shouldRecord: true, service: 'pushMessaging' })
  await cdp.send('ServiceWorker.enable')
  const registrationId = await registration

  const attempt = async (): Promise<PushOutcome> => {
    const sentAtMs = Date.now()
    const outcome: PushOutcome = { dispatched: false, status: null }
    let limit: NodeJS.Timeout | undefined
    const ended = new Promise<void>((resolve) => {
      limit = setTimeout(resolve, PUSH_EVENT_LIMIT_MS)
      onLogged = (name, details, loggedAtMs) => {
        // The log is replayed to a new observer: only what this delivery caused counts.
        if (loggedAtMs < sentAtMs) return
        if (name === 'Push event dispatched' && details.get('Payload') === data) outcome.dispatched = true
        if (name === 'Push event completed') {
          outcome.status = details.get('Status') ?? 'unknown'
          resolve()
        }
      }
    })
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: url(''), registrationId, data })
    await ended
    clearTimeout(limit)
    return outcome
  }

  for (let tries = 1; ; tries += 1) {
    const { dispatched, status } = await attempt()
    if (dispatched && status === 'Success') return
    if (dispatched) throw new Error(`The app's push event ended with "${status ?? 'nothing within 20 s'}"`)
    if (tries === 3) throw new Error(`Chromium handed the push to no service worker in 3 deliveries (${status})`)
  }
}

/** What Chromium does when the family taps the notification: a notificationclick in the service worker. */
async function tapNotification(context: BrowserContext): Promise<void> {
  const [worker] = context.serviceWorkers()
  await worker?.evaluate(async () => {
    // The worker's own types (WebWorker lib) are not those of this file: name what is used.
    const scope = self as unknown as {
      registration: { getNotifications(): Promise<Notification[]> }
      dispatchEvent(event: Event): boolean
    }
    const Click = (
      globalThis as unknown as { NotificationEvent: new (type: string, init: { notification: Notification }) => Event }
    ).NotificationEvent
    const [notification] = await scope.registration.getNotifications()
    if (!notification) throw new Error('no notification to tap')
    scope.dispatchEvent(new Click('notificationclick', { notification }))
  })
}

/** The notifications the app's service worker is showing now, as title and body. */
function shownNotifications(page: Page): Promise<{ title: string; body: string; tag: string }[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return (await registration.getNotifications()).map((shown) => ({
      title: shown.title,
      body: shown.body,
      tag: shown.tag,
    }))
  })
}

/** When each notification on the screen was shown: a notification shown again in its place has a new time. */
function shownAt(page: Page): Promise<number[]> {
  return page.evaluate(async () =>
    (await (await navigator.serviceWorker.ready).getNotifications()).map(
      (shown) => (shown as Notification & { timestamp: number }).timestamp,
    ),
  )
}

describe('a push to the phone', () => {
  it('shows a Norwegian notification and brings the new message into the open app at once', async () => {
    const { page, context, householdId } = await signedInPhone()
    await allowNotifications(context)
    await page.getByRole('link', { name: /Beskjeder/ }).click()
    await page.getByRole('heading', { name: 'Beskjeder' }).first().waitFor()
    const unreadBefore = await page
      .getByTestId('unread-badge')
      .textContent()
      .catch(() => '')

    const message = await staffSendsNotice(
      householdId,
      'Juleavslutning på avlastningsboligen',
      'Velkommen torsdag 17. desember kl. 17.00.',
    )
    const push = pushForMessage(
      message,
      { locale: 'nb', preferences: defaultPushPreferences },
      new Date().toISOString(),
    )
    await deliverPush(context, page, JSON.stringify(push))

    await untilShown(
      context,
      expect
        .poll(() => shownNotifications(page), { timeout: 15_000 })
        .toEqual([
          { title: 'Ny beskjed fra kommunen', body: 'Trykk for å lese beskjeden.', tag: `message-${message.id}` },
        ]),
    )
    // The sync the push asked for, well before the app's own one-minute timer.
    await page.getByRole('link', { name: 'Juleavslutning på avlastningsboligen' }).waitFor({ timeout: 15_000 })
    expect(await page.getByTestId('unread-badge').textContent()).not.toBe(unreadBefore)
  })

  it('opens the message it is about when tapped', async () => {
    const { page, context, householdId } = await signedInPhone()
    await allowNotifications(context)
    const message = await staffSendsNotice(
      householdId,
      'Nytt telefonnummer',
      'Avlastningsboligen har fått nytt nummer.',
    )
    await deliverPush(
      context,
      page,
      JSON.stringify(
        pushForMessage(message, { locale: 'nb', preferences: defaultPushPreferences }, new Date().toISOString()),
      ),
    )
    await untilShown(context, expect.poll(() => shownNotifications(page), { timeout: 15_000 }).toHaveLength(1))

    await tapNotification(context)

    await page.waitForURL((address) => address.pathname === `/messages/${message.id}`)
    await page.getByRole('heading', { name: 'Nytt telefonnummer' }).waitFor()
    expect(await shownNotifications(page)).toEqual([])
  })

  it('gathers several messages into one notification that opens the inbox', async () => {
    const { page, context, householdId } = await signedInPhone()
    await allowNotifications(context)
    const first = await staffSendsNotice(householdId, 'Første beskjed', '')
    const second = await staffSendsNotice(householdId, 'Andre beskjed', '')
    const reader = { locale: 'nb' as const, preferences: { ...defaultPushPreferences, showDetails: true } }
    await deliverPush(context, page, JSON.stringify(pushForMessage(first, reader, new Date().toISOString())))
    await untilShown(context, expect.poll(() => shownNotifications(page), { timeout: 15_000 }).toHaveLength(1))
    await deliverPush(context, page, JSON.stringify(pushForMessage(second, reader, new Date().toISOString())))

    await untilShown(
      context,
      expect
        .poll(() => shownNotifications(page), { timeout: 15_000 })
        .toEqual([{ title: '2 nye beskjeder fra kommunen', body: 'Andre beskjed\nFørste beskjed', tag: 'inbox' }]),
    )
  })

  it('shows a repeated push once, in place of the one already on the screen', async () => {
    const { page, context, householdId } = await signedInPhone()
    await allowNotifications(context)
    const message = await staffSendsNotice(householdId, 'Endret hentetid', 'Henting kl. 16.00 fredag.')
    const push = JSON.stringify(
      pushForMessage(message, { locale: 'nb', preferences: defaultPushPreferences }, new Date().toISOString()),
    )
    await deliverPush(context, page, push)
    const once = [
      { title: 'Ny beskjed fra kommunen', body: 'Trykk for å lese beskjeden.', tag: `message-${message.id}` },
    ]
    await untilShown(context, expect.poll(() => shownNotifications(page), { timeout: 15_000 }).toEqual(once))
    const [before] = await shownAt(page)

    // The same push again, as when a server process died after the push service took it.
    await deliverPush(context, page, push)

    // Shown (Safari revokes a subscription whose pushes show nothing), and still once.
    await expect.poll(async () => (await shownAt(page))[0] !== before, { timeout: 15_000 }).toBe(true)
    expect(await shownNotifications(page)).toEqual(once)
  })

  it('keeps the gathered messages on the screen when a push that cannot be read comes after them', async () => {
    const { page, context, householdId } = await signedInPhone()
    await allowNotifications(context)
    const first = await staffSendsNotice(householdId, 'Første beskjed', '')
    const second = await staffSendsNotice(householdId, 'Andre beskjed', '')
    const reader = { locale: 'nb' as const, preferences: { ...defaultPushPreferences, showDetails: true } }
    await deliverPush(context, page, JSON.stringify(pushForMessage(first, reader, new Date().toISOString())))
    await untilShown(context, expect.poll(() => shownNotifications(page), { timeout: 15_000 }).toHaveLength(1))
    await deliverPush(context, page, JSON.stringify(pushForMessage(second, reader, new Date().toISOString())))
    const gathered = [{ title: '2 nye beskjeder fra kommunen', body: 'Andre beskjed\nFørste beskjed', tag: 'inbox' }]
    await untilShown(context, expect.poll(() => shownNotifications(page), { timeout: 15_000 }).toEqual(gathered))

    const [before] = await shownAt(page)

    await deliverPush(context, page, 'not json')

    // Shown again (a push must show something), with what was there: not replaced by a generic text.
    await expect.poll(async () => (await shownAt(page))[0] !== before, { timeout: 15_000 }).toBe(true)
    expect(await shownNotifications(page)).toEqual(gathered)
  })

  it('still shows something, and syncs, when the push cannot be read', async () => {
    const { page, context, householdId } = await signedInPhone()
    await allowNotifications(context)
    await page.getByRole('link', { name: /Beskjeder/ }).click()
    await page.getByRole('heading', { name: 'Beskjeder' }).first().waitFor()
    await staffSendsNotice(householdId, 'Ny kontaktperson', 'Fra januar er Kari kontaktperson.')

    await deliverPush(context, page, 'not json')

    await untilShown(
      context,
      expect
        .poll(() => shownNotifications(page), { timeout: 15_000 })
        .toEqual([{ title: 'Pusterom', body: 'Det er nytt fra kommunen.', tag: 'inbox' }]),
    )
    await page.getByRole('link', { name: 'Ny kontaktperson' }).waitFor({ timeout: 15_000 })
  })
})

describe('asking about notifications', () => {
  it('never asks before sign-in, then explains why in the inbox, accessibly', async () => {
    const browsing = await browserForThisTest()
    await browsing.page.goto(url('/sign-in'))
    await browsing.page.getByRole('button', { name: 'Logg inn' }).waitFor()
    expect(await browsing.page.getByText('Vil du få varsler?').count()).toBe(0)
    expect(await browsing.page.evaluate(() => Notification.permission)).toBe('default')
    await browsing.close()

    const { page } = await signedInPhone()
    await page.getByRole('link', { name: /Beskjeder/ }).click()
    await page.getByRole('heading', { name: 'Vil du få varsler?' }).waitFor()
    expect(await page.evaluate(() => Notification.permission)).toBe('default')
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('offers notifications on the first page after signing in, accessibly, and not again after not now', async () => {
    const { page } = await signedInPhone('lunner-forelder-2')
    const offer = page.getByTestId('notification-offer')
    await offer.getByRole('heading', { name: 'Vil du få varsler?' }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    await offer.getByRole('button', { name: 'Ikke nå' }).click()
    await offer.waitFor({ state: 'detached' })
    await page.getByRole('link', { name: /Beskjeder/ }).click()
    await page.getByRole('heading', { name: 'Beskjeder' }).first().waitFor()
    expect(await page.getByRole('heading', { name: 'Vil du få varsler?' }).count()).toBe(0)
  })

  it('goes away for good when the family says not now', async () => {
    const { page } = await signedInPhone()
    await page.getByRole('link', { name: /Beskjeder/ }).click()
    await page.getByRole('button', { name: 'Ikke nå' }).click()
    await page.getByRole('heading', { name: 'Vil du få varsler?' }).waitFor({ state: 'detached' })
    await page.reload()
    await page.getByRole('heading', { name: 'Beskjeder' }).first().waitFor()
    expect(await page.getByRole('heading', { name: 'Vil du få varsler?' }).count()).toBe(0)
  })

  it('tells the family plainly when the browser has notifications blocked', async () => {
    const { page, context } = await signedInPhone()
    // Opened afresh, the page shows its button only once it has read the browser's permission: blocked
    // after that, the tap is what meets it (after the link, the offer's earlier reading could show it first).
    await page.goto(url('/messages'))
    await page.getByRole('button', { name: 'Slå på varsler' }).waitFor()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Browser.setPermission', {
      permission: { name: 'notifications' },
      setting: 'denied',
      origin: url(''),
    })

    await page.getByRole('button', { name: 'Slå på varsler' }).click()

    await page.getByRole('alert').filter({ hasText: 'Varsler er blokkert for Pusterom i nettleseren' }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('says so when this browser cannot subscribe, instead of failing silently', async () => {
    const { page, context } = await signedInPhone()
    await allowNotifications(context)
    await page.getByRole('link', { name: /Beskjeder/ }).click()
    // Headless Chromium here has no push service to subscribe with: the subscription itself fails.
    await page.getByRole('button', { name: 'Slå på varsler' }).click()
    await page.getByRole('alert').filter({ hasText: 'Fikk ikke slått på varsler' }).waitFor({ timeout: 30_000 })
  })
})
