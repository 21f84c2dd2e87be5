// A parent of the demo data on a phone in Chromium, signed in through the sign-in page, and the
// municipality's staff sending that household a notice through the staff API.
import { expect } from 'vitest'
import { Message, SessionResponse } from '../../../src/protocol'
import { DEMO_PASSWORD } from '../../../src/server/seed/demoAccounts'
import type { AppUnderTest } from './appUnderTest'
import { browserForThisTest } from './launchChromium'
import { waitForServiceWorkerControl } from './serviceWorker'

/** A parent's phone, signed in through the sign-in page under the service worker; with the household's id. */
export async function signedInPhone(app: AppUnderTest, username = 'lunner-forelder-3') {
  const browsing = await browserForThisTest()
  const { page } = browsing
  await page.goto(`${app.url}/sign-in`)
  await waitForServiceWorkerControl(page)
  await page.getByLabel('Brukernavn').fill(username)
  await page.getByLabel('Passord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page.waitForURL((address) => address.pathname === '/')
  const householdId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('pusterom')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const read = open.result.transaction('meta').objectStore('meta').get('session')
          read.onsuccess = () => {
            resolve((read.result as { value: { user: { householdId: string } } }).value.user.householdId)
            open.result.close()
          }
        }
      }),
  )
  return { ...browsing, householdId }
}

/** The municipality sends the household a notice through the staff API; returns the message. */
export async function staffSendsNotice(
  app: AppUnderTest,
  householdId: string,
  title: string,
  body: string,
): Promise<Message> {
  const signIn = await fetch(`${app.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lunner-ansatt', password: DEMO_PASSWORD }),
  })
  const { token } = SessionResponse.parse(await signIn.json())
  const response = await fetch(`${app.url}/api/v1/staff/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ householdId, title, body }),
  })
  expect(response.status).toBe(201)
  return Message.parse(await response.json())
}
