// Two of the municipality's staff at their desks on one family's request, in real Chromium against the
// real server: the first answers, the second is told who answered and when, and keeps no answer buttons;
// the overview (the first screen) counts what waits, and both new screens pass axe.
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/server/seed/demoAccounts'
import { lunnerPlaces } from '../../src/server/seed/demoTenants'
import { stableId } from '../../src/server/seed/stableId'
import { ApiClient } from '../server/support/apiClient'
import { aCancellation, planStay, send } from '../server/support/builders'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { atTheRequests, signInToConsole } from './support/consoleSignIn'
import { browserForThisTest } from './support/launchChromium'

const app = serveAppForThisFile({ demo: true })
const ida = stableId('demo/lunner/berg/ida', 'recipient')

async function signedIn(username: string): Promise<ApiClient> {
  const anonymous = new ApiClient(app.url)
  const response = await anonymous.post<{ token: string }>('/session', { username, password: DEMO_PASSWORD })
  return anonymous.withToken(response.body.token)
}

/** A weekend for Ida `daysAhead` days from now that the family says is not needed. */
async function aWaitingRequest(daysAhead: number, message: string): Promise<void> {
  const start = new Date(Date.now() + daysAhead * 86_400_000)
  start.setUTCHours(15, 0, 0, 0)
  const end = new Date(start.getTime() + 2 * 86_400_000)
  const stay = await planStay(await signedIn('lunner-ansatt'), {
    recipientId: ida,
    placeId: lunnerPlaces.unit.id,
    start: start.toISOString(),
    end: end.toISOString(),
  })
  await send(await signedIn('lunner-forelder-1'), aCancellation(stay.id, { message }))
}

describe('two staff on one request', () => {
  it('tells the second who answered first and when, and takes the answer buttons away', async () => {
    await aWaitingRequest(9, 'Ida skal til bestemor.')
    const tone = (await browserForThisTest()).page
    const ola = (await browserForThisTest()).page
    await atTheRequests(tone, app.url, 'lunner-ansatt')
    await atTheRequests(ola, app.url, 'lunner-ansatt-2')
    const toneCard = tone.getByTestId('console-request').filter({ hasText: 'Ida skal til bestemor.' })
    const olaCard = ola.getByTestId('console-request').filter({ hasText: 'Ida skal til bestemor.' })

    await toneCard.getByRole('button', { name: 'Bekreft mottatt' }).click()
    await tone.getByText('Svaret er sendt til familien.').waitFor()
    await olaCard.getByRole('button', { name: 'Bekreft mottatt' }).click()

    await ola.getByText(/^Svaret ditt er ikke sendt: Tone Lunde svarte allerede \d/).waitFor()
    expect(await olaCard.getByRole('button', { name: 'Bekreft mottatt' }).count()).toBe(0)
    expect(await ola.textContent('body')).not.toContain('Fikk ikke hentet')
    expect(await ola.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status')
    expect(await accessibilityViolations(ola)).toEqual([])
  })

  it('opens on the overview, which counts what waits on the screen, the menu and the tab', async () => {
    await aWaitingRequest(10, 'Ida er syk.')
    const { page } = await browserForThisTest()
    await signInToConsole(page, app.url)
    const waiting = page.getByTestId('overview-waiting')
    await expect.poll(async () => Number((await waiting.textContent())?.match(/\d+/)?.[0] ?? 0)).toBeGreaterThan(0)
    const count = (await waiting.textContent())!.match(/\d+/)![0]
    expect(await page.getByTestId('console-nav-waiting').textContent()).toContain(count)
    await expect.poll(() => page.title()).toBe(`(${count}) Oversikt – Pusterom for kommunen`)
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
