// The family's core flows, written once and run on Chromium, Firefox and WebKit (the lanes in vite.config.ts),
// against one server for the file; each phone reaches it through a link of its own that a test can cut.
import { describe, expect, it } from 'vitest'
import { stableId } from '../../../src/server/seed/stableId'
import { phonesForThisFile } from '../engines/phones'
import type { Phone } from '../engines/phone'
import { serveAppForThisFile } from '../support/appUnderTest'
import { aSignedInSession, putOnDevice } from '../support/deviceData'
import { pdfPageCount } from '../support/pdfPages'
import { versionInControl, waitForServiceWorkerControl } from '../support/serviceWorker'
import { signIn, syncLine, untilSent } from './familyPhone'

const app = serveAppForThisFile({ demo: true })
const phones = phonesForThisFile(app)

/** The text of the agenda's first stay cards, as drawn. */
const firstStays = (phone: Phone) =>
  phone.evaluate(
    () => [...document.querySelectorAll('.agenda article')].slice(0, 3).map((card) => card.textContent ?? ''),
    null,
  )

const packed = (phone: Phone) =>
  phone.evaluate(
    () =>
      [...document.querySelectorAll<HTMLLabelElement>('label.packing-item__row')]
        .filter((row) => row.control instanceof HTMLInputElement && row.control.checked)
        .map((row) => row.querySelector('.packing-item__label')?.textContent ?? ''),
    null,
  )

describe(`the family's phone on ${phones.engine}`, () => {
  it('signs in, gets its stays in the first sync, and opens with them when the server is gone', async () => {
    const phone = await phones.aPhone()
    await signIn(phone, 'lunner-forelder-1')
    await phone.waitFor({ css: '.agenda article', text: /Solsikken avlastningshjem/ })
    const online = await firstStays(phone)
    await waitForServiceWorkerControl(phone)

    phone.loseServer()
    await phone.reload()

    await phone.waitFor({ css: '.agenda article', text: /Solsikken avlastningshjem/ })
    expect(await firstStays(phone)).toEqual(online)
  })

  it('switches to English on the sign-in page and keeps it after signing in and opening again', async () => {
    const phone = await phones.aPhone()
    await phone.open('/sign-in')
    await phone.click({ label: 'English' })
    await phone.waitFor({ css: 'h2', text: 'Sign in' })
    await signIn(phone, 'gjovik-forelder-1', { user: 'Username', password: 'Password', go: 'Sign in' })

    await phone.reload()

    await phone.waitFor({ css: 'nav a', text: /Messages/ })
    expect(await phone.evaluate(() => document.documentElement.lang, null)).toBe('en')
  })

  it('sends a change request made while the server was out of reach within seconds of its return', async () => {
    const phone = await phones.aPhone()
    await signIn(phone, 'gjovik-forelder-1')
    await phone.click({ css: '.agenda a[href^="/stays/"]' })
    await phone.waitFor({ css: 'a', text: 'Oppholdet trengs ikke' })
    await waitForServiceWorkerControl(phone) // the request form is a chunk of its own

    phone.loseServer()
    await phone.click({ css: 'a', text: 'Oppholdet trengs ikke' })
    await phone.fill({ label: 'Melding til kommunen (valgfritt)' }, 'Magnus er syk.')
    await phone.click({ css: 'button', text: 'Send' })
    await phone.waitFor({ css: '*', text: 'Ikke sendt ennå' })
    // The family taps "try again" while nothing gets through; each failure used to double the next wait.
    for (let tap = 0; tap < 7; tap += 1) await triesAgainAndFails(phone)

    phone.regainServer()

    await phone.waitFor({ css: '*', text: /^Kom fram til kommunen/ }, 12_000)
    await untilSent(phone)
  })

  it('shows both parents the same bag when one of them packed with the server out of reach', async () => {
    const hanne = await phones.aPhone()
    const eirik = await phones.aPhone()
    await signIn(hanne, 'lunner-forelder-1')
    await signIn(eirik, 'lunner-forelder-2')
    await hanne.open('/packing')
    await hanne.waitFor({ css: 'a[href^="/stays/"][href$="/packing"]' })
    const nextBag = await hanne.evaluate(
      () => document.querySelector('a[href^="/stays/"][href$="/packing"]')?.getAttribute('href'),
      null,
    )
    for (const phone of [hanne, eirik]) {
      await phone.open(nextBag ?? '/packing')
      await phone.waitFor({ label: /^Pysjamas/ })
      await phone.waitFor({ css: '*', text: /^0 av \d+ pakket$/ })
    }

    hanne.loseServer()
    await hanne.click({ label: /^Pysjamas/ })
    await hanne.click({ label: /^Tannbørste/ })
    await hanne.waitFor({ css: '*', text: /^2 av \d+ pakket$/ })
    await eirik.click({ label: /^Pysjamas/ })
    await eirik.click({ label: /^Hårbørste/ })
    await eirik.waitFor({ css: '*', text: /^2 av \d+ pakket$/ })
    await untilSent(eirik)
    hanne.regainServer()
    await untilSent(hanne)
    await hanne.waitFor({ css: '*', text: /^3 av \d+ pakket$/ })
    await eirik.reload()
    await eirik.waitFor({ css: '*', text: /^3 av \d+ pakket$/ })

    expect(await packed(hanne)).toEqual(await packed(eirik))
    expect((await packed(hanne)).toSorted()).toEqual(['Hårbørste', 'Pysjamas', 'Tannbørste og tannkrem'])
  })

  it('edits a medicine, sends the edit, and prints the list on one page', async () => {
    const noah = stableId('demo/lunner/haddad/noah', 'recipient')
    const phone = await phones.aPhone()
    await signIn(phone, 'lunner-forelder-3')
    await phone.open(`/medications/${noah}`)
    await phone.click({ label: 'Endre Levetiracetam mikstur' })
    await phone.fill({ label: 'Dose' }, '6 ml')
    await phone.click({ css: 'button', text: 'Lagre' })
    await phone.waitFor({ css: 'main', text: /6 ml/ })
    await untilSent(phone)

    await phone.resize(1024, 1366) // printed from a tablet: a window taller than the sheet
    await phone.open(`/medications/${noah}/print`)
    await phone.waitFor({ css: 'h1, h2', text: 'Medisinliste for Noah' })
    await phone.waitFor({ css: 'td', text: '6 ml' })
    const pdf = await phone.print()

    expect(pdf === null).toBe(phones.engine === 'webkit') // WebKitGTK's driver has no Print command
    if (pdf) expect(pdfPageCount(pdf)).toBe(1)
  })

  it('announces a new version of the app and lets it take over when the family says so', async () => {
    await app.build.deploy(1)
    const phone = await phones.aPhone()
    await phone.open('/')
    await phone.waitFor({ css: 'h2', text: 'Logg inn' })
    await waitForServiceWorkerControl(phone)
    await putOnDevice(phone, { meta: [aSignedInSession()] })
    await phone.reload()
    await phone.waitFor({ label: 'Hovedmeny' })
    expect(await versionInControl(phone)).toBe(1)

    await app.build.deploy(2)
    await phone.reload()

    await phone.waitFor({ css: '*', text: 'En ny versjon av Pusterom er klar.' })
    expect(await versionInControl(phone)).toBe(1)
    const pageBefore = await phone.evaluate(() => performance.timeOrigin, null)
    await phone.click({ css: 'button', text: 'Oppdater nå' })
    // Only the page is watched until it reloads: a message to the old worker while it hands over restarts
    // it, and Chromium then leaves the new version waiting for good.
    await phone.waitUntil(
      'the app to reload',
      async () => (await phone.evaluate(() => performance.timeOrigin, null)) !== pageBefore,
    )
    await waitForServiceWorkerControl(phone)
    expect(await versionInControl(phone)).toBe(2)
  })
})

/** Taps the sync line's "try again" and waits until that try, too, has failed. */
async function triesAgainAndFails(phone: Phone): Promise<void> {
  await phone.waitFor(syncLine(/Prøv nå$/))
  const failedAgain = await phone.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const line = document.querySelector('[data-testid="sync-status"]')
        const button = line?.querySelector('button')
        if (!line || !button) return resolve(false)
        let tried = false
        const watcher = new MutationObserver(() => {
          if (line.classList.contains('sync-status--syncing')) tried = true
          else if (tried && line.querySelector('button')) {
            watcher.disconnect()
            resolve(true)
          }
        })
        watcher.observe(line, { attributes: true, childList: true, subtree: true })
        button.click()
      }),
    null,
  )
  expect(failedAgain).toBe(true)
}
