// A family signs in with a demo account, gets its stays from the municipality, and keeps them offline;
// every screen fits a small phone; signing out leaves nothing of the family on the device.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { browserForThisTest } from './support/launchChromium'
import { expectIdasStaysOffline, signInWithPassword, tickWhileOffline } from './support/familySteps'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const app = serveAppForThisFile({ demo: true })

describe('signing in', () => {
  it('shows the seeded stays after sign-in, and still after a reload with no network', async () => {
    const { page, context } = await browserForThisTest()
    await page.goto(app.url)
    await waitForServiceWorkerControl(page)
    await signInWithPassword(page, 'lunner-forelder-1')

    await expectIdasStaysOffline(page, context)
    expect(
      await page.evaluate(() =>
        fetch('/api/v1/municipality').then(
          () => true,
          () => false,
        ),
      ),
    ).toBe(false)
  })
})

describe('the sign-in page in another language', () => {
  it('switches to English before signing in, keeps it after signing in, accessibly', async () => {
    const { page } = await browserForThisTest()
    await page.goto(app.url)
    await page.getByRole('radio', { name: 'English' }).check()
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await accessibilityViolations(page)).toEqual([])

    await page.getByLabel('Username').fill('lunner-forelder-1')
    await page.getByLabel('Password').fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('link', { name: /Messages/ }).waitFor()
    await page.reload()
    await page.getByRole('link', { name: /Messages/ }).waitFor()
  })
})

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(app.url)
  await signInWithPassword(page, username)
}

/** Elements that stick out to the right of the screen, which would force sideways scrolling. */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      // The innermost ones say most: an element none of whose children stick out is the cause.
      .filter(
        (element) =>
          ![...element.children].some((child) => child.getBoundingClientRect().right > window.innerWidth + 0.5),
      )
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} (${Math.round(element.getBoundingClientRect().right)} px)`,
      ),
  )
}

/** The bottom menu's labels that touch or overlap their neighbours, or are cut off. */
function crowdedNavLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('nav.bottom-nav a > span:not([data-testid])')]
    const rects = labels.map((label) => label.getBoundingClientRect())
    return labels.flatMap((label, index) => {
      const next = rects[index + 1]
      const here = rects[index] as DOMRect
      const link = label.parentElement?.getBoundingClientRect()
      const overlaps = next !== undefined && here.right > next.left - 1
      const cut = link !== undefined && (here.left < link.left - 0.5 || here.right > link.right + 0.5)
      return overlaps || cut ? [label.textContent ?? ''] : []
    })
  })
}

/** What is wrong with the screen now: parts wider than the screen, and a crowded bottom menu. */
async function layoutProblems(page: Page, screen: string): Promise<string[]> {
  const wide = await overflowingElements(page)
  const crowded = await crowdedNavLabels(page)
  return [
    ...(wide.length > 0 ? [`${screen}: ${wide.slice(0, 3).join(', ')}`] : []),
    ...(crowded.length > 0 ? [`${screen}: bottom menu labels ${crowded.join(', ')}`] : []),
  ]
}

/** Text at 200 %, as a phone's largest text setting does it: the root font size that every rem follows. */
const largeText = (page: Page) => page.evaluate(() => (document.documentElement.style.fontSize = '200%'))

describe('a small phone', () => {
  async function screensOf(page: Page): Promise<{ screens: string[]; recipientId: string }> {
    const stay = await page.locator('a[href^="/stays/"]').first().getAttribute('href')
    const recipientId = await page.evaluate(async () => {
      const request = indexedDB.open('pusterom')
      const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))
      // A person with medicines, so the medication list has rows to edit and print.
      const all = database.transaction('medications').objectStore('medications').getAll()
      return await new Promise<string>(
        (resolve) => (all.onsuccess = () => resolve((all.result[0] as { recipientId: string }).recipientId)),
      )
    })
    const screens = [
      '/',
      '/calendar/month',
      '/decisions',
      `${stay}`,
      `${stay}/request/cancel`,
      `${stay}/request/changeTime`,
      `${stay}/packing`,
      '/packing',
      `/packing/templates/${recipientId}`,
      `/medications/${recipientId}`,
      '/messages',
      '/more',
    ]
    return { screens, recipientId }
  }

  /** Every screen, then the medication list's add and edit forms, each checked as it stands. */
  async function everyScreen(page: Page, textSize: 'normal' | 'large'): Promise<string[]> {
    const { screens, recipientId } = await screensOf(page)
    const problems: string[] = []
    for (const screen of screens) {
      await page.goto(app.url + screen)
      await page.locator('main h1, main h2, main h3').first().waitFor()
      if (textSize === 'large') await largeText(page)
      problems.push(...(await layoutProblems(page, screen)))
    }
    const medications = `/medications/${recipientId}`
    await page.goto(app.url + medications)
    if (textSize === 'large') await largeText(page)
    await page.getByRole('button', { name: 'Legg til medisin' }).click()
    await page.locator('main form').waitFor()
    problems.push(...(await layoutProblems(page, `${medications} adding`)))
    await page.getByRole('button', { name: 'Avbryt' }).click()
    await page
      .getByRole('button', { name: /^Endre / })
      .first()
      .click()
    await page.locator('main form').waitFor()
    problems.push(...(await layoutProblems(page, `${medications} editing`)))
    return problems
  }

  it('shows every screen and form without sideways scrolling at 320 px wide (WCAG 1.4.10)', async () => {
    const { page } = await browserForThisTest()
    await page.setViewportSize({ width: 320, height: 640 })
    await signIn(page, 'lunner-forelder-3')
    expect(await everyScreen(page, 'normal')).toEqual([])
  })

  it('shows every screen and form at 200 % text on a 390 px phone without sideways scrolling (WCAG 1.4.4)', async () => {
    const { page } = await browserForThisTest()
    await page.setViewportSize({ width: 390, height: 844 })
    await signIn(page, 'lunner-forelder-3')
    expect(await everyScreen(page, 'large')).toEqual([])
  })

  it('prints the medication list without splitting a word across lines', async () => {
    const { page } = await browserForThisTest()
    await signIn(page, 'lunner-forelder-3')
    const { recipientId } = await screensOf(page)
    await page.goto(`${app.url}/medications/${recipientId}/print`)
    await page.locator('main table').waitFor()
    await page.emulateMedia({ media: 'print' })
    const split = await page.evaluate(() => {
      const broken: string[] = []
      for (const cell of document.querySelectorAll('main table th, main table td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? ''
          for (const match of text.matchAll(/\S+/g)) {
            const range = document.createRange()
            range.setStart(node, match.index)
            range.setEnd(node, match.index + match[0].length)
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
            if (lines.size > 1) broken.push(match[0])
          }
        }
      }
      return broken
    })
    expect(split).toEqual([])
  })
})

describe('signing out', () => {
  it("warns about changes not yet sent, then deletes the family's data from the phone", async () => {
    const { page, context } = await browserForThisTest()
    await signIn(page, 'lunner-forelder-1')
    // Offline navigation is the service worker's job: it must control the page first.
    await waitForServiceWorkerControl(page)
    await tickWhileOffline(page, context, app.url)

    await page.goto(app.url + '/more')
    await page.getByRole('button', { name: 'Logg ut' }).click()
    await expect.poll(() => page.getByTestId('sign-out-unsent').textContent()).toContain('én endring som ikke er sendt')
    await page.getByRole('button', { name: 'Logg ut og slett' }).click()

    await page.getByLabel('Brukernavn').waitFor()
    const left = await page.evaluate(async () => {
      const request = indexedDB.open('pusterom')
      const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const counting = database.transaction(store).objectStore(store).count()
          counting.onsuccess = () => resolve(counting.result)
        })
      return {
        stays: await count('stays'),
        outbox: await count('outbox'),
        meta: await count('meta'),
        medications: await count('medications'),
        caches: (await caches.keys()).filter((name) => !name.includes('precache')),
      }
    })
    expect(left).toEqual({ stays: 0, outbox: 0, meta: 0, medications: 0, caches: [] })
  })
})
