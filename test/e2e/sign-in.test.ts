// A family signs in with a demo account, gets its stays from the municipality, and keeps them offline;
// every screen fits a small phone; signing out leaves nothing of the family on the device.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { browserForThisTest } from './support/launchChromium'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const app = serveAppForThisFile({ demo: true })

describe('signing in', () => {
  it('shows the seeded stays after sign-in, and still after a reload with no network', async () => {
    const { page, context } = await browserForThisTest()
    await page.goto(app.url)
    await waitForServiceWorkerControl(page)

    await page.getByLabel('Brukernavn').fill('lunner-forelder-1')
    await page.getByLabel('Passord').fill('demo')
    await page.getByRole('button', { name: 'Logg inn' }).click()

    // The first sync is done when the header says when the device was last brought up to date.
    await page
      .getByTestId('sync-status')
      .getByText(/^Oppdatert \d/)
      .waitFor()
    const idasStays = page.getByRole('article').filter({ hasText: 'Ida' })
    const online = await idasStays.allTextContents()
    expect(online.some((text) => text.includes('Solsikken avlastningshjem'))).toBe(true)

    await context.setOffline(true)
    expect(
      await page.evaluate(() =>
        fetch('/api/v1/municipality').then(
          () => true,
          () => false,
        ),
      ),
    ).toBe(false)
    await page.reload()

    await idasStays.first().waitFor()
    expect(await idasStays.allTextContents()).toEqual(online)
  })
})

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(app.url)
  await page.getByLabel('Brukernavn').fill(username)
  await page.getByLabel('Passord').fill('demo')
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page
    .getByTestId('sync-status')
    .getByText(/^Oppdatert \d/)
    .waitFor()
}

/** Elements that stick out to the right of the screen, which would force sideways scrolling. */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  )
}

describe('a small phone', () => {
  it('shows every screen without sideways scrolling at 320 px wide (WCAG 1.4.10)', async () => {
    const { page } = await browserForThisTest()
    await page.setViewportSize({ width: 320, height: 640 })
    await signIn(page, 'lunner-forelder-3')
    const stay = await page.locator('a[href^="/stays/"]').first().getAttribute('href')
    const recipientId = await page.evaluate(async () => {
      const request = indexedDB.open('pusterom')
      const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))
      const all = database.transaction('recipients').objectStore('recipients').getAll()
      return await new Promise<string>(
        (resolve) => (all.onsuccess = () => resolve((all.result[0] as { id: string }).id)),
      )
    })
    const screens = [
      '/',
      '/calendar/month',
      '/decisions',
      `${stay}`,
      `${stay}/request/cancel`,
      `${stay}/request/changeTime`,
      `${stay}/packing`,
      '/packing',
      `/packing/templates/${recipientId}`,
      `/medications/${recipientId}`,
      '/messages',
      '/more',
    ]
    const problems: string[] = []
    for (const screen of screens) {
      await page.goto(app.url + screen)
      await page.locator('main h1, main h2, main h3').first().waitFor()
      const wide = await overflowingElements(page)
      if (wide.length > 0) problems.push(`${screen}: ${wide.slice(0, 3).join(', ')}`)
    }
    expect(problems).toEqual([])
  })
})

describe('signing out', () => {
  it("warns about changes not yet sent, then deletes the family's data from the phone", async () => {
    const { page, context } = await browserForThisTest()
    await signIn(page, 'lunner-forelder-1')
    // Offline navigation is the service worker's job: it must control the page first.
    await waitForServiceWorkerControl(page)
    await context.setOffline(true)
    // A tick made offline waits in the outbox.
    const stay = await page.locator('a[href^="/stays/"]').first().getAttribute('href')
    await page.goto(app.url + `${stay}/packing`)
    await page.getByRole('checkbox').first().check()
    // The box flips at once; the tick is safe only once it is in the outbox, as the header then says.
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toContain('én endring venter')

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
