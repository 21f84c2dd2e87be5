// The CSV import in real Chromium against the real server: a planner picks the README's example files, sees the
// trial run's report as a table with line numbers (which passes axe), and imports; the household is then there.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { signInToConsole } from './support/consoleSignIn'
import { browserForThisTest } from './support/launchChromium'

const app = serveAppForThisFile({ demo: true })
// The files without a time in them: the examples' stays are in December 2026, past by the time this runs.
const FILES = ['places', 'households', 'caregivers', 'children'] as const
const example = (file: string) =>
  readFileSync(new URL(`../../src/server/imports/examples/${file}.csv`, import.meta.url))

describe('the import screen', () => {
  it('tries the files, shows the report row by row, and imports them', async () => {
    const { page } = await browserForThisTest()
    await signInToConsole(page, app.url, 'lunner-planlegger')
    await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click()
    await page.getByRole('heading', { name: 'Import fra fagsystemet', level: 1 }).waitFor()
    const labels = {
      places: 'Avlastningssteder',
      households: 'Husstander',
      caregivers: 'Omsorgsytere',
      children: 'Barn',
    }
    for (const file of FILES)
      await page
        .getByLabel(labels[file], { exact: true })
        .setInputFiles({ name: `${file}.csv`, mimeType: 'text/csv', buffer: example(file) })
    await page.getByRole('button', { name: 'Prøv (endrer ingenting)' }).click()
    await page.getByTestId('import-summary').getByText('9 nye, 0 endret, 0 uendret, 0 avvist').waitFor()
    const rows = page.getByTestId('import-row')
    expect(await rows.count()).toBe(9)
    expect(await rows.first().textContent()).toContain('STED-1')
    expect(await accessibilityViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Importer', exact: true }).click()
    await page.getByText('Importert. Familiene får beskjed om nye og endrede opphold.').waitFor()
    await page.getByRole('navigation').getByRole('link', { name: 'Husstander' }).click()
    await page.getByText('Kari Nordmann').first().waitFor()
  })
})
