// The municipality's staff console in real Chromium against the real server: a parent says a stay is not
// needed on the phone, staff see it in the console within seconds and confirm it, and the phone shows the
// answer; every console screen passes axe, and the requests can be answered with the keyboard alone.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Stay } from '../../src/protocol'
import { DEMO_PASSWORD } from '../../src/server/seed/demoAccounts'
import { lunnerPlaces } from '../../src/server/seed/demoTenants'
import { stableId } from '../../src/server/seed/stableId'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { browserForThisTest } from './support/launchChromium'

const app = serveAppForThisFile({ demo: true })
const ida = stableId('demo/lunner/berg/ida', 'recipient')
const DESKTOP = { width: 1280, height: 800 }

async function api<T>(path: string, init: { method: string; token?: string; body?: unknown }): Promise<T> {
  const response = await fetch(`${app.url}/api/v1${path}`, {
    method: init.method,
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** A weekend for Ida at the respite unit, `daysAhead` days from now, planned through the API. */
async function idaHasAStay(daysAhead: number): Promise<Stay> {
  const { token } = await api<{ token: string }>('/session', {
    method: 'POST',
    body: { username: 'lunner-ansatt', password: DEMO_PASSWORD },
  })
  const start = new Date(Date.now() + daysAhead * 86_400_000)
  start.setUTCHours(15, 0, 0, 0)
  const end = new Date(start.getTime() + 2 * 86_400_000)
  const body = { recipientId: ida, placeId: lunnerPlaces.unit.id, kind: 'municipalUnit', notes: '' }
  return api<Stay>('/staff/stays', {
    method: 'POST',
    token,
    body: { ...body, start: start.toISOString(), end: end.toISOString() },
  })
}

async function signedInConsole(page: Page): Promise<void> {
  await page.setViewportSize(DESKTOP)
  await page.goto(`${app.url}/kommune`)
  await page.getByLabel('Brukernavn').fill('lunner-ansatt')
  await page.getByLabel('Passord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page.getByRole('heading', { name: 'Forespørsler som venter' }).waitFor()
}

async function parentSaysNotNeeded(page: Page, stay: Stay, message: string): Promise<void> {
  await page.goto(`${app.url}/sign-in`)
  await page.getByLabel('Brukernavn').fill('lunner-forelder-1')
  await page.getByLabel('Passord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page
    .getByTestId('sync-status')
    .getByText(/^Oppdatert \d/)
    .waitFor()
  await page.goto(`${app.url}/stays/${stay.id}`)
  await page.getByRole('link', { name: 'Oppholdet trengs ikke' }).click()
  await page.getByLabel('Melding til kommunen (valgfritt)').fill(message)
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await page.waitForURL((address) => address.pathname === `/stays/${stay.id}`)
}

describe('the staff console', () => {
  it('shows a parent’s "not needed" within seconds, and the parent sees the confirmation', async () => {
    const stay = await idaHasAStay(5)
    const { context, page: phone } = await browserForThisTest()
    const desk = await context.newPage()
    await signedInConsole(desk)

    await parentSaysNotNeeded(phone, stay, 'Ida er på leirskole.')

    const card = desk.getByTestId('console-request').filter({ hasText: 'Ida er på leirskole.' })
    await card.waitFor({ timeout: 15_000 })
    expect(await card.textContent()).toContain('I tide')
    await card.getByLabel('Merknad til familien').fill('Takk for beskjed, god tur!')
    await card.getByRole('button', { name: 'Bekreft mottatt' }).click()
    await desk.getByText('Svaret er sendt til familien.').waitFor()
    await card.waitFor({ state: 'detached' })

    await phone.reload()
    await phone.getByText('Godtatt av kommunen').waitFor({ timeout: 20_000 })
    expect(await phone.textContent('body')).toContain('Takk for beskjed, god tur!')
  })

  it('answers a request with the keyboard alone', async () => {
    const { page } = await browserForThisTest()
    await signedInConsole(page)
    const first = page.getByTestId('console-request').first()
    await first.waitFor()
    const before = await page.getByTestId('console-request').count()

    // Tab until the first request's note has focus, write in it, then Tab to its first answer and press Enter.
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab')
      const inNote = await first.locator('textarea').evaluate((element) => element === document.activeElement)
      if (inNote) break
    }
    await page.keyboard.type('Svart med tastaturet.')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.getByText('Svaret er sendt til familien.').waitFor()
    await expect.poll(() => page.getByTestId('console-request').count()).toBe(before - 1)
  })

  it('has no accessibility violations on any screen', async () => {
    const { page } = await browserForThisTest()
    await page.setViewportSize(DESKTOP)
    await page.goto(`${app.url}/kommune`)
    await page.getByRole('heading', { name: 'Logg inn som ansatt' }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    await signedInConsole(page)
    const screens = await page.getByRole('navigation').getByRole('link').all()
    for (const link of screens) {
      await link.click()
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.waitForLoadState('networkidle')
      expect(await accessibilityViolations(page), (await link.textContent()) ?? '').toEqual([])
    }
  })
})
