// Two parents change Ida's Melatonin on two phones, one of them offline (issue 22, item 1): edits of
// different fields both stand without a question; the same field changed on both asks, naming the field
// and both values; and the parent whose time the other kept their own over is told on their phone.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { accessibilityViolations } from './support/axe'
import { parentsPhone, untilSent } from './support/parentsPhone'
import { serveAppForThisFile } from './support/appUnderTest'

const app = serveAppForThisFile({ demo: true })
const url = (path: string) => `${app.url}${path}`

/** One parent's phone, signed in, on Ida's medication list. */
async function onIdasMedicationList(username: string) {
  const browsing = await parentsPhone(app.url, username)
  const { page } = browsing
  await page.goto(url('/packing'))
  // Opened by its address: the notifications offer after signing in lies over the packing page's links.
  const list = await page.locator('a[href^="/medications/"]').first().getAttribute('href')
  await page.goto(url(list ?? '/medications/none'))
  await melatonin(page).waitFor()
  return browsing
}

const melatonin = (page: Page) => page.locator('.medication-card', { hasText: 'Melatonin' })

/** Opens Melatonin's form, changes one field, and saves. */
async function change(page: Page, field: 'Tidspunkt 1' | 'Merknad', value: string): Promise<void> {
  await page.getByRole('button', { name: 'Endre Melatonin' }).click()
  await page.getByLabel(field, { exact: true }).fill(value)
  await page.getByRole('button', { name: 'Lagre' }).click()
  await melatonin(page).waitFor()
}

describe('Melatonin changed on two phones', () => {
  it('keeps Hanne’s time and Eirik’s offline note, asks about a time both changed, and tells Hanne when Eirik keeps his', async () => {
    const hanne = await onIdasMedicationList('lunner-forelder-1')
    const eirik = await onIdasMedicationList('lunner-forelder-2')

    // Eirik, offline, writes a note; Hanne, online, moves the evening dose to 20.00.
    await eirik.context.setOffline(true)
    await change(eirik.page, 'Merknad', 'Knuses i yoghurt.')
    await change(hanne.page, 'Tidspunkt 1', '20.00')
    await untilSent(hanne.page)
    await eirik.context.setOffline(false)
    await untilSent(eirik.page)
    await eirik.page.reload()
    await hanne.page.reload()
    for (const { page } of [hanne, eirik]) {
      await expect.poll(() => melatonin(page).textContent(), { timeout: 20_000 }).toContain('Knuses i yoghurt.')
      expect(await melatonin(page).textContent()).toContain('20.00')
      expect(await page.getByTestId('edit-conflict').count()).toBe(0)
    }

    // Both change the time: Eirik offline to 21.00, Hanne to 20.30. Eirik is asked, and keeps his.
    await eirik.context.setOffline(true)
    await change(eirik.page, 'Tidspunkt 1', '21.00')
    await change(hanne.page, 'Tidspunkt 1', '20.30')
    await untilSent(hanne.page)
    await eirik.context.setOffline(false)
    const conflict = eirik.page.getByTestId('edit-conflict')
    await conflict.waitFor()
    expect(await conflict.getByRole('heading').textContent()).toBe('Melatonin: endret på to telefoner')
    expect(await conflict.locator('dt').allTextContents()).toEqual(['Tidspunkt'])
    expect((await conflict.locator('dd').allTextContents()).map((text) => text.trim())).toEqual([
      'Din: 21.00',
      'Hanne Berg: 20.30',
    ])
    expect(await accessibilityViolations(eirik.page)).toEqual([])
    await conflict.getByRole('button', { name: 'Behold min' }).click()
    await untilSent(eirik.page)

    // Hanne's phone says whose choice replaced her time, and what it is now.
    await hanne.page.reload()
    const told = hanne.page.getByTestId('replaced-edit')
    await told.waitFor()
    expect(await told.getByRole('heading').textContent()).toBe('Eirik Berg endret Melatonin')
    expect(await told.textContent()).toContain('«Tidspunkt» er nå 21.00, ikke 20.30 som du skrev.')
    await expect.poll(() => melatonin(hanne.page).textContent(), { timeout: 20_000 }).toContain('21.00')
    expect(await accessibilityViolations(hanne.page)).toEqual([])
    await told.getByRole('button', { name: 'Greit' }).click()
    await told.waitFor({ state: 'detached' })
    expect(await eirik.page.getByTestId('replaced-edit').count()).toBe(0)
  })
})
