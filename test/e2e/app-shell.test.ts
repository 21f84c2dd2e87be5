// The app shell in real Chromium: it works offline, is accessible and installable, and speaks the family's language.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { aPlace, aRecipient, aStay } from '../support/builders'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { aFinishedSync, aSignedInSession, putOnDevice, type DeviceRecords } from './support/deviceData'
import { browserForThisTest } from './support/launchChromium'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const app = serveAppForThisFile()

interface WebManifest {
  name?: string
  short_name?: string
  icons?: { src: string; sizes?: string; purpose?: string }[]
}

const DAY = 24 * 3600_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** A phone that has never seen the app opens it: it lands on sign-in, with its database created. */
async function openAppOnNewPhone(path = '/') {
  const browsing = await browserForThisTest()
  await browsing.page.goto(app.url + path)
  await browsing.page.getByRole('heading', { level: 2, name: 'Logg inn' }).waitFor()
  return browsing
}

/** Leaves the phone as a finished sign-in and sync would, then reloads into the signed-in app. */
async function signedInWith(page: Page, records: DeviceRecords = {}): Promise<void> {
  await putOnDevice(page, { meta: [aSignedInSession()], syncState: [aFinishedSync()], ...records })
}

/** Whether a request no service-worker cache can answer still reaches the server. */
async function networkReachable(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    fetch(`/robots.txt?probe=${Date.now()}`, { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  )
}

/** Records, from the very start of each page load, every header title shown and whether the bottom bar showed. */
async function recordFirstScreens(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { titles: [] as string[], bottomNav: false }
    Object.assign(window, { seenOnScreen: seen })
    new MutationObserver(() => {
      const title = document.querySelector('.app-header__title')?.textContent
      if (title && seen.titles.at(-1) !== title) seen.titles.push(title)
      if (document.querySelector('.bottom-nav')) seen.bottomNav = true
    }).observe(document, { childList: true, subtree: true, characterData: true })
  })
}

const seenOnScreen = (page: Page) =>
  page.evaluate(() => (window as unknown as { seenOnScreen: { titles: string[]; bottomNav: boolean } }).seenOnScreen)

describe('the app shell', () => {
  it('is taken over by its service worker after the first visit', async () => {
    const { page } = await openAppOnNewPhone()
    expect(await waitForServiceWorkerControl(page)).toBe(`${app.url}/sw.js`)
  })

  it('still shows the stays on the phone after a reload with no network', async () => {
    const { page, context } = await openAppOnNewPhone()
    await waitForServiceWorkerControl(page)
    const emma = aRecipient({ name: 'Emma' })
    const place = aPlace({ name: 'Solsikken avlastningsbolig' })
    const stay = aStay({ recipientId: emma.id, placeId: place.id, start: inDays(2), end: inDays(4) })
    await signedInWith(page, { recipients: [emma], places: [place], stays: [stay] })

    await context.setOffline(true)
    expect(await networkReachable(page)).toBe(false)
    await page.reload()

    const card = page.getByRole('article').filter({ hasText: 'Solsikken avlastningsbolig' })
    await card.waitFor()
    expect(await card.textContent()).toContain('Emma')
  })

  it('opens the packing page from a link with no network', async () => {
    const { page, context } = await openAppOnNewPhone()
    await waitForServiceWorkerControl(page)
    await signedInWith(page)

    await context.setOffline(true)
    expect(await networkReachable(page)).toBe(false)
    await page.goto(`${app.url}/packing`)

    await page.getByRole('heading', { level: 1, name: 'Pakking' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/packing')
  })

  it('can be installed on the home screen, with its name, colours and icons', async () => {
    const { page, context } = await openAppOnNewPhone()
    await waitForServiceWorkerControl(page)
    const chromium = await context.newCDPSession(page)

    const { data, errors } = await chromium.send('Page.getAppManifest')
    expect(errors).toEqual([])
    const manifest = JSON.parse(data ?? '{}') as WebManifest
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Pusterom'),
      short_name: 'Pusterom',
      lang: 'nb',
      theme_color: '#1f5c4d',
      display: 'standalone',
    })
    const icons = manifest.icons ?? []
    expect(icons.some((icon) => icon.sizes === '192x192')).toBe(true)
    expect(icons.some((icon) => icon.sizes === '512x512' && (icon.purpose ?? 'any').includes('any'))).toBe(true)
    expect(icons.some((icon) => icon.sizes === '512x512' && icon.purpose === 'maskable')).toBe(true)

    const { installabilityErrors } = await chromium.send('Page.getInstallabilityErrors')
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([])
  })

  it('greets a new phone in Norwegian with a sign-in screen that has no accessibility violation', async () => {
    const { page } = await openAppOnNewPhone()
    expect(await page.getAttribute('html', 'lang')).toBe('nb')
    expect(await page.getByText('Logg inn for å hente avlastningsoppholdene deres fra kommunen.').isVisible()).toBe(
      true,
    )
    // The demo form shows once the server has said it offers one (GET /auth/methods).
    await page.getByLabel('Brukernavn').waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('opens on a new phone with the sign-in page alone, showing none of the calendar’s bars first', async () => {
    const { page } = await browserForThisTest()
    await recordFirstScreens(page)
    await page.goto(app.url + '/')
    await page.getByRole('heading', { level: 2, name: 'Logg inn' }).waitFor()
    expect(await seenOnScreen(page)).toEqual({ titles: ['Pusterom'], bottomNav: false })
  })

  it('opens the calendar under its own title from the first paint', async () => {
    const { page } = await openAppOnNewPhone()
    await signedInWith(page)
    await recordFirstScreens(page)
    await page.reload()
    await page.getByRole('heading', { name: 'Ingen opphold ennå' }).waitFor()
    expect(await seenOnScreen(page)).toEqual({ titles: ['Kalender'], bottomNav: true })
  })

  it('shows an empty calendar in Norwegian with no accessibility violation', async () => {
    const { page } = await openAppOnNewPhone()
    await signedInWith(page)
    await page.reload()
    await page.getByRole('heading', { name: 'Ingen opphold ennå' }).waitFor()
    expect(await page.getByText('Her kommer avlastningsoppholdene dere har fått').isVisible()).toBe(true)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('remembers the chosen language across reloads', async () => {
    const { page } = await openAppOnNewPhone()
    await signedInWith(page)
    await page.reload()
    await page.getByRole('link', { name: 'Mer' }).click()
    await page.getByRole('radio', { name: 'Nynorsk' }).check()
    await page.getByRole('link', { name: 'Meir' }).waitFor()

    await page.reload()

    await page.getByRole('link', { name: 'Meir' }).waitFor()
    expect(await page.getByRole('radio', { name: 'Nynorsk' }).isChecked()).toBe(true)
    expect(await page.getAttribute('html', 'lang')).toBe('nn')
  })

  it('switches to English with no network, and starts in English after a reload with no network', async () => {
    const { page, context } = await openAppOnNewPhone()
    await waitForServiceWorkerControl(page)
    await signedInWith(page)

    await context.setOffline(true)
    await page.goto(`${app.url}/more`)
    await page.getByRole('radio', { name: 'English' }).check()
    await page.getByRole('link', { name: 'Calendar' }).waitFor()
    await page.reload()

    await page.getByRole('heading', { level: 1, name: 'More' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
  })
})
