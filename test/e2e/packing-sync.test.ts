// Two parents pack the same bag on two phones, one of them without network: after both have synced
// through the real server, both phones show the same list and no offline tick is lost.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { accessibilityViolations } from './support/axe'
import { parentsPhone, untilSent } from './support/parentsPhone'
import { serveAppForThisFile } from './support/appUnderTest'

const app = serveAppForThisFile({ demo: true })
const url = (path: string) => `${app.url}${path}`

/** Every row of the list as "label: ticked or not", in the order shown. */
function listState(page: Page): Promise<string[]> {
  return page
    .locator('label:has(input[type="checkbox"])')
    .evaluateAll((rows) =>
      rows.map(
        (row) =>
          `${row.querySelector('.packing-item__label')?.textContent ?? ''}: ${(row.querySelector('input') as HTMLInputElement).checked ? 'x' : ' '}`,
      ),
    )
}

const row = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: false })

describe('packing the same bag on two phones', () => {
  it('converges on both phones after one of them ticked items offline', async () => {
    const hanne = await parentsPhone(app.url, 'lunner-forelder-1')
    const eirik = await parentsPhone(app.url, 'lunner-forelder-2')

    // Hanne opens the next stay's list from the packing area; Eirik opens the same list.
    await hanne.page.goto(url('/packing'))
    await hanne.page.locator('a[href^="/stays/"]').first().click()
    await hanne.page.waitForURL(/\/stays\/[^/]+\/packing$/)
    const listPath = new URL(hanne.page.url()).pathname
    await hanne.page.getByText(/^0 av \d+ pakket$/).waitFor()
    await eirik.page.goto(url(listPath))
    await eirik.page.getByText(/^0 av \d+ pakket$/).waitFor()

    // Hanne loses the signal at the door and ticks three things.
    await hanne.context.setOffline(true)
    await row(hanne.page, 'Pysjamas').click()
    await row(hanne.page, 'Tannbørste og tannkrem').click()
    await row(hanne.page, 'Sokker (par)').click()
    await hanne.page.getByText(/^3 av \d+ pakket$/).waitFor()

    // Meanwhile Eirik, online, ticks the pyjamas too, and ticks and then unticks the socks.
    await row(eirik.page, 'Pysjamas').click()
    await row(eirik.page, 'Hårbørste').click()
    await row(eirik.page, 'Sokker (par)').click()
    await eirik.page.getByText(/^3 av \d+ pakket$/).waitFor()
    await row(eirik.page, 'Sokker (par)').click()
    await eirik.page.getByText(/^2 av \d+ pakket$/).waitFor()
    await untilSent(eirik.page)

    // Hanne is back online: her phone sends its ticks and fetches Eirik's.
    await hanne.context.setOffline(false)
    await untilSent(hanne.page)
    await hanne.page.getByText(/^3 av \d+ pakket$/).waitFor()

    // Eirik's next sync brings Hanne's ticks.
    await eirik.page.reload()
    await eirik.page.getByText(/^3 av \d+ pakket$/).waitFor()

    const onHannes = await listState(hanne.page)
    expect(await listState(eirik.page)).toEqual(onHannes)
    // The socks were unticked last (by Eirik), so they are unpacked on both; nothing else was lost.
    expect(onHannes.filter((line) => line.endsWith(': x'))).toEqual([
      'Tannbørste og tannkrem: x',
      'Hårbørste: x',
      'Pysjamas: x',
    ])
    expect(await accessibilityViolations(eirik.page)).toEqual([])
  })
})
