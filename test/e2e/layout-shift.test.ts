// The agenda and the messages hold still while the family's data fills them: no list pushes what the
// family is about to tap (cumulative layout shift ≤ 0.05, quality.md), after sign-in and on a fresh load.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { browserForThisTest } from './support/launchChromium'
import { waitForServiceWorkerControl } from './support/serviceWorker'
import { untilUpToDate } from './support/familySteps'

const app = serveAppForThisFile({ demo: true })
const MOST_SHIFT = 0.05

/** Starts summing layout shifts not caused by the family's own input, from this moment on. */
function startCountingShifts(page: Page): Promise<void> {
  return page.evaluate(() => {
    const shifts: string[] = []
    const tally = { sum: 0, shifts }
    Object.assign(window, { __layoutShift: tally })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        hadRecentInput: boolean
        sources?: { node?: Node }[]
      })[]) {
        if (entry.hadRecentInput) continue
        tally.sum += entry.value
        const nodes = (entry.sources ?? []).map((source) => (source.node as Element | undefined)?.className ?? '?')
        shifts.push(`${entry.value.toFixed(3)} ${nodes.join(',')}`)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The shifts so far, once the page has had a few frames to settle. */
async function shiftSoFar(page: Page): Promise<{ sum: number; shifts: string[] }> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)))
  return page.evaluate(() => (window as unknown as { __layoutShift: { sum: number; shifts: string[] } }).__layoutShift)
}

async function signIn(page: Page): Promise<void> {
  await page.goto(app.url)
  await page.getByLabel('Brukernavn').fill('lunner-forelder-1')
  await page.getByLabel('Passord').fill('demo')
  await page.getByRole('button', { name: 'Logg inn' }).click()
  // The click counts as input for half a second; the first sync's fill comes after it.
  await startCountingShifts(page)
  await untilUpToDate(page)
}

describe('the screens hold still while data fills them', () => {
  it('the agenda barely moves while the first sync after sign-in fills it', async () => {
    const { page } = await browserForThisTest()
    await signIn(page)
    await page.getByRole('article').first().waitFor()
    const filled = await shiftSoFar(page)
    expect(filled.sum, filled.shifts.join('\n')).toBeLessThanOrEqual(MOST_SHIFT)
  })

  it('the agenda barely moves when it is opened again with the stays on the device', async () => {
    const { page } = await browserForThisTest()
    await signIn(page)
    await page.reload()
    await startCountingShifts(page)
    await page.getByRole('article').first().waitFor()
    const reopened = await shiftSoFar(page)
    expect(reopened.sum, reopened.shifts.join('\n')).toBeLessThanOrEqual(MOST_SHIFT)
  })

  it('the agenda barely moves when it is opened offline, as the sync line says so and offers to try again', async () => {
    const { page, context } = await browserForThisTest()
    await signIn(page)
    await waitForServiceWorkerControl(page)
    await context.setOffline(true)
    await page.reload()
    await startCountingShifts(page)
    await page.getByRole('article').first().waitFor()
    await page.getByTestId('sync-status').getByRole('button', { name: 'Prøv nå' }).waitFor()
    const offline = await shiftSoFar(page)
    expect(offline.sum, offline.shifts.join('\n')).toBeLessThanOrEqual(MOST_SHIFT)
  })

  it('the messages barely move as they are read from the device', async () => {
    const { page } = await browserForThisTest()
    await signIn(page)
    await page.goto(`${app.url}/messages`)
    await startCountingShifts(page)
    await page.getByRole('heading', { name: 'Beskjeder' }).first().waitFor()
    const opened = await shiftSoFar(page)
    expect(opened.sum, opened.shifts.join('\n')).toBeLessThanOrEqual(MOST_SHIFT)
  })
})
