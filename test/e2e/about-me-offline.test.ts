// The child's "about me" card in real Chromium: written with no network, then printed with the medication list.
import { describe, expect, it } from 'vitest'
import type { Medication } from '../../src/protocol'
import { aPlace, aRecipient } from '../support/builders'
import { aMedication } from '../support/packingBuilders'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { aSignedInSession, putOnDevice, type DeviceRecords } from './support/deviceData'
import { browserForThisTest } from './support/launchChromium'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const app = serveAppForThisFile()

describe('the "about me" card for the respite place', () => {
  it('is filled in offline and printed on the same sheet as the medication list, with no accessibility violation', async () => {
    const emma = aRecipient({ name: 'Emma' })
    const { page, context } = await browserForThisTest()
    await page.goto(app.url + '/')
    await page.getByRole('heading', { level: 2, name: 'Logg inn' }).waitFor()
    const records: DeviceRecords & { medications: Medication[] } = {
      meta: [aSignedInSession()],
      recipients: [emma],
      places: [aPlace()],
      medications: [aMedication({ recipientId: emma.id, name: 'Orfiril Long', times: ['08:00'] })],
    }
    await putOnDevice(page, records)
    await waitForServiceWorkerControl(page)
    await context.setOffline(true)

    await page.goto(`${app.url}/om-meg/${emma.id}`)
    await page.getByRole('heading', { name: 'Om meg: Emma' }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByLabel('Dette roer meg').fill('Musikk og en rolig stemme')
    await page.getByRole('button', { name: 'Legg til kontakt' }).click()
    await page.getByLabel('Navn').fill('Kari Berg')
    await page.getByLabel('Telefon').fill('91234567')
    await page.getByRole('button', { name: 'Lagre' }).click()
    await page.getByRole('status').filter({ hasText: 'Lagret på telefonen' }).waitFor()

    await page.getByRole('link', { name: 'Utskrift' }).click()
    await page.getByRole('heading', { name: 'Medisinliste for Emma' }).waitFor()
    const card = page.getByTestId('about-me-print')
    await card.getByText('Musikk og en rolig stemme').waitFor()
    await card.getByText('Kari Berg: 91234567').waitFor()
    await page.getByText('Orfiril Long').first().waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
