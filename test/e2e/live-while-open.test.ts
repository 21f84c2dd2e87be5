// Live while open (issue 21 item 8) in real Chromium against the real server, with no push: a tick on one
// parent's phone shows on the other parent's open phone within seconds, told by the change channel, where
// the phone's own timer would look only after a minute.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { parentsPhone, untilSent } from './support/parentsPhone'

const app = serveAppForThisFile({ demo: true })
/** Well under the minute the app polls at without the channel, with room for a busy machine. */
const WITHIN_SECONDS = 5_000

/** The first packing list of the Berg family's next stays, its address. */
async function firstPackingList(page: Page): Promise<string> {
  await page.goto(`${app.url}/packing`)
  const list = page.locator('a[href^="/stays/"][href$="/packing"]').first()
  await list.waitFor()
  return (await list.getAttribute('href')) ?? '/packing'
}

/** One parent's phone, signed in and open on `list`, every box shown as the server has it. */
async function openOn(username: string, list: string) {
  const browsing = await parentsPhone(app.url, username)
  await browsing.page.goto(`${app.url}${list}`)
  await browsing.page.getByRole('checkbox').first().waitFor()
  return browsing
}

describe('two phones of one household, both open', () => {
  it('shows a tick on one phone on the other within seconds, with no push and no reload', async () => {
    const hanne = await parentsPhone(app.url, 'lunner-forelder-1')
    const list = await firstPackingList(hanne.page)
    await hanne.page.goto(`${app.url}${list}`)
    const eirik = await openOn('lunner-forelder-2', list)

    const box = (page: Page) => page.getByRole('checkbox').first()
    await box(hanne.page).waitFor()
    expect(await box(eirik.page).isChecked()).toBe(false)
    await box(hanne.page).check()
    await untilSent(hanne.page)

    await expect.poll(() => box(eirik.page).isChecked(), { timeout: WITHIN_SECONDS }).toBe(true)
    expect(
      await eirik.page.evaluate(async () => (await navigator.serviceWorker.ready).pushManager.getSubscription()),
    ).toBeNull()
  })
})
