// A parent's phone for the tests where two parents of the Berg family act on two phones: signed in with
// the demo password, and a wait for everything it did to reach the server.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { DEMO_PASSWORD } from '../../../src/server/seed/demoAccounts'
import { browserForThisTest, type Browsing } from './launchChromium'

/** One parent's phone, signed in as `username`, on the first page. */
export async function parentsPhone(appUrl: string, username: string): Promise<Browsing> {
  const browsing = await browserForThisTest()
  const { page } = browsing
  await page.goto(`${appUrl}/sign-in`)
  await page.getByLabel('Brukernavn').fill(username)
  await page.getByLabel('Passord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page.waitForURL((address) => address.pathname === '/')
  return browsing
}

/** Signs a parent in on this page and waits for the first sync to finish. */
export async function signInAndSync(page: Page, appUrl: string, username: string): Promise<void> {
  await page.goto(`${appUrl}/sign-in`)
  await page.getByLabel('Brukernavn').fill(username)
  await page.getByLabel('Passord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page
    .getByTestId('sync-status')
    .getByText(/^Oppdatert \d/)
    .waitFor()
}

/** How many of this phone's actions have not reached the server yet. */
function unsent(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('pusterom')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count()
          count.onsuccess = () => {
            resolve(count.result)
            open.result.close()
          }
        }
      }),
  )
}

export async function untilSent(page: Page): Promise<void> {
  await expect.poll(() => unsent(page), { timeout: 20_000 }).toBe(0)
}
