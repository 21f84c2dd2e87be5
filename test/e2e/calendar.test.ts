// A family changes and cancels stays from the phone against the real server, with the municipality's
// staff answering through the API, on a clock the test moves for both the server and the browser.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ChangeRequest, Stay } from '../../src/protocol'
import { lunnerPlaces } from '../../src/server/seed/demoTenants'
import { stableId } from '../../src/server/seed/stableId'
import { accessibilityViolations } from './support/axe'
import { onDevice } from './support/deviceData'
import { browserForThisTest } from './support/launchChromium'
import { signInAndSync } from './support/parentsPhone'
import { serveAppForThisFile } from './support/appUnderTest'
import { PLANNED_ANYWAY, staffApi } from './support/staffApi'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const ida = stableId('demo/lunner/berg/ida', 'recipient')
const unit = lunnerPlaces.unit

/** The server's clock runs at real speed from wherever the test sets it. */
let offsetMs = Date.parse('2026-11-25T09:00:00.000Z') - Date.now()
const serverClock = { now: () => Date.now() + offsetMs }
function setServerTime(iso: string): void {
  offsetMs = Date.parse(iso) - Date.now()
}

const app = serveAppForThisFile({ demo: true, clock: serverClock })
const url = (path: string) => `${app.url}${path}`

const { api, staffToken } = staffApi(app)

/** The municipality plans a weekend for Ida at the respite unit. */
async function staffPlansStay(start: string, end: string): Promise<Stay> {
  const body = {
    recipientId: ida,
    placeId: unit.id,
    kind: 'municipalUnit',
    start,
    end,
    transportTo: 'Taxi fra skolen',
    notes: '',
    override: PLANNED_ANYWAY,
  }
  return api<Stay>('/staff/stays', { method: 'POST', token: await staffToken(), body })
}

/** Hanne's phone, its clock set to `now`, signed in and synced once. */
async function hannesPhone(now: string) {
  const browsing = await browserForThisTest()
  await browsing.page.clock.install({ time: new Date(now) })
  await signInAndSync(browsing.page, url(''), 'lunner-forelder-1')
  return browsing
}

async function untilSent(page: Page): Promise<void> {
  await expect.poll(async () => (await onDevice(page, 'outbox')).length, { timeout: 20_000 }).toBe(0)
}

async function requestOf(page: Page, stayId: string): Promise<ChangeRequest | undefined> {
  return (await onDevice<ChangeRequest>(page, 'changeRequests')).find((request) => request.stayId === stayId)
}

describe('changing stays from the phone', () => {
  it('cancels a stay before the deadline, and shows it cancelled once the municipality accepts', async () => {
    // Wednesday 25 November 10.00; the weekend starts Friday 16.00, so the deadline is Thursday 15.00.
    setServerTime('2026-11-25T09:00:00.000Z')
    const stay = await staffPlansStay('2026-11-27T15:00:00.000Z', '2026-11-29T15:00:00.000Z')
    const { page } = await hannesPhone('2026-11-25T09:00:00.000Z')

    await page.goto(url(`/stays/${stay.id}`))
    await page.getByText(/^Endringsfrist: i morgen kl\. 15\.00, om 2[89] timer$/).waitFor()
    await page.getByRole('link', { name: 'Oppholdet trengs ikke' }).click()
    await page.getByLabel('Melding til kommunen (valgfritt)').fill('Ida er på leirskole.')
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await page.waitForURL((address) => address.pathname === `/stays/${stay.id}`)
    await untilSent(page)
    await expect.poll(async () => (await requestOf(page, stay.id))?.onTime).toBe(true)

    const request = await requestOf(page, stay.id)
    await api(`/staff/change-requests/${request?.id}/decision`, {
      method: 'POST',
      token: await staffToken(),
      body: { status: 'accepted', note: 'God tur på leirskolen!' },
    })

    // Hanne opens the app again: it syncs and shows the municipality's answer.
    await page.reload()
    await page.getByText('Godtatt av kommunen').waitFor()
    expect(await page.locator('.stay-page__head').textContent()).toContain('Avlyst av dere')
    expect(await page.textContent('body')).toContain('Kommunens merknad: God tur på leirskolen!')
    await page.goto(url('/'))
    const card = page.locator('.stay-card').filter({ has: page.locator(`a[href="/stays/${stay.id}"]`) })
    await card.getByText('Avlyst av dere').waitFor()
  })

  it('warns that a late request is late and gives the place’s phone number before sending', async () => {
    // Wednesday 11.00; this stay starts tonight at 20.00, so its deadline was yesterday at 15.00.
    setServerTime('2026-11-25T10:00:00.000Z')
    const stay = await staffPlansStay('2026-11-25T19:00:00.000Z', '2026-11-26T15:00:00.000Z')
    const { page } = await hannesPhone('2026-11-25T10:00:00.000Z')

    await page.goto(url(`/stays/${stay.id}/request/cancel`))
    const warning = page.getByRole('alert').filter({ hasText: 'Fristen er ute' })
    await warning.waitFor()
    expect(await warning.textContent()).toContain('ring også stedet')
    expect(await warning.getByRole('link', { name: `Ring ${unit.name} på ${unit.phone}` }).getAttribute('href')).toBe(
      'tel:+4740001202',
    )

    await page.getByRole('button', { name: 'Send likevel' }).click()
    await page.waitForURL((address) => address.pathname === `/stays/${stay.id}`)
    await untilSent(page)
    await expect.poll(async () => (await requestOf(page, stay.id))?.onTime).toBe(false)
    await page.getByText(/Etter fristen\./).waitFor() // the server's verdict, not the sentence about what happens next
  })

  it('sends a request made offline when the phone is back online, judged by when the server got it', async () => {
    // Wednesday 14.50; the stay is Thursday 18.00, so the deadline is in ten minutes (15.00 today).
    setServerTime('2026-11-25T13:50:00.000Z')
    const stay = await staffPlansStay('2026-11-26T17:00:00.000Z', '2026-11-27T15:00:00.000Z')
    const { page, context } = await hannesPhone('2026-11-25T13:50:00.000Z')
    await page.goto(url(`/stays/${stay.id}`))
    await page.getByText(/^Endringsfrist: i dag kl\. 15\.00, om \d+ minutter$/).waitFor()
    // The request form is its own chunk: offline, only a controlling service worker can serve it.
    await waitForServiceWorkerControl(page)

    await context.setOffline(true)
    await page.getByRole('link', { name: 'Oppholdet trengs ikke' }).click()
    await page.getByText('Telefonen er uten nett.').waitFor()
    await page.getByRole('button', { name: 'Lagre og send når jeg er på nett' }).click()
    await page.waitForURL((address) => address.pathname === `/stays/${stay.id}`)

    // Unsent, ten minutes before the deadline: the app says so and offers a call and an SMS.
    const unsent = page.locator('.unsent')
    await unsent.getByText('Forespørselen er ikke sendt ennå, og fristen er snart ute.').waitFor()
    const sms = await unsent.getByRole('link', { name: 'Send SMS' }).getAttribute('href')
    expect(sms?.startsWith('sms:+4740001202?body=')).toBe(true)
    expect(decodeURIComponent(sms?.split('body=')[1] ?? '')).toContain('Ida trenger ikke oppholdet')
    expect(await unsent.getByRole('link', { name: /^Ring / }).getAttribute('href')).toBe('tel:+4740001202')
    expect((await onDevice(page, 'outbox')).length).toBe(1)

    // Twenty minutes later, past the deadline, the phone finds a network.
    setServerTime('2026-11-25T14:10:00.000Z')
    await page.clock.fastForward('20:00')
    await context.setOffline(false)
    await untilSent(page)
    await expect.poll(async () => (await requestOf(page, stay.id))?.onTime, { timeout: 20_000 }).toBe(false)
    const judged = await requestOf(page, stay.id)
    expect(Date.parse(judged?.createdAt ?? '')).toBeLessThan(Date.parse('2026-11-25T14:00:00.000Z'))
    expect(Date.parse(judged?.receivedAt ?? '')).toBeGreaterThan(Date.parse('2026-11-25T14:00:00.000Z'))
    expect(judged?.deadline).toBe('2026-11-25T14:00:00.000Z')
    await page.getByText(/Etter fristen\./).waitFor() // the server's verdict, not the sentence about what happens next
  })
})

describe('the calendar with no network', () => {
  it('opens the month, a stay and its request form offline after one sync, and keeps the request', async () => {
    setServerTime('2026-11-25T15:00:00.000Z')
    const stay = await staffPlansStay('2026-12-11T15:00:00.000Z', '2026-12-13T15:00:00.000Z')
    const { page, context } = await hannesPhone('2026-11-25T15:00:00.000Z')
    await waitForServiceWorkerControl(page)

    await context.setOffline(true)
    await page.goto(url('/calendar/month/2026-12'))
    await page.getByRole('heading', { name: 'desember 2026', exact: true }).waitFor()
    await page.locator(`a[href="/stays/${stay.id}"]`).click()
    await page.getByText(unit.address).waitFor()
    await page.getByRole('link', { name: 'Be om andre tider' }).click()
    await page.getByLabel('Fra klokkeslett').fill('18.00')
    await page.getByRole('button', { name: 'Lagre og send når jeg er på nett' }).click()
    await page.waitForURL((address) => address.pathname === `/stays/${stay.id}`)
    await page.locator('.stay-page__head').getByText('Ikke sendt ennå').waitFor()

    // The app is closed and opened again, still without network: the request is still there.
    await page.reload()
    await page.getByText('Dere ba om nye tider: fre. 11.12. 18.00 – søn. 13.12. 16.00').waitFor()
    expect((await onDevice(page, 'outbox')).length).toBe(1)
  })
})

describe('the calendar for everyone', () => {
  it('has no accessibility violation on the list, the month, a stay and its request form', async () => {
    setServerTime('2026-11-25T15:00:00.000Z')
    const stay = await staffPlansStay('2026-12-04T15:00:00.000Z', '2026-12-06T15:00:00.000Z')
    const { page } = await hannesPhone('2026-11-25T15:00:00.000Z')
    const screens = [
      { path: '/', ready: () => page.locator('.home-card').first().waitFor() },
      { path: '/calendar/month/2026-12', ready: () => page.locator('button.month-grid__day').first().waitFor() },
      { path: `/stays/${stay.id}`, ready: () => page.getByText('Endringsfrist:').waitFor() },
      { path: `/stays/${stay.id}/request/changeTime`, ready: () => page.getByText('Nye tider').waitFor() },
      { path: '/decisions', ready: () => page.getByText('Innvilget:').first().waitFor() },
    ]
    for (const screen of screens) {
      await page.goto(url(screen.path))
      await screen.ready()
      expect({ screen: screen.path, violations: await accessibilityViolations(page) }).toEqual({
        screen: screen.path,
        violations: [],
      })
    }
  })

  it('opens on a card per child with the next stay, in the room kept for it, without sideways scrolling at 320 px', async () => {
    setServerTime('2026-11-25T15:00:00.000Z')
    const { page } = await hannesPhone('2026-11-25T15:00:00.000Z')
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(url('/'))
    const card = page.locator('.home-card').first()
    await card.getByText(/^(om \d+ dager|i (dag|morgen) kl\. \d\d\.\d\d|pågår nå)$/).waitFor()
    const room = await page.locator('.home').evaluate((home) => ({
      height: home.getBoundingClientRect().height,
      kept: parseFloat(getComputedStyle(home).minHeight),
    }))
    expect(room.height).toBeLessThanOrEqual(room.kept + 1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    expect(await accessibilityViolations(page)).toEqual([])
    // The name opens the stay; the packing count and the medication ask open their own pages.
    await card.locator('h3').getByRole('link').click()
    await page.waitForURL((address) => address.pathname.startsWith('/stays/'))
  })
})
