// Waiting for and asking the app's service worker, by its events rather than by time.
import type { RunsInPage } from './runsInPage'
import { VERSION_QUESTION } from './servedBuild'

/** Long enough for a slow shared machine; only reached when something is broken. */
const GIVE_UP_AFTER_MS = 30_000

async function withinReason<T>(what: string, page: RunsInPage, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void describeRegistrations(page).then(
        (state) =>
          reject(new Error(`Gave up waiting for ${what} after ${GIVE_UP_AFTER_MS} ms; service workers: ${state}`)),
        () => reject(new Error(`Gave up waiting for ${what} after ${GIVE_UP_AFTER_MS} ms`)),
      )
    }, GIVE_UP_AFTER_MS)
  })
  try {
    return await Promise.race([work, giveUp])
  } finally {
    clearTimeout(timer)
  }
}

/** The page's service worker registrations, for failure messages. */
export async function describeRegistrations(page: RunsInPage): Promise<string> {
  return page.evaluate(async () => {
    const registrations = await navigator.serviceWorker.getRegistrations()
    return JSON.stringify({
      controller: navigator.serviceWorker.controller?.scriptURL ?? null,
      registrations: registrations.map((r) => ({
        installing: r.installing?.state,
        waiting: r.waiting?.state,
        active: r.active?.state,
      })),
    })
  }, null)
}

/** Resolves once a service worker controls the page (at once if one already does). */
export async function waitForServiceWorkerControl(page: RunsInPage): Promise<string> {
  const controlled = page.evaluate(async () => {
    const worker =
      navigator.serviceWorker.controller ??
      (await new Promise<ServiceWorker | null>((resolve) => {
        navigator.serviceWorker.addEventListener(
          'controllerchange',
          () => resolve(navigator.serviceWorker.controller),
          { once: true },
        )
      }))
    return worker?.scriptURL ?? ''
  }, null)
  return withinReason('a service worker to control the page', page, controlled)
}

/**
 * The browser looks for a new version while the app stays open (as it does after a push message)
 * and waits until that version has installed and waits to take over.
 */
export async function browserFindsNewVersion(page: RunsInPage): Promise<void> {
  const installed = page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    await registration.update()
    const worker = registration.installing
    if (!worker) throw new Error('the browser found no new version of sw.js')
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (worker.state === 'installed') resolve()
        else if (worker.state !== 'installing')
          reject(new Error(`the new version went ${worker.state} instead of waiting`))
      }
      worker.addEventListener('statechange', check)
      check()
    })
  }, null)
  return withinReason('a new version to install', page, installed)
}

/** Which deployed version (see servedBuild) controls the page; null when no worker does. */
export async function versionInControl(page: RunsInPage): Promise<number | null> {
  const answer = page.evaluate(async (question) => {
    const controller = navigator.serviceWorker.controller
    if (!controller) return null
    const channel = new MessageChannel()
    const reply = new Promise<number>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<number>) => resolve(event.data)
    })
    controller.postMessage({ type: question }, [channel.port2])
    return reply
  }, VERSION_QUESTION)
  return withinReason('the controlling worker to say its version', page, answer)
}
