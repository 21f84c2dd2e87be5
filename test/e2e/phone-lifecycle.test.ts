// The phone's own lifecycle in real Chromium: the browser erasing the app's data under it (Safari does after
// days unused), and two tabs of the app open at once. Chromium only: clearing one site's storage and a second
// tab are what this file needs of the browser, and WebKitGTK has no storage eviction like iOS to compare with.
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { signedInPhone, staffSendsNotice } from './support/demoFamily'

const app = serveAppForThisFile({ demo: true })

const upToDate = (page: Page) =>
  page
    .getByTestId('sync-status')
    .getByText(/^Oppdatert/)
    .waitFor({ timeout: 30_000 })

/** Opens the message and comes back: reading it is a change the phone sends to the municipality. */
async function readMessage(page: Page, title: string): Promise<void> {
  await page.goto(`${app.url}/messages`)
  await page.getByRole('link', { name: title }).click()
  await page.getByRole('heading', { name: title }).waitFor()
}

/** A parent's phone, synced, with a new notice from the municipality in its inbox. */
async function syncedPhoneWithANotice(title: string) {
  const phone = await signedInPhone(app, 'lunner-forelder-1')
  await staffSendsNotice(app, phone.householdId, title, 'Se oppslaget i gangen.')
  await phone.page.goto(`${app.url}/messages`)
  await phone.page.getByRole('link', { name: title }).waitFor({ timeout: 30_000 })
  return phone
}

/** What the browser does when it evicts the site's data: IndexedDB gone, its open connections closed. */
async function eraseTheAppsData(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', { origin: app.url, storageTypes: 'indexeddb' })
}

describe('the browser erasing the app’s data while it is open', () => {
  it('fetches everything again from the municipality and says the change not yet sent may be lost', async () => {
    const { page, context } = await syncedPhoneWithANotice('Foreldremøte i januar')
    await context.setOffline(true)
    await readMessage(page, 'Foreldremøte i januar')
    await page.getByTestId('sync-status').getByText('én endring venter').waitFor()

    await eraseTheAppsData(context, page)
    await context.setOffline(false)

    const notice = page.getByTestId('restored-notice')
    await notice.getByRole('heading', { name: 'Dataene på denne enheten var slettet' }).waitFor({ timeout: 30_000 })
    expect(await notice.textContent()).toContain('En endring du hadde gjort, var ikke sendt ennå og kan ha gått tapt.')
    await page.goto(`${app.url}/messages`)
    await page.getByRole('link', { name: 'Foreldremøte i januar' }).waitFor({ timeout: 30_000 })
    await upToDate(page)
    expect(await accessibilityViolations(page)).toEqual([])

    await notice.getByRole('button', { name: 'Jeg forstår' }).click()
    await notice.waitFor({ state: 'detached' })
  })
})

describe('two tabs of the app on one phone', () => {
  it('show a change made in one tab in the other at once, and send it once', async () => {
    const { page, context } = await syncedPhoneWithANotice('Ny kontaktperson')
    const other = await context.newPage()
    await other.goto(`${app.url}/messages`)
    await upToDate(other)
    const unread = other.getByRole('article').filter({ hasText: 'Ny kontaktperson' }).getByText('Ulest')
    await unread.waitFor()
    const sent: string[] = []
    context.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/mutations'))
        sent.push(request.postData() ?? '')
    })

    // Offline, the other tab can learn of the change only from the phone's own database.
    await context.setOffline(true)
    await readMessage(page, 'Ny kontaktperson')
    await unread.waitFor({ state: 'detached' })

    await context.setOffline(false)
    await Promise.all([page, other].map((tab) => tab.getByText('én endring venter').waitFor({ state: 'detached' })))
    await Promise.all([upToDate(page), upToDate(other)])
    expect(sent.filter((body) => body.includes('markMessageRead'))).toHaveLength(1)
  })
})
