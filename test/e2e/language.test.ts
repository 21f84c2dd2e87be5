// The app speaks the family's language on every screen, whatever the browser's: a phone set to English with
// the app in Nynorsk (Chromium has no Nynorsk date data) reads Nynorsk dates and relative times, and no
// screen in nb, nn or en shows a message key, or Bokmål words in Nynorsk and English. One browser, signed in once.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages } from '../../src/i18n/messages'
import type { Locale } from '../../src/protocol/locale'
import type { Message, Municipality, Recipient, Stay } from '../../src/protocol'
import { changeDeadline } from '../../src/domain/deadline'
import { formatDayLong, formatTime } from '../../src/domain/norwegianDates'
import { zonedParts } from '../../src/domain/zonedTime'
import { serveAppForThisFile } from './support/appUnderTest'
import { onDevice } from './support/deviceData'
import { launchChromium, type Browsing } from './support/launchChromium'
import { signInAndSync } from './support/parentsPhone'

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

/** The words on the phone that people wrote (names, staff notes, the municipality's texts): shown as written. */
async function writtenByPeople(): Promise<string[]> {
  const tables = ['municipality', 'places', 'recipients', 'decisions', 'stays', 'changeRequests']
  tables.push('checklistItems', 'medications', 'aboutMe', 'summerApplications')
  const strings = new Set<string>()
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && value.length > 2) value.split('\n').forEach((line) => strings.add(line.trim()))
    else if (value && typeof value === 'object') Object.values(value).forEach(collect)
  }
  for (const table of tables) collect(await onDevice(page, table))
  // A message's facts are worded by the app: only the staff's own notices and notes are written by people.
  for (const message of await onDevice<Message>(page, 'messages'))
    collect(message.facts ?? [message.title, message.body])
  strings.add('Sara Haddad')
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
  // Sara Haddad: two children, requests waiting for the municipality in time and late, messages about stays.
  await signInAndSync(page, app.url, 'lunner-forelder-3')
  const [child] = await onDevice<Recipient>(page, 'recipients')
  const stays = await onDevice<Stay>(page, 'stays')
  const upcoming = stays.filter((stay) => stay.start > NOW && stay.status !== 'cancelledByMunicipality')
  const nextAway = upcoming.find((stay) => stay.kind !== 'home') ?? upcoming[0]
  const withHistory = (await onDevice<Message>(page, 'messages')).find((message) => message.stayId)?.stayId
  const requested = new Set(
    (await onDevice<{ stayId: string }>(page, 'changeRequests')).map((request) => request.stayId),
  )
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
    `/packing/templates/${child?.id}`,
    `/medications/${child?.id}`,
    `/medications/${child?.id}/print`,
    `/om-meg/${child?.id}`,
    '/messages',
    ...(await onDevice<Message>(page, 'messages')).map((message) => `/messages/${message.id}`),
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
  it('reads a stay’s days, its deadline and the time left or past in Nynorsk, not in the browser’s English', async () => {
    const [municipality] = await onDevice<Municipality>(page, 'municipality')
    const rule = municipality?.changeDeadline
    if (!rule) throw new Error('the demo municipality has a change deadline')
    // A stay weeks ahead that starts after noon, so the morning after its deadline it has not begun.
    const stay = (await onDevice<Stay>(page, 'stays'))
      .filter(
        (candidate) =>
          candidate.start > '2026-12-10' && zonedParts(Date.parse(candidate.start), rule.timeZone).hour >= 12,
      )
      .sort((a, b) => (a.start < b.start ? -1 : 1))[0]
    if (!stay) throw new Error('the demo has stays ahead')
    const deadline = Date.parse(changeDeadline(stay.start, rule))
    await openIn('nn')

    await page.clock.setSystemTime(deadline - 5 * 3_600_000)
    await page.goto(url(`/stays/${stay.id}`))
    await page.getByText(/^Endringsfrist: i dag kl\. 15\.00, om [45] timar$/).waitFor()
    const ahead = await settled()
    expect(ahead).toContain(`${formatDayLong(stay.start, 'nn')} kl. ${formatTime(stay.start, 'nn')}`)
    expect(ahead).not.toMatch(ENGLISH_DATES)

    await page.clock.setSystemTime(deadline + 20 * 3_600_000)
    await page.reload()
    await page.getByText(/^Endringsfristen gjekk ut i går kl\. 15\.00, for (19|20) timar sidan\.$/).waitFor()
    expect(await settled()).not.toMatch(ENGLISH_DATES)
  }, 120_000)
})
