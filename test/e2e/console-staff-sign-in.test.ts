// A member of staff signs in to the console through the municipality's own login (the local stand-in's
// pick-a-person page), sees the requests, and signs out of the provider too; someone without access is
// told so on the console's sign-in. The console's sign-in screens pass axe.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { browserForThisTest } from './support/launchChromium'

const app = serveAppForThisFile({ demo: true })
const DESKTOP = { width: 1280, height: 800 }
const MUNICIPALITY_LOGIN = { name: 'Logg inn med kommunens innlogging' }

/** From the console's sign-in through the stand-in's pick-a-person page, as `person`. */
async function signInThroughProvider(page: Page, person: string): Promise<void> {
  await page.getByRole('link', MUNICIPALITY_LOGIN).click()
  await page.getByRole('heading', { name: 'Kommunens pålogging for ansatte (demo)' }).waitFor()
  await page.getByLabel(person).check()
  await page.getByRole('button', { name: 'Logg inn' }).click()
}

describe("staff sign-in through the municipality's login", () => {
  it('shows a member of staff the requests after signing in with their own login, and signs out of it too', async () => {
    const { page } = await browserForThisTest()
    await page.setViewportSize(DESKTOP)
    await page.goto(`${app.url}/kommune`)
    await page.getByRole('link', MUNICIPALITY_LOGIN).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])

    await signInThroughProvider(page, 'Tone Lunde (tone.lunde@lunner-demo.example)')
    await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
    await page.waitForURL((address) => address.pathname === '/kommune/oversikt')
    await page.getByText('Logget inn som Tone Lunde').waitFor()

    await page.getByRole('button', { name: 'Logg ut' }).click()
    // The provider ends its session and sends the browser back to the console's sign-in.
    await page.waitForURL(`${app.url}/kommune/logg-inn**`)
    await page.getByRole('link', MUNICIPALITY_LOGIN).click()
    // Signed out there too: the provider asks who is signing in again.
    await page.getByRole('heading', { name: 'Kommunens pålogging for ansatte (demo)' }).waitFor()
  })

  it('tells someone the municipality has given no access to the console so on its sign-in', async () => {
    const { page } = await browserForThisTest()
    await page.setViewportSize(DESKTOP)
    await page.goto(`${app.url}/kommune`)
    await signInThroughProvider(page, 'Kari Vik (kari.vik@lunner-demo.example)')
    await page.getByRole('alert').getByText('Du har ikke tilgang til konsollet.').waitFor()
    expect(new URL(page.url()).pathname).toBe('/kommune/logg-inn')
    await page.getByRole('link', MUNICIPALITY_LOGIN).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
