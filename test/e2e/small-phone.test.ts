// Every screen and form fits a small phone and large text: no sideways scrolling at 320 px wide, also at
// 200 % text (WCAG 1.4.10, 1.4.4), no short word split over two lines by a squeezed column, a bottom menu
// whose labels fit, and fixed bars that leave most of the screen to the page.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { firstOnDevice, signInWithPassword } from './support/familySteps'
import { browserForThisTest } from './support/launchChromium'
import { fixedBarsShare, largeText, layoutProblems, splitWords } from './support/layoutProblems'

const app = serveAppForThisFile({ demo: true })

type TextSize = 'normal' | 'large'

/** Every page of the family app, for a household with medicines, messages and summer respite. */
async function everyScreen(page: Page): Promise<{ screens: string[]; recipientId: string }> {
  const stay = await page.locator('a[href^="/stays/"]').first().getAttribute('href')
  // A person with medicines, so the medication list has rows to edit and print.
  const { recipientId = '' } = await firstOnDevice(page, 'medications', 'recipientId')
  const { id: messageId = '' } = await firstOnDevice(page, 'messages', 'id')
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
    `/medications/${recipientId}/print`,
    `/om-meg/${recipientId}`,
    '/messages',
    `/messages/${messageId}`,
    '/more',
    '/sommer',
    '/om-avlastning',
  ]
  return { screens, recipientId }
}

async function open(page: Page, path: string, textSize: TextSize): Promise<void> {
  await page.goto(app.url + path)
  await page.locator('main h1, main h2, main h3').first().waitFor()
  if (textSize === 'large') await largeText(page)
}

/**
 * Every screen, then the forms that open on them, each checked as it stands. `longestWhole`: the longest word
 * that must stay whole: at normal text any ordinary word; at 200 % what a squeezed column would break ("IK KE",
 * "19 .3 0", a template item's or a summer week's name), on 320 px shorter than on 375 px.
 */
async function problemsOnEveryScreen(page: Page, textSize: TextSize, longestWhole: number): Promise<string[]> {
  const { screens, recipientId } = await everyScreen(page)
  const problems: string[] = []
  for (const screen of screens) {
    await open(page, screen, textSize)
    problems.push(...(await layoutProblems(page, screen, longestWhole)))
  }
  const medications = `/medications/${recipientId}`
  await open(page, medications, textSize)
  await page.getByRole('button', { name: 'Legg til medisin' }).click()
  await page.locator('main form').waitFor()
  problems.push(...(await layoutProblems(page, `${medications} adding`, longestWhole)))
  await page.getByRole('button', { name: 'Avbryt' }).click()
  await page
    .getByRole('button', { name: /^Endre / })
    .first()
    .click()
  await page.locator('main form').waitFor()
  problems.push(...(await layoutProblems(page, `${medications} editing`, longestWhole)))
  const template = `/packing/templates/${recipientId}`
  await open(page, template, textSize)
  await page.locator('main details summary').first().click()
  await page.locator('main details form').first().waitFor()
  problems.push(...(await layoutProblems(page, `${template} adding`, longestWhole)))
  return problems
}

async function signedInOn(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size)
  await page.goto(app.url)
  await signInWithPassword(page, 'lunner-forelder-3')
}

describe('a small phone', () => {
  it('shows the sign-in page at 320 px wide and 200 % text without sideways scrolling', async () => {
    const { page } = await browserForThisTest()
    await page.setViewportSize({ width: 320, height: 640 })
    await open(page, '/sign-in', 'large')
    expect(await layoutProblems(page, '/sign-in', 6)).toEqual([])
  })

  it('shows every screen and form without sideways scrolling at 320 px wide (WCAG 1.4.10)', async () => {
    const { page } = await browserForThisTest()
    await signedInOn(page, { width: 320, height: 640 })
    expect(await problemsOnEveryScreen(page, 'normal', 12)).toEqual([])
  })

  it('shows every screen and form at 200 % text on a 320 px phone without sideways scrolling (WCAG 1.4.4)', async () => {
    const { page } = await browserForThisTest()
    await signedInOn(page, { width: 320, height: 640 })
    expect(await problemsOnEveryScreen(page, 'large', 6)).toEqual([])
  })

  it('shows every screen and form at 200 % text on a 375 px phone with no word squeezed apart', async () => {
    const { page } = await browserForThisTest()
    await signedInOn(page, { width: 375, height: 667 })
    expect(await problemsOnEveryScreen(page, 'large', 9)).toEqual([])
  })

  it('leaves at least four fifths of a 375 px screen at 200 % text to the page, not to fixed bars', async () => {
    const { page } = await browserForThisTest()
    await signedInOn(page, { width: 375, height: 667 })
    const { screens } = await everyScreen(page)
    const crowded: string[] = []
    for (const screen of screens) {
      await open(page, screen, 'large')
      const share = await fixedBarsShare(page)
      if (share > 0.2) crowded.push(`${screen}: ${Math.round(share * 100)} %`)
    }
    expect(crowded).toEqual([])
  })

  it('prints the medication list without splitting a word across lines, also from a phone', async () => {
    const { page } = await browserForThisTest()
    await signedInOn(page, { width: 375, height: 667 })
    const { recipientId } = await everyScreen(page)
    await page.goto(`${app.url}/medications/${recipientId}/print`)
    await page.locator('main table').waitFor()
    await page.emulateMedia({ media: 'print' })
    expect(await splitWords(page, 'main table', Infinity)).toEqual([])
  })
})
