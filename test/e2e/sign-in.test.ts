// A family signs in with a demo account, gets its stays from the municipality, and keeps them offline.
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
    await page.getByTestId('sync-status').getByText(/^Oppdatert \d/).waitFor()
    const idasStays = page.getByRole('article').filter({ hasText: 'Ida' })
    const online = await idasStays.allTextContents()
    expect(online.some((text) => text.includes('Solsikken avlastningshjem'))).toBe(true)

    await context.setOffline(true)
    expect(await page.evaluate(() => fetch('/api/v1/municipality').then(() => true, () => false))).toBe(false)
    await page.reload()

    await idasStays.first().waitFor()
    expect(await idasStays.allTextContents()).toEqual(online)
  })
})
