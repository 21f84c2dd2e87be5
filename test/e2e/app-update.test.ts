// A new version of the app: the family is told in Norwegian and it takes over only on their word. Announced
// when the app is opened again, it is one of the core flows run on every engine (test/e2e/core).
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { aSignedInSession, anUnsentChange, putOnDevice } from './support/deviceData'
import { browserForThisTest } from './support/launchChromium'
import { browserFindsNewVersion, versionInControl, waitForServiceWorkerControl } from './support/serviceWorker'

const app = serveAppForThisFile()

/** A phone that runs version 1 of the app, signed in, under its service worker. */
async function phoneOnVersionOne() {
  await app.build.deploy(1)
  const browsing = await browserForThisTest()
  await browsing.page.goto(app.url)
  await browsing.page.getByRole('heading', { level: 2, name: 'Logg inn' }).waitFor()
  await waitForServiceWorkerControl(browsing.page)
  await putOnDevice(browsing.page, { meta: [aSignedInSession()] })
  await browsing.page.reload()
  await browsing.page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor()
  expect(await versionInControl(browsing.page)).toBe(1)
  return browsing
}

async function acceptUpdate(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Oppdater nå' }).click()])
}

describe('a new version of the app', () => {
  it('is announced while the app stays open, and takes over when the family says so', async () => {
    const { page } = await phoneOnVersionOne()
    await app.build.deploy(2)

    await browserFindsNewVersion(page)

    await page.getByText('En ny versjon av Pusterom er klar.').waitFor()
    await acceptUpdate(page)
    await waitForServiceWorkerControl(page)
    expect(await versionInControl(page)).toBe(2)
  })

  it('waits while the family decides later', async () => {
    const { page } = await phoneOnVersionOne()
    await app.build.deploy(2)
    await page.reload()
    await page.getByText('En ny versjon av Pusterom er klar.').waitFor()

    await page.getByRole('button', { name: 'Senere' }).click()

    await page.getByText('En ny versjon av Pusterom er klar.').waitFor({ state: 'hidden' })
    expect(await versionInControl(page)).toBe(1)
  })

  it('lets a newer version take over after the family first said later', async () => {
    const { page } = await phoneOnVersionOne()
    await app.build.deploy(2)
    await browserFindsNewVersion(page)
    await page.getByRole('button', { name: 'Senere' }).click()
    await page.getByText('En ny versjon av Pusterom er klar.').waitFor({ state: 'hidden' })

    await app.build.deploy(3)
    await browserFindsNewVersion(page)

    await page.getByText('En ny versjon av Pusterom er klar.').waitFor()
    await acceptUpdate(page)
    await waitForServiceWorkerControl(page)
    expect(await versionInControl(page)).toBe(3)
  })

  it('warns that changes are still unsent before it takes over', async () => {
    const { page } = await phoneOnVersionOne()
    await putOnDevice(page, { outbox: [anUnsentChange(), anUnsentChange()] })
    await app.build.deploy(2)

    await page.reload()

    await page.getByText('En ny versjon av Pusterom er klar.').waitFor()
    const warning = page.getByText('Du har 2 endringer som ikke er sendt ennå.')
    await warning.waitFor()
    expect(await warning.textContent()).toContain('De blir tatt vare på og sendt etter oppdateringen.')
  })
})
