// Packing and the medication list in real Chromium, from what is on the phone: offline ticking that
// survives a reload, a print view that fits one A4 page, and no accessibility violation on any screen.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ChecklistItem, Medication, Packing } from '../../src/protocol'
import { aPlace, aRecipient, aStay } from '../support/builders'
import { aMedication, aPackingRow, aTemplateItem } from '../support/packingBuilders'
import { serveAppForThisFile } from './support/appUnderTest'
import { accessibilityViolations } from './support/axe'
import { aSignedInSession, putOnDevice, type DeviceRecords } from './support/deviceData'
import { browserForThisTest } from './support/launchChromium'
import { pdfPageCount } from './support/pdfPages'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const app = serveAppForThisFile()

const HOUR = 3600_000
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString()

/** The packing tables are the app's own too; DeviceRecords names only the ones the shell tests need. */
type PackingRecords = DeviceRecords & {
  checklistItems?: ChecklistItem[]
  packing?: Packing[]
  medications?: Medication[]
}

function aHousehold() {
  const emma = aRecipient({ name: 'Emma', medicationListReviewedAt: inHours(-24 * 40) })
  const place = aPlace({ name: 'Solsikken avlastningsbolig' })
  const stay = aStay({
    recipientId: emma.id,
    placeId: place.id,
    start: inHours(20),
    end: inHours(68),
    updatedAt: inHours(-48),
  })
  const items = ['Pysjamas', 'Tannbørste', 'Kosedyr'].map((label, index) =>
    aTemplateItem({ recipientId: emma.id, label, position: (index + 1) * 1024 }),
  )
  const medications = [
    aMedication({
      recipientId: emma.id,
      name: 'Orfiril Long',
      strength: '300 mg',
      dose: '1 tablett',
      times: ['08:00', '20:00'],
      notes: 'Svelges hel.',
    }),
    aMedication({ recipientId: emma.id, name: 'Paracet', times: [], notes: 'Ved feber over 38,5.' }),
  ]
  return { emma, place, stay, items, medications }
}

/** A phone signed in (to a server that does not know the token) with the household on it. */
async function phoneWith(household: ReturnType<typeof aHousehold>, extra: PackingRecords = {}) {
  const browsing = await browserForThisTest()
  await browsing.page.goto(app.url + '/')
  await browsing.page.getByRole('heading', { level: 2, name: 'Logg inn' }).waitFor()
  const records: PackingRecords = {
    meta: [aSignedInSession()],
    recipients: [household.emma],
    places: [household.place],
    stays: [household.stay],
    checklistItems: household.items,
    medications: household.medications,
    ...extra,
  }
  await putOnDevice(browsing.page, records)
  return browsing
}

const rowOf = (page: Page, label: string) => page.getByRole('checkbox', { name: label })

describe('packing with no network', () => {
  it('keeps the ticks made offline across a reload, waiting in the outbox', async () => {
    const household = aHousehold()
    const { page, context } = await phoneWith(household)
    await waitForServiceWorkerControl(page)
    await context.setOffline(true)
    await page.goto(`${app.url}/stays/${household.stay.id}/packing`)
    await page.getByText('0 av 3 pakket').waitFor()

    await page.getByText('Pysjamas').click()
    await page.getByText('Kosedyr').click()
    await page.getByText('2 av 3 pakket').waitFor()
    await page.reload()

    await page.getByText('2 av 3 pakket').waitFor()
    expect(await rowOf(page, 'Pysjamas').isChecked()).toBe(true)
    expect(await rowOf(page, 'Tannbørste').isChecked()).toBe(false)
    const waiting = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('pusterom')
          open.onsuccess = () => {
            const read = open.result.transaction('outbox').objectStore('outbox').getAll()
            read.onsuccess = () => resolve((read.result as { name: string }[]).map((entry) => entry.name))
          }
        }),
    )
    expect(waiting).toEqual(['setPacked', 'setPacked'])
  })

  it('shows “Alt er pakket” once the last item is ticked', async () => {
    const household = aHousehold()
    const { page } = await phoneWith(household, {
      packing: household.items.slice(0, 2).map((item) => aPackingRow({ stayId: household.stay.id, itemId: item.id })),
    })
    await page.goto(`${app.url}/stays/${household.stay.id}/packing`)
    await page.getByText('2 av 3 pakket').waitFor()
    await page.getByText('Kosedyr').click()
    await page.getByRole('status').filter({ hasText: 'Alt er pakket' }).waitFor()
  })
})

describe('the medication list on paper', () => {
  it('prints the medicines on one A4 page without the app around them', async () => {
    const household = aHousehold()
    const { page } = await phoneWith(household)
    await page.goto(`${app.url}/medications/${household.emma.id}/print`)
    await page.getByRole('heading', { name: 'Medisinliste for Emma' }).waitFor()
    await page.getByRole('cell', { name: '08.00, 20.00' }).waitFor()

    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('navigation').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false)
    expect(await page.getByRole('rowheader', { name: 'Paracet' }).isVisible()).toBe(true)

    const pdf = await page.pdf({ preferCSSPageSize: true })
    expect(pdfPageCount(pdf)).toBe(1)
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
    // The page size comes from the print stylesheet (preferCSSPageSize): A4 is 595.3 × 841.9 points.
    expect(Math.abs(Number(mediaBox?.[1]) - 595.3)).toBeLessThan(1.5)
    expect(Math.abs(Number(mediaBox?.[2]) - 841.9)).toBeLessThan(1.5)
  })
})

describe('accessibility of the packing screens', () => {
  it('finds no violation on the packing area, a stay’s list, the template, the medication list or its print view', async () => {
    const household = aHousehold()
    const { page } = await phoneWith(household, {
      packing: [aPackingRow({ stayId: household.stay.id, itemId: household.items[0]!.id })],
    })
    const screens: [string, string][] = [
      ['/packing', 'Neste opphold'],
      [`/stays/${household.stay.id}/packing`, '1 av 3 pakket'],
      [`/packing/templates/${household.emma.id}`, 'Legg til i Klær'],
      [`/medications/${household.emma.id}`, 'Orfiril Long'],
      [`/medications/${household.emma.id}/print`, 'Medisinliste for Emma'],
    ]
    const found: Record<string, string[]> = {}
    for (const [path, text] of screens) {
      await page.goto(app.url + path)
      await page.getByText(text).first().waitFor()
      found[path] = await accessibilityViolations(page)
    }
    expect(found).toEqual(Object.fromEntries(screens.map(([path]) => [path, []])))
  })

  it('gives every thing to pack a real checkbox whose row is at least 44 px high', async () => {
    const household = aHousehold()
    const { page } = await phoneWith(household)
    await page.goto(`${app.url}/stays/${household.stay.id}/packing`)
    await page.getByText('0 av 3 pakket').waitFor()
    const heights = await page
      .locator('label:has(input[type="checkbox"])')
      .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height))
    expect(heights).toHaveLength(3)
    expect(heights.every((height) => height >= 44)).toBe(true)
  })
})
