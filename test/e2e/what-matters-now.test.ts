// The first screen against the real server: with a stay going on today and an overnight stay tomorrow whose
// change deadline is today at 15.00, "Viktig nå" puts the deadline first, says the other stay is going on,
// and the packing count opens the stay's list.
import { describe, expect, it } from 'vitest'
import { type Stay } from '../../src/protocol'
import { DEMO_PASSWORD } from '../../src/server/seed/demoAccounts'
import { lunnerPlaces } from '../../src/server/seed/demoTenants'
import { stableId } from '../../src/server/seed/stableId'
import { accessibilityViolations } from './support/axe'
import { browserForThisTest } from './support/launchChromium'
import { serveAppForThisFile } from './support/appUnderTest'
import { PLANNED_ANYWAY, staffApi } from './support/staffApi'

const ida = stableId('demo/lunner/berg/ida', 'recipient')
// Monday 30 November 2026, 10.00 in Norway; Ida's demo stays are at weekends.
const monday10 = '2026-11-30T09:00:00.000Z'
const offsetMs = Date.parse(monday10) - Date.now()
const app = serveAppForThisFile({ demo: true, clock: { now: () => Date.now() + offsetMs } })
const url = (path: string) => `${app.url}${path}`

const { api, staffToken } = staffApi(app)

async function staffPlans(token: string, start: string, end: string): Promise<Stay> {
  const override = PLANNED_ANYWAY
  const body = {
    recipientId: ida,
    placeId: lunnerPlaces.unit.id,
    kind: 'municipalUnit',
    start,
    end,
    notes: '',
    override,
  }
  return api<Stay>('/staff/stays', { method: 'POST', token, body: { ...body, transportTo: 'Taxi fra skolen' } })
}

describe('what matters now, on the first screen', () => {
  it('puts tomorrow’s deadline today first, above the stay going on, and opens its packing list', async () => {
    const token = await staffToken()
    const today = await staffPlans(token, '2026-11-30T08:00:00.000Z', '2026-11-30T14:00:00.000Z')
    const tomorrow = await staffPlans(token, '2026-12-01T16:00:00.000Z', '2026-12-02T15:00:00.000Z')

    const { page } = await browserForThisTest()
    await page.clock.install({ time: new Date(monday10) })
    await page.goto(url('/sign-in'))
    await page.getByLabel('Brukernavn').fill('lunner-forelder-1')
    await page.getByLabel('Passord').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Logg inn' }).click()
    await page.waitForURL((address) => address.pathname === '/')

    const cards = page.locator('.home-card')
    await cards.nth(1).waitFor({ timeout: 20_000 })
    const first = cards.nth(0)
    expect(await first.locator('h3 a').getAttribute('href')).toBe(`/stays/${tomorrow.id}`)
    expect(await first.getByTestId('home-deadline').innerText()).toMatch(
      /^Endringsfrist: i dag kl\. 15\.00, om [45] timer$/,
    )
    const second = cards.nth(1)
    expect(await second.locator('h3 a').getAttribute('href')).toBe(`/stays/${today.id}`)
    expect((await second.locator('h3').innerText()).replace(/\s+/g, ' ')).toBe('Ida pågår nå')
    expect(await accessibilityViolations(page)).toEqual([])

    await first.getByTestId('home-packing').click()
    await page.waitForURL((address) => address.pathname === `/stays/${tomorrow.id}/packing`)
  })
})
