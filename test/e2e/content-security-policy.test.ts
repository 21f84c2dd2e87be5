// The app under its own strict Content-Security-Policy in real Chromium: nothing it runs is refused.
import { describe, expect, it } from 'vitest'
import { serveAppForThisFile } from './support/appUnderTest'
import { browserForThisTest } from './support/launchChromium'

const app = serveAppForThisFile()

describe('the content security policy', () => {
  it('refuses nothing the sign-in page runs, so the browser logs no security issue for a family', async () => {
    const { context, page } = await browserForThisTest()
    await context.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __refused: string[] }).__refused = seen
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
      )
    })
    await page.goto(`${app.url}/sign-in`)
    await page.getByRole('heading', { level: 2, name: 'Logg inn' }).waitFor()
    await page.getByLabel('Brukernavn').fill('someone')
    expect(await page.evaluate(() => (window as unknown as { __refused: string[] }).__refused)).toEqual([])
  })
})
