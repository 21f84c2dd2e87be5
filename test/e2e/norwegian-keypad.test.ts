// What a Norwegian iPhone's number pad types (digits and ",") is read as the family meant it, in real
// Chromium: medicine times 08,00 and 19,30, a stay's new time 17,30 and a date with a two-digit year.
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { firstOnDevice, signInWithPassword } from './support/familySteps'
import { browserForThisTest } from './support/launchChromium'

const app = serveAppForThisFile({ demo: true })

describe('times and dates from a Norwegian number pad', () => {
  it('saves 08,00 and 19,30 on the medication list as the two times typed, and prints them so', async () => {
    const { page } = await browserForThisTest()
    await page.goto(app.url)
    await signInWithPassword(page, 'lunner-forelder-1')
    const child = await firstOnDevice(page, 'recipients', 'id')
    await page.goto(`${app.url}/medications/${child.id}`)
    await page.getByRole('button', { name: 'Legg til medisin' }).click()
    await page.getByLabel('Medisin', { exact: true }).fill('Omega-3')
    await page.getByLabel('Tidspunkt 1', { exact: true }).pressSequentially('08,00')
    await page.getByRole('button', { name: 'Legg til tidspunkt' }).click()
    await page.getByLabel('Tidspunkt 2', { exact: true }).pressSequentially('19,30')
    await page.getByRole('button', { name: 'Lagre' }).click()

    const card = page.getByRole('article').filter({ hasText: 'Omega-3' })
    await card.getByText('08.00, 19.30').waitFor()
    expect(await card.textContent()).not.toContain('00.00')
    await page.getByRole('link', { name: 'Utskrift' }).click()
    await page.getByRole('row').filter({ hasText: 'Omega-3' }).getByText('08.00, 19.30').waitFor()
  })

  it('asks for a stay to start at 17,30 on a date typed with a two-digit year', async () => {
    const { page } = await browserForThisTest()
    await page.goto(app.url)
    await signInWithPassword(page, 'lunner-forelder-1')
    const stay = await page.locator('.agenda a[href^="/stays/"]').first().getAttribute('href')
    await page.goto(`${app.url}${stay}/request/changeTime`)
    const startDate = page.getByLabel('Fra dato')
    await startDate.waitFor()
    // "27.11.2026" as the pad types it: "27,11,26".
    const [day, month, year] = (await startDate.inputValue()).split('.')
    await startDate.fill('')
    await startDate.pressSequentially(`${day},${month},${year?.slice(2)}`)
    await page.getByLabel('Fra klokkeslett').fill('')
    await page.getByLabel('Fra klokkeslett').pressSequentially('17,30')
    await page.getByRole('button', { name: /^(Send|Send likevel)$/ }).click()

    await page.waitForURL(`${app.url}${stay}`)
    await page.getByText(new RegExp(`Dere ba om nye tider: \\S+ ${day}\\.${month}\\. 17\\.30`)).waitFor()
  })
})
