// Signs a demo staff member in to the console on a desktop-sized page, and waits for its first screen.
import type { Page } from 'playwright-core'
import { DEMO_PASSWORD } from '../../../src/server/seed/demoAccounts'

export const DESKTOP = { width: 1280, height: 800 }

export async function signInToConsole(page: Page, appUrl: string, username = 'lunner-ansatt'): Promise<void> {
  await page.setViewportSize(DESKTOP)
  await page.goto(`${appUrl}/kommune`)
  await page.getByLabel('Brukernavn').fill(username)
  await page.getByLabel('Passord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
}

/** Signed in, on the requests screen. */
export async function atTheRequests(page: Page, appUrl: string, username = 'lunner-ansatt'): Promise<void> {
  await signInToConsole(page, appUrl, username)
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^Forespørsler/ })
    .click()
  await page.getByRole('heading', { name: 'Forespørsler som venter' }).waitFor()
}
