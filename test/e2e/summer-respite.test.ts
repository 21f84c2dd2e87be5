// Summer respite through the real server: a parent applies offline, the application goes when the phone is
// online again, staff answer it through the API, and the parent sees the answer; both pages pass axe.
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/server/seed/demoAccounts'
import { accessibilityViolations } from './support/axe'
import { browserForThisTest } from './support/launchChromium'
import { serveAppForThisFile } from './support/appUnderTest'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const app = serveAppForThisFile({ demo: true })
const url = (path: string) => `${app.url}${path}`

async function staffToken(): Promise<string> {
  const response = await fetch(url('/api/v1/session'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lunner-ansatt', password: DEMO_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

async function staffAnswer(message: string, note: string): Promise<void> {
  const headers = { authorization: `Bearer ${await staffToken()}`, 'content-type': 'application/json' }
  const list = (await (await fetch(url('/api/v1/staff/summer-applications'), { headers })).json()) as {
    items: { id: string; message: string }[]
  }
  const application = list.items.find((item) => item.message === message)
  expect(application).toBeDefined()
  const answer = await fetch(url(`/api/v1/staff/summer-applications/${application!.id}/answer`), {
    method: 'POST',
    headers,
    body: JSON.stringify({ status: 'granted', note }),
  })
  expect(answer.status).toBe(200)
}

describe('summer respite', () => {
  it('is applied for offline, sent when online, answered by staff, and the answer reaches the family', async () => {
    const { page, context } = await browserForThisTest()
    await page.goto(url('/sign-in'))
    await page.getByLabel('Brukernavn').fill('lunner-forelder-1')
    await page.getByLabel('Passord').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Logg inn' }).click()
    await page.waitForURL((address) => address.pathname === '/')
    await waitForServiceWorkerControl(page)

    await page.goto(url('/more'))
    await page.getByTestId('more-summer').click()
    await page.waitForURL((address) => address.pathname === '/sommer')
    const form = page.locator('form[data-testid^="summer-form-"]').first()
    await form.waitFor()
    expect(await accessibilityViolations(page)).toEqual([])

    await context.setOffline(true)
    await form.getByTestId('summer-week-28').selectOption('1')
    await form.getByTestId('summer-week-29').selectOption('2')
    const message = 'Uke 28 passer best for oss.'
    await form.getByTestId('summer-message').fill(message)
    await form.getByTestId('summer-send').click()
    await page.getByText('Ikke sendt ennå').waitFor()

    await context.setOffline(false)
    await page.getByText(/Sendt og mottatt av kommunen/).waitFor({ timeout: 20_000 })

    await staffAnswer(message, 'Dere får uke 28 på Solsikken.')
    await page.reload()
    await page.getByText('Kommunens svar: Dere får uke 28 på Solsikken.').waitFor({ timeout: 20_000 })
    await page.getByText('Innvilget').waitFor()

    await page.goto(url('/om-avlastning'))
    await page.getByRole('heading', { name: 'Hva er avlastning?' }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
