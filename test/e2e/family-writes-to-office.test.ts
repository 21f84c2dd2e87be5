// A parent writes to the office outside a change request, offline; the message goes when the phone is online,
// the office answers it in the console, and the answer reaches the open app as a thread in Messages.
// Every page on the way passes axe.
import { describe, expect, it } from 'vitest'
import { accessibilityViolations } from './support/axe'
import { signInToConsole } from './support/consoleSignIn'
import { browserForThisTest } from './support/launchChromium'
import { serveAppForThisFile } from './support/appUnderTest'
import { signedInPhone } from './support/demoFamily'
import { untilUpToDate } from './support/familySteps'

const app = serveAppForThisFile({ demo: true })
const url = (path: string) => `${app.url}${path}`

describe('a family writing to the office', () => {
  it('writes offline, the office answers in the console, and the answer reaches the family’s Messages', async () => {
    const { page, context } = await signedInPhone(app, 'lunner-forelder-1')
    await untilUpToDate(page) // the children are on the phone before it goes offline

    await page.goto(url('/messages'))
    await page.getByRole('heading', { name: 'Dine meldinger til kommunen' }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'Skriv til kommunen' }).click()
    await page.getByRole('heading', { name: 'Skriv til kommunen', level: 2 }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])

    await context.setOffline(true)
    const words = 'Ida har fått ny rullestol. Kan dere ta imot den på Solsikken?'
    await page.getByLabel('Gjelder').selectOption({ label: 'Ida' })
    await page.getByLabel('Melding').fill(words)
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await page.getByRole('heading', { name: 'Samtale med kommunen', level: 2 }).waitFor()
    await page.getByText('Ikke sendt ennå').first().waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    await context.setOffline(false)
    await page.getByText('Venter på svar').waitFor({ timeout: 20_000 })

    const office = (await browserForThisTest()).page
    await signInToConsole(office, app.url)
    await office
      .getByRole('navigation')
      .getByRole('link', { name: /^Fra familier/ })
      .click()
    await office.getByRole('heading', { name: 'Meldinger fra familier', level: 1 }).waitFor()
    const thread = office.getByTestId('family-thread').filter({ hasText: words })
    await thread.waitFor()
    await thread.getByText('Gjelder Ida').waitFor()
    expect(await accessibilityViolations(office)).toEqual([])
    await thread.getByLabel('Svar').fill('Ja, ta den med. Vi gir beskjed til personalet.')
    await thread.getByRole('button', { name: 'Send svaret' }).click()
    await thread.getByText('Svaret er sendt til familien.').waitFor()

    await page.getByText('Ja, ta den med. Vi gir beskjed til personalet.').waitFor({ timeout: 20_000 })
    await page.getByText('Kommunen har svart').waitFor()
    await page.goto(url('/messages'))
    await page.getByRole('link', { name: /Svar fra / }).waitFor()
  })
})
