// The steps a parent takes in the family app that several end-to-end tests share: signing in (with the demo
// password or through ID-porten's stand-in), the stays kept for offline, a tick left waiting, signing out,
// and reading what the device holds to find a page to open.
import type { BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'

/** The first sync is done when the header says when the device was last brought up to date. */
export async function untilUpToDate(page: Page): Promise<void> {
  await page
    .getByTestId('sync-status')
    .getByText(/^Oppdatert kl\. \d/)
    .waitFor()
}

/** Signs in on the sign-in page already open with a demo account, and waits for the first sync. */
export async function signInWithPassword(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.getByLabel('Brukernavn').fill(username)
  await page.getByLabel('Passord').fill(password)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await untilUpToDate(page)
}

/** From the app's sign-in page through the stand-in's pick-a-person page, back to an up-to-date calendar. */
export async function signInWithIdporten(page: Page, person: string): Promise<void> {
  await page.getByRole('link', { name: 'Logg inn med ID-porten' }).click()
  await page.getByRole('heading', { name: 'ID-porten (demo)' }).waitFor()
  await page.getByLabel(person).check()
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await untilUpToDate(page)
}

/** Ida's stays in the agenda read the same after a reload with no network as they did online. */
export async function expectIdasStaysOffline(page: Page, context: BrowserContext): Promise<void> {
  // The stays in the list (the home card above it loads after the first paint, so it is left out here).
  const idasStays = page.locator('.agenda').getByRole('article').filter({ hasText: 'Ida' })
  const online = await idasStays.allTextContents()
  expect(online.some((text) => text.includes('Solsikken avlastningshjem'))).toBe(true)
  await context.setOffline(true)
  await page.reload()
  await idasStays.first().waitFor()
  expect(await idasStays.allTextContents()).toEqual(online)
}

/** Goes offline and ticks the first item on the first stay's packing list; it waits in the outbox. */
export async function tickWhileOffline(page: Page, context: BrowserContext, appUrl: string): Promise<void> {
  await context.setOffline(true)
  const stay = await page.locator('a[href^="/stays/"]').first().getAttribute('href')
  await page.goto(appUrl + `${stay}/packing`)
  await page.getByRole('checkbox').first().check()
  // The box flips at once; the tick is safe only once it is in the outbox, as the header then says.
  // The header's line says so once the sync engine has started, which waits for the page's first paint.
  await page
    .getByTestId('sync-status')
    .getByText(/én endring venter/)
    .waitFor()
}

/** Signs out from More, past the question whether to delete the family's data from the phone. */
export async function signOutAndDelete(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl + '/more')
  await page.getByRole('button', { name: 'Logg ut' }).click()
  await page.getByRole('button', { name: 'Logg ut og slett' }).click()
}

/** The first record of one of the device's tables that matches, read straight from IndexedDB. */
export function firstOnDevice(page: Page, table: string, withField: string): Promise<Record<string, string>> {
  return page.evaluate(
    async ({ table, withField }) => {
      const request = indexedDB.open('pusterom')
      const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))
      const all = database.transaction(table).objectStore(table).getAll()
      const rows = await new Promise<Record<string, string>[]>((resolve) => (all.onsuccess = () => resolve(all.result)))
      database.close()
      return rows.find((row) => row[withField]) ?? {}
    },
    { table, withField },
  )
}
