// The municipality's staff console in real Chromium against the real server: a parent says a stay is not
// needed on the phone, staff see it in the console within seconds and confirm it, and the phone shows the
// answer; every console screen passes axe, and the requests can be answered with the keyboard alone.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { type Stay } from '../../src/protocol'
import { apiPath, changeChannelRoutes } from '../../src/protocol/routes'
import { DEMO_PASSWORD } from '../../src/server/seed/demoAccounts'
import { lunnerPlaces } from '../../src/server/seed/demoTenants'
import { stableId } from '../../src/server/seed/stableId'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { atTheRequests, DESKTOP, signInToConsole } from './support/consoleSignIn'
import { browserForThisTest, PHONE_VIEWPORT } from './support/launchChromium'
import { signInAndSync, untilSent } from './support/parentsPhone'
import { pdfPageCount } from './support/pdfPages'
import { PLANNED_ANYWAY } from './support/staffApi'

const app = serveAppForThisFile({ demo: true })
const ida = stableId('demo/lunner/berg/ida', 'recipient')
const changesPath = apiPath(changeChannelRoutes.listenForChanges, {})

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
  const override = PLANNED_ANYWAY
  const body = { recipientId: ida, placeId: lunnerPlaces.unit.id, kind: 'municipalUnit', notes: '', override }
  return api<Stay>('/staff/stays', {
    method: 'POST',
    token,
    body: { ...body, start: start.toISOString(), end: end.toISOString() },
  })
}

const signedInConsole = (page: Page) => atTheRequests(page, app.url)

async function parentSaysNotNeeded(page: Page, stay: Stay, message: string): Promise<void> {
  await signInAndSync(page, app.url, 'lunner-forelder-1')
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

  it('shows a family’s request in an open console within seconds, told by the change channel, not its poll', async () => {
    const stay = await idaHasAStay(9)
    const desk = await browserForThisTest()
    const channel = desk.page.waitForResponse((response) => new URL(response.url()).pathname === changesPath)
    await signedInConsole(desk.page)
    const opened = await channel
    expect([opened.status(), await opened.headerValue('content-type')]).toEqual([200, 'text/event-stream'])
    const { page: phone } = await browserForThisTest()

    await parentSaysNotNeeded(phone, stay, 'Ida skal på hyttetur.')
    await untilSent(phone)

    // The console's poll, were it polling, would come only every ten seconds.
    const card = desk.page.getByTestId('console-request').filter({ hasText: 'Ida skal på hyttetur.' })
    await card.waitFor({ timeout: 3_000 })
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

  it('refuses a plan that collides, plans it with a reason, and reinstates it after a cancellation', async () => {
    const { page } = await browserForThisTest()
    await signedInConsole(page)
    await page.getByRole('navigation').getByRole('link', { name: 'Plan' }).click()
    const form = page.locator('form.plan-create')
    await form.getByLabel('Barn').selectOption({ label: 'Noah' })
    await form.getByLabel('Sted').selectOption({ label: 'Lunner avlastningsbolig' })
    // Yesterday just after midnight in Norway: past at any hour of the run (today's 00:10 is not, between midnight
    // and 00:40), typed as Norwegians write it.
    const yesterday = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short' }).format(
      Date.now() - 24 * 60 * 60 * 1000,
    )
    await form.locator('input[name="startDate"]').fill(yesterday)
    await form.locator('input[name="startTime"]').fill('00.10')
    await form.locator('input[name="endDate"]').fill(yesterday)
    await form.locator('input[name="endTime"]').fill('00,40')
    await form.getByRole('button', { name: 'Planlegg', exact: true }).click()
    const refused = form.getByTestId('plan-conflicts')
    await refused.getByText('ligger i fortiden').waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    await refused.getByLabel('Begrunnelse for å planlegge likevel').fill('Registrert i etterkant')
    await refused.getByRole('button', { name: 'Planlegg likevel' }).click()
    await form.getByText('Ett opphold er planlagt.').waitFor()

    const row = page.getByTestId('plan-stay').filter({ hasText: 'Registrert i etterkant' })
    await row.getByRole('button', { name: 'Avlys oppholdet' }).click()
    await row.getByLabel('Begrunnelse til familien').selectOption('staffShortage')
    expect(await accessibilityViolations(page)).toEqual([])
    await row.getByRole('button', { name: 'Ja, avlys oppholdet' }).click()
    await row.getByText('Avlyst av kommunen').waitFor()
    await row.getByRole('button', { name: 'Sett opp igjen' }).click()
    await row.getByRole('button', { name: 'Ja, sett opp igjen' }).click()
    await row.getByTestId('plan-conflicts').getByText('ligger i fortiden').waitFor()
    await row.getByLabel('Begrunnelse for å planlegge likevel').fill('Oppholdet ble likevel av')
    await row.getByRole('button', { name: 'Lagre likevel' }).click()
    await page
      .getByTestId('plan-stay')
      .filter({ hasText: 'Oppholdet ble likevel av' })
      .getByText('Planlagt')
      .first()
      .waitFor()
  })

  it('prints the respite home’s week with a child arriving: her allergies and medicines, and no menu on the sheet', async () => {
    await idaHasAStay(3)
    const { page } = await browserForThisTest()
    await page.setViewportSize(DESKTOP)
    await signedInConsole(page)
    await page.getByRole('navigation').getByRole('link', { name: 'Dagsliste' }).click()
    await page.getByLabel('Avlastningssted').selectOption({ label: lunnerPlaces.unit.name })
    await page.getByLabel('Vis').selectOption({ label: 'Én uke' })
    const ida = page.getByTestId('day-list-child').filter({ hasText: 'Ida' }).first()
    await ida.waitFor()
    expect(await ida.textContent()).toContain('Peanøtter (alvorlig), penicillin')
    expect(await ida.getByRole('table').textContent()).toContain('Medisin')
    expect(await accessibilityViolations(page)).toEqual([])

    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('navigation').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false)
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThanOrEqual(7) // a day a sheet
  })

  it('shows Solsikken’s month night by night with a full night and a closed day, sets its capacity, and fits a phone', async () => {
    const { page } = await browserForThisTest()
    await signInToConsole(page, app.url, 'lunner-planlegger')
    await page.getByRole('navigation').getByRole('link', { name: 'Belegg' }).click()
    await page.getByLabel('Avlastningssted').selectOption({ label: lunnerPlaces.privateHome.name })
    const grid = page.getByRole('table', { name: new RegExp(lunnerPlaces.privateHome.name) })
    await grid
      .getByRole('cell', { name: /^1 av 1 barn\s+Fullt$/ })
      .first()
      .waitFor()
    await grid.getByText('Stengt: Kurs for avlasterfamilien').waitFor()
    expect(await grid.getByRole('link', { name: 'Ida' }).count()).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])

    await page.getByLabel('Antall').fill('2')
    await page.getByRole('button', { name: 'Lagre kapasiteten' }).click()
    await page.getByRole('status').filter({ hasText: 'Kapasiteten er lagret.' }).waitFor()
    await grid
      .getByRole('cell', { name: /^1 av 2 barn$/ })
      .first()
      .waitFor()
    expect(await grid.getByText('Fullt').count()).toBe(0)

    await page.setViewportSize(PHONE_VIEWPORT)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width)
    expect(await accessibilityViolations(page)).toEqual([])
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
      // Not networkidle: the change channel holds a request open on every screen (the menu's waiting count).
      await expect.poll(() => page.getByText('Henter …').count()).toBe(0)
      expect(await accessibilityViolations(page), (await link.textContent()) ?? '').toEqual([])
    }
  })
})
