// A family signs in with a demo account, gets its stays from the municipality, and keeps them offline;
// signing out leaves nothing of the family on the device. (Small phones and large text: small-phone.test.ts.)
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { browserForThisTest } from './support/launchChromium'
import { expectIdasStaysOffline, signInWithPassword, tickWhileOffline } from './support/familySteps'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const app = serveAppForThisFile({ demo: true })

describe('signing in', () => {
  it('shows the seeded stays after sign-in, and still after a reload with no network', async () => {
    const { page, context } = await browserForThisTest()
    await page.goto(app.url)
    await waitForServiceWorkerControl(page)
    await signInWithPassword(page, 'lunner-forelder-1')

    await expectIdasStaysOffline(page, context)
    expect(
      await page.evaluate(() =>
        fetch('/api/v1/municipality').then(
          () => true,
          () => false,
        ),
      ),
    ).toBe(false)
  })
})

describe('the sign-in page in another language', () => {
  it('switches to English before signing in, keeps it after signing in, accessibly', async () => {
    const { page } = await browserForThisTest()
    await page.goto(app.url)
    await page.getByRole('radio', { name: 'English' }).check()
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await accessibilityViolations(page)).toEqual([])

    await page.getByLabel('Username').fill('lunner-forelder-1')
    await page.getByLabel('Password').fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('link', { name: /Messages/ }).waitFor()
    await page.reload()
    await page.getByRole('link', { name: /Messages/ }).waitFor()
  })
})

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(app.url)
  await signInWithPassword(page, username)
}

describe('signing out', () => {
  it("warns about changes not yet sent, then deletes the family's data from the phone", async () => {
    const { page, context } = await browserForThisTest()
    await signIn(page, 'lunner-forelder-1')
    // Offline navigation is the service worker's job: it must control the page first.
    await waitForServiceWorkerControl(page)
    await tickWhileOffline(page, context, app.url)

    await page.goto(app.url + '/more')
    await page.getByRole('button', { name: 'Logg ut' }).click()
    await expect.poll(() => page.getByTestId('sign-out-unsent').textContent()).toContain('én endring som ikke er sendt')
    await page.getByRole('button', { name: 'Logg ut og slett' }).click()

    await page.getByLabel('Brukernavn').waitFor()
    const left = await page.evaluate(async () => {
      const request = indexedDB.open('pusterom')
      const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const counting = database.transaction(store).objectStore(store).count()
          counting.onsuccess = () => resolve(counting.result)
        })
      return {
        stays: await count('stays'),
        outbox: await count('outbox'),
        meta: await count('meta'),
        medications: await count('medications'),
        caches: (await caches.keys()).filter((name) => !name.includes('precache')),
      }
    })
    expect(left).toEqual({ stays: 0, outbox: 0, meta: 0, medications: 0, caches: [] })
  })
})
