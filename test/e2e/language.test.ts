// The app speaks the family's language on every screen, whatever the browser's: a phone set to English with
// the app in Nynorsk (Chromium has no Nynorsk date data) reads Nynorsk dates and relative times, and no
// screen in nb, nn or en shows a message key, or Bokmål words in Nynorsk and English. One browser, signed in once.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages } from '../../src/i18n/messages'
import type { Locale } from '../../src/protocol/locale'
import type { Message, Recipient, Stay } from '../../src/protocol'
import { DEMO_PASSWORD } from '../../src/server/seed/demoSeed'
import { lunnerPlaces } from '../../src/server/seed/demoTenants'
import { stableId } from '../../src/server/seed/stableId'
import { serveAppForThisFile } from './support/appUnderTest'
import { launchChromium, type Browsing } from './support/launchChromium'

// Wednesday 25 November 2026, 10.00 in Norway, for the server and the phone alike.
const NOW = '2026-11-25T09:00:00.000Z'
const offsetMs = Date.parse(NOW) - Date.now()
const app = serveAppForThisFile({ demo: true, clock: { now: () => Date.now() + offsetMs } })
const url = (path: string) => `${app.url}${path}`

/** A key of a section the app has ("changeRequest.pending"), as a screen would show a missing text. */
const MESSAGE_KEY = new RegExp(`\\b(${Object.keys(messages.nb).join('|')})\\.[a-zA-Z]+`)
/** Common Bokmål words that Nynorsk writes otherwise, and English not at all. */
const BOKMAAL =
  /\b(ikke|opphold|oppholdet|oppholdene|jeg|hva|hvis|hvordan|hvem|fra|noen|siden|timer|mandag|tirsdag|lørdag|avlastning|endret|kommende)\b/i
/** Norwegian words an English screen has no use for, and English dates a Norwegian one must not have. */
const NORWEGIAN = /\b(og|på|ikkje|frå|kl\.|dagen|døgn|i morgen|i morgon|i går)\b/i
const ENGLISH_DATES = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|December|ago|hours)\b/

let browsing: Browsing
let page: Page

async function api<T>(path: string, init: { method: string; token?: string; body?: unknown }): Promise<T> {
  const response = await fetch(url(`/api/v1${path}`), {
    method: init.method,
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** The municipality plans a stay for Ida at the respite unit. */
async function staffPlansStay(start: string, end: string): Promise<Stay> {
  const { token } = await api<{ token: string }>('/session', {
    method: 'POST',
    body: { username: 'lunner-ansatt', password: DEMO_PASSWORD },
  })
  const body = {
    recipientId: stableId('demo/lunner/berg/ida', 'recipient'),
    placeId: lunnerPlaces.unit.id,
    kind: 'municipalUnit',
    start,
    end,
  }
  return api<Stay>('/staff/stays', { method: 'POST', token, body })
}

/** Every row of one of the app's tables on the phone. */
function onDevice<T>(table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('pusterom')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll()
          all.onsuccess = () => {
            resolve(all.result as T[])
            open.result.close()
          }
          all.onerror = () => reject(all.error)
        }
      }),
    table,
  )
}

/** The words on the phone that people wrote (names, staff notes, the municipality's texts): shown as written. */
async function writtenByPeople(): Promise<string[]> {
  const tables = ['municipality', 'places', 'recipients', 'decisions', 'stays', 'changeRequests']
  tables.push('checklistItems', 'medications', 'aboutMe', 'summerApplications')
  const strings = new Set<string>()
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && value.length > 2) value.split('\n').forEach((line) => strings.add(line.trim()))
    else if (value && typeof value === 'object') Object.values(value).forEach(collect)
  }
  for (const table of tables) collect(await onDevice(table))
  // A message's facts are worded by the app: only the staff's own notices and notes are written by people.
  for (const message of await onDevice<Message>('messages')) collect(message.facts ?? [message.title, message.body])
  strings.add('Hanne Berg')
  return [...strings].filter(Boolean).sort((a, b) => b.length - a.length)
}

/** Waits until the page's main content stops changing, read twice in a row the same. */
async function settled(): Promise<string> {
  await page.waitForFunction(
    () => {
      const text = document.querySelector('main')?.innerText ?? ''
      const state = window as unknown as { lastText?: string }
      const same = text.length > 0 && state.lastText === text
      state.lastText = text
      return same
    },
    undefined,
    { polling: 250, timeout: 15_000 },
  )
  return page.evaluate(() => document.body.innerText)
}

async function openIn(locale: Locale): Promise<void> {
  await page.evaluate((language) => localStorage.setItem('pusterom.locale', language), locale)
  await page.reload()
}

let paths: string[] = []

beforeAll(async () => {
  browsing = await launchChromium({ browserLanguage: 'en-US' })
  page = browsing.page
  await page.clock.install({ time: new Date(NOW) })
  await page.goto(url('/sign-in'))
  await page.getByLabel('Brukernavn').fill('lunner-forelder-1')
  await page.getByLabel('Passord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page
    .getByTestId('sync-status')
    .getByText(/^Oppdatert \d/)
    .waitFor()
  const [ida] = await onDevice<Recipient>('recipients')
  const stays = await onDevice<Stay>('stays')
  const upcoming = stays.filter((stay) => stay.start > NOW && stay.status !== 'cancelledByMunicipality')
  const nextAway = upcoming.find((stay) => stay.kind !== 'home') ?? upcoming[0]
  const withHistory = (await onDevice<Message>('messages')).find((message) => message.stayId)?.stayId
  const requested = new Set((await onDevice<{ stayId: string }>('changeRequests')).map((request) => request.stayId))
  paths = [
    '/',
    '/calendar/month',
    '/decisions',
    `/stays/${nextAway?.id}`,
    `/stays/${withHistory}`,
    ...[...requested].map((stayId) => `/stays/${stayId}`),
    `/stays/${nextAway?.id}/request/changeTime`,
    '/packing',
    `/stays/${nextAway?.id}/packing`,
    `/packing/templates/${ida?.id}`,
    `/medications/${ida?.id}`,
    `/medications/${ida?.id}/print`,
    `/om-meg/${ida?.id}`,
    '/messages',
    ...(await onDevice<Message>('messages')).map((message) => `/messages/${message.id}`),
    '/more',
    '/sommer',
    '/om-avlastning',
  ]
}, 120_000)

afterAll(() => browsing?.close())

describe('the family’s language on every screen', () => {
  it.each(['nb', 'nn', 'en'] as const)(
    'shows no message key and no other language’s words in %s',
    async (locale) => {
      await openIn(locale)
      const people = await writtenByPeople()
      const problems: string[] = []
      for (const path of paths) {
        await page.goto(url(path))
        let text = await settled()
        const key = MESSAGE_KEY.exec(text)
        if (key) problems.push(`${path}: the message key ${key[0]}`)
        for (const written of people) text = text.split(written).join(' ')
        const foreign =
          locale === 'nb'
            ? ENGLISH_DATES.exec(text)
            : (BOKMAAL.exec(text) ?? (locale === 'en' ? NORWEGIAN : ENGLISH_DATES).exec(text))
        if (foreign)
          problems.push(
            `${path}: "${foreign[0]}" in ${locale}: …${text.slice(Math.max(0, foreign.index - 60), foreign.index + 60)}…`,
          )
      }
      expect(problems).toEqual([])
    },
    180_000,
  )
})

describe('dates in Nynorsk on a phone set to English', () => {
  it('reads a stay’s days, its deadline and the time left in Nynorsk, not in the browser’s English', async () => {
    const ahead = await staffPlansStay('2026-11-27T15:00:00.000Z', '2026-11-29T15:00:00.000Z')
    const passed = await staffPlansStay('2026-11-25T17:00:00.000Z', '2026-11-25T20:00:00.000Z')
    await openIn('nn')
    await page
      .getByTestId('sync-status')
      .getByText(/^Oppdatert/)
      .waitFor()

    await page.goto(url(`/stays/${ahead.id}`))
    await page.getByText(/^Endringsfrist: i morgon kl\. 15\.00, om 2[89] timar$/).waitFor()
    const stayPage = await settled()
    expect(stayPage).toContain('fredag 27. november kl. 16.00')
    expect(stayPage).toContain('søndag 29. november kl. 16.00')
    expect(stayPage).not.toMatch(ENGLISH_DATES)

    await page.goto(url(`/stays/${passed.id}`))
    await page.getByText(/gjekk ut i går kl\. 15\.00, for (19|20) timar sidan/).waitFor()
    expect(await settled()).not.toMatch(ENGLISH_DATES)
  }, 120_000)
})
