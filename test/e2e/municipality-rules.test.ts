// As the Gjøvik family (no change deadline, no summer respite) in real Chromium: no offer, setting, reminder
// or text speaks of a deadline or summer respite the municipality does not have.
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/server/seed/demoAccounts'
import { accessibilityViolations } from './support/axe'
import { browserForThisTest } from './support/launchChromium'
import { serveAppForThisFile } from './support/appUnderTest'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const app = serveAppForThisFile({ demo: true, notifications: { timer: null } })
const url = (path: string) => `${app.url}${path}`

async function gjovikPhone() {
  const browsing = await browserForThisTest()
  const { page } = browsing
  await page.goto(url('/sign-in'))
  await waitForServiceWorkerControl(page)
  await page.getByLabel('Brukernavn').fill('gjovik-forelder-1')
  await page.getByLabel('Passord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page.waitForURL((address) => address.pathname === '/')
  return browsing
}

describe('the rules of a municipality with no change deadline and no summer respite', () => {
  it('are the only ones the first offer, More and the stay page speak of', async () => {
    const { page } = await gjovikPhone()
    const offer = page.getByTestId('notification-offer')
    await offer.getByRole('heading', { name: 'Vil du få varsler?' }).waitFor()
    expect(await offer.innerText()).toContain('minne deg på pakkingen.')
    expect(await offer.innerText()).not.toMatch(/endringsfrist|sommeravlastning/)

    await page.goto(url('/more'))
    await page.getByTestId('kind-stayChanges').waitFor()
    expect(await page.getByTestId('kind-deadlineReminders').count()).toBe(0)
    expect(await page.getByTestId('kind-summerReminders').count()).toBe(0)
    expect(await page.locator('select#deadline-lead').count()).toBe(0)
    const more = await page.locator('main').innerText()
    expect(more).not.toContain('Påminnelse før endringsfristen')
    expect(more).not.toContain('Søknadsfristen for sommeravlastning')
    expect(await page.getByTestId('calendar-feed-body').innerText()).not.toContain('endringsfristen')
    expect(await accessibilityViolations(page)).toEqual([])

    await page.goto(url('/'))
    const stay = page.locator('a[href^="/stays/"]').first()
    await stay.waitFor()
    await stay.click()
    await page.getByText('Kommunen har ingen fast endringsfrist', { exact: false }).first().waitFor()
    expect(await page.getByText('Få varsel før fristen').count()).toBe(0)
  })
})
