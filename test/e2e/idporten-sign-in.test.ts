// A parent signs in through ID-porten's pages (the local stand-in), keeps using the app offline, signs in
// again when the session ran out while offline without losing what waited, and signs out of ID-porten too.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { browserForThisTest } from './support/launchChromium'
import {
  expectIdasStaysOffline,
  signInWithIdporten,
  signOutAndDelete,
  tickWhileOffline,
  untilUpToDate,
} from './support/familySteps'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const app = serveAppForThisFile({ demo: true })

/** What the device holds: the session's expiry and the number of changes waiting in the outbox. */
function deviceState(page: Page): Promise<{ outbox: number; expiresAt: string | undefined }> {
  return page.evaluate(async () => {
    const request = indexedDB.open('pusterom')
    const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))
    const read = <T>(store: string, run: (objects: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((resolve) => {
        const asked = run(database.transaction(store).objectStore(store))
        asked.onsuccess = () => resolve(asked.result)
      })
    const outbox = await read('outbox', (objects) => objects.count())
    const session = await read('meta', (objects) => objects.get('session'))
    database.close()
    return { outbox, expiresAt: (session as { value?: { expiresAt?: string } } | undefined)?.value?.expiresAt }
  })
}

/** Moves the device's session expiry into the past, as if thirty days had gone by. */
function expireSessionOnDevice(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const request = indexedDB.open('pusterom')
    const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))
    const objects = database.transaction('meta', 'readwrite').objectStore('meta')
    const asked = objects.get('session')
    await new Promise<void>((resolve) => {
      asked.onsuccess = () => {
        const entry = asked.result as { key: string; value: { expiresAt: string } }
        entry.value.expiresAt = new Date(Date.now() - 60_000).toISOString()
        objects.put(entry).onsuccess = () => resolve()
      }
    })
    database.close()
  })
}

describe('signing in with ID-porten', () => {
  it("shows the family's stays after signing in through ID-porten, also offline, and signs out of ID-porten too", async () => {
    const { page, context } = await browserForThisTest()
    await page.goto(app.url)
    await waitForServiceWorkerControl(page)
    await signInWithIdporten(page, 'Hanne Berg (12838610089)')
    await expectIdasStaysOffline(page, context)

    await context.setOffline(false)
    await signOutAndDelete(page, app.url)
    // ID-porten ends its session and sends the browser back to the app's sign-in page.
    await page.waitForURL(`${app.url}/sign-in**`)
    await page.getByRole('link', { name: 'Logg inn med ID-porten' }).click()
    // Signed out there too: ID-porten asks who is signing in again.
    await page.getByRole('heading', { name: 'ID-porten (demo)' }).waitFor()
  })

  it('keeps the data and the change waiting when the session runs out offline, and sends it after signing in again', async () => {
    const { page, context } = await browserForThisTest()
    await page.goto(app.url)
    await waitForServiceWorkerControl(page)
    await signInWithIdporten(page, 'Eirik Berg (04838810018)')
    await tickWhileOffline(page, context, app.url)

    await expireSessionOnDevice(page)
    await page.goto(app.url)
    // Still readable offline, and the change still waits.
    await page.getByRole('article').filter({ hasText: 'Ida' }).first().waitFor()
    expect((await deviceState(page)).outbox).toBe(1)

    // Once online, the app asks for sign-in instead of sending; nothing leaves the outbox.
    await context.setOffline(false)
    await page.getByText('Du må logge inn igjen. Ingenting er tapt.').waitFor()
    expect((await deviceState(page)).outbox).toBe(1)

    await page.getByRole('link', { name: 'Logg inn igjen' }).click()
    await page.getByTestId('sign-in-again').waitFor()
    // ID-porten still knows Eirik, so it sends him straight back.
    await page.getByRole('link', { name: 'Logg inn med ID-porten' }).click()
    await untilUpToDate(page)
    await expect.poll(async () => (await deviceState(page)).outbox).toBe(0)
    expect(Date.parse((await deviceState(page)).expiresAt ?? '')).toBeGreaterThan(Date.now())
  })
  it('tells a person the municipality has given no access so on the sign-in page', async () => {
    const { page } = await browserForThisTest()
    await page.goto(app.url)
    await page.getByRole('link', { name: 'Logg inn med ID-porten' }).click()
    await page.getByLabel('Jonas Lie (09058310023)').check()
    await page.getByRole('button', { name: 'Logg inn' }).click()
    await page.getByRole('alert').getByText('Du har ikke tilgang til Pusterom ennå').waitFor()
  })
})
