// The steps of the core flows that several of them take, on a Phone of any engine.
import { DEMO_PASSWORD } from '../../../src/server/seed/demoAccounts'
import type { Phone } from '../engines/phone'

export const syncLine = (text: RegExp) => ({ css: '[data-testid="sync-status"]', text })

/** Signs in with a demo account and waits for the first sync to finish. */
export async function signIn(
  phone: Phone,
  username: string,
  words = { user: 'Brukernavn', password: 'Passord', go: 'Logg inn' },
) {
  await phone.open('/sign-in')
  await phone.fill({ label: words.user }, username)
  await phone.fill({ label: words.password }, DEMO_PASSWORD)
  await phone.click({ css: 'button', text: words.go })
  await phone.waitFor(syncLine(/^(Oppdatert|Updated) \d/))
}

/** How many of the phone's changes have not reached the server yet. */
function unsentChanges(phone: Phone): Promise<number> {
  return phone.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('pusterom')
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'))
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count()
          count.onsuccess = () => {
            resolve(count.result)
            open.result.close()
          }
        }
      }),
    null,
  )
}

export async function untilSent(phone: Phone, timeoutMs?: number): Promise<void> {
  await phone.waitUntil('every change sent', async () => (await unsentChanges(phone)) === 0, timeoutMs)
}
