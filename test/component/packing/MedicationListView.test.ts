import { afterEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/family/db/database'
import MedicationListView from '../../../src/family/views/MedicationListView.vue'
import MedicationPrintView from '../../../src/family/views/MedicationPrintView.vue'
import { aRecipient } from '../../support/builders'
import { aMedication } from '../../support/packingBuilders'
import { mountScreen } from '../support/mountScreen'
import { mountWithApp } from './mountWithApp'

const emma = aRecipient({ name: 'Emma', medicationListReviewedAt: '2026-10-03T08:00:00.000Z' })

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

async function open(view: typeof MedicationListView) {
  await db.recipients.put(emma)
  const mounted = await mountWithApp(view, { recipientId: emma.id })
  unmount = () => mounted.wrapper.unmount()
  return mounted.wrapper
}

type Screen = Awaited<ReturnType<typeof open>>

/** Taps the button with this text. */
async function tap(wrapper: Screen, text: string) {
  await wrapper
    .findAll('button')
    .find((button) => button.text() === text)!
    .trigger('click')
}

/** Opens the form for a new medicine once the list is there. */
async function startAdding(wrapper: Screen) {
  await vi.waitFor(() => expect(wrapper.text()).toContain('Legg til medisin'))
  await tap(wrapper, 'Legg til medisin')
}

/** Types one time in each time field, adding fields as needed. */
async function typeTimes(wrapper: Screen, ...times: string[]) {
  for (const [index, time] of times.entries()) {
    if (index > 0) await tap(wrapper, 'Legg til tidspunkt')
    await wrapper.get(`input[aria-label="Tidspunkt ${index + 1}"]`).setValue(time)
  }
}

describe('the medication list', () => {
  it('adds a medicine with its strength, dose and times in Norwegian style', async () => {
    const wrapper = await open(MedicationListView)
    await vi.waitFor(() => expect(wrapper.text()).toContain('Sist bekreftet 3. oktober 2026'))
    await startAdding(wrapper)
    const field = (name: string) =>
      wrapper
        .findAll('label')
        .find((label) => label.text() === name)!
        .attributes('for')!
    await wrapper.find(`#${CSS.escape(field('Medisin'))}`).setValue('Orfiril')
    await wrapper.find(`#${CSS.escape(field('Styrke'))}`).setValue('300 mg')
    await wrapper.find(`#${CSS.escape(field('Dose'))}`).setValue('1 tablett')
    await typeTimes(wrapper, '20.00', '8')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('08.00, 20.00'))
    expect((await db.medications.toArray())[0]).toMatchObject({
      recipientId: emma.id,
      name: 'Orfiril',
      strength: '300 mg',
      times: ['08:00', '20:00'],
    })
  })

  it('refuses times it cannot read, and says how to write them', async () => {
    const wrapper = await open(MedicationListView)
    await startAdding(wrapper)
    await wrapper.findAll('form input')[0]!.setValue('Orfiril')
    await typeTimes(wrapper, 'om morgenen')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Skriv klokkeslettet som 08.00 eller 08,00.'))
    const time = wrapper.get('input[aria-label="Tidspunkt 1"]')
    expect(time.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get(`#${CSS.escape(time.attributes('aria-describedby')!)}`).text()).toContain('08,00')
    expect(await db.medications.count()).toBe(0)
  })

  it('saves 08,00 and 19,30 from a Norwegian phone’s number pad as the two times typed, and nothing else', async () => {
    const wrapper = await open(MedicationListView)
    await startAdding(wrapper)
    await wrapper.findAll('form input')[0]!.setValue('Melatonin')
    await typeTimes(wrapper, '08,00', '19,30')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('08.00, 19.30'))
    expect((await db.medications.toArray())[0]?.times).toEqual(['08:00', '19:30'])
  })

  it('saves a medicine given when needed with no times, and takes a time away when asked', async () => {
    await db.recipients.put(emma)
    await db.medications.put(aMedication({ recipientId: emma.id, name: 'Paracet', times: ['08:00'] }))
    const wrapper = await open(MedicationListView)
    await vi.waitFor(() => expect(wrapper.text()).toContain('Paracet'))
    await tap(wrapper, 'Endre')
    await wrapper.get('button[aria-label="Fjern tidspunkt 1"]').trigger('click')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Ved behov'))
    expect((await db.medications.toArray())[0]?.times).toEqual([])
  })

  it('shows the child’s allergies on the list, not only on the print', async () => {
    await db.recipients.put({ ...emma, allergies: 'Nøtter, penicillin' })
    const mounted = await mountWithApp(MedicationListView, { recipientId: emma.id })
    unmount = () => mounted.wrapper.unmount()
    await vi.waitFor(() =>
      expect(mounted.wrapper.get('[data-testid="allergies"]').text()).toBe('Allergier: Nøtter, penicillin'),
    )
  })

  it('records that the family confirmed the list is up to date', async () => {
    const wrapper = await open(MedicationListView)
    await vi.waitFor(() => expect(wrapper.text()).toContain('Listen er oppdatert'))
    await tap(wrapper, 'Listen er oppdatert')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Sist bekreftet 26. november 2026'))
  })
})

describe('the medication list to print', () => {
  it('shows every medicine in a table with its times, and medicine given when needed', async () => {
    await db.medications.bulkPut([
      aMedication({ recipientId: emma.id, name: 'Orfiril', times: ['08:00', '20:00'] }),
      aMedication({ recipientId: emma.id, name: 'Paracet', times: [] }),
    ])
    const wrapper = await open(MedicationPrintView)
    await vi.waitFor(() => expect(wrapper.find('table').exists()).toBe(true))
    expect(wrapper.find('h2').text()).toBe('Medisinliste for Emma')
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()))
    expect(rows).toEqual([
      ['Orfiril', '250 mg', '1 stikkpille', '08.00, 20.00', ''],
      ['Paracet', '250 mg', '1 stikkpille', 'Ved behov', ''],
    ])
    expect(wrapper.text()).toContain('Skrevet ut 26. november 2026 kl. 19.00')
  })

  it('names the child’s birth date and allergies for the place that gives the medicine', async () => {
    await db.recipients.put({ ...emma, birthDate: '2014-03-09', allergies: 'Peanøtter (alvorlig)' })
    const mounted = await mountWithApp(MedicationPrintView, { recipientId: emma.id })
    unmount = () => mounted.wrapper.unmount()
    const wrapper = mounted.wrapper
    await vi.waitFor(() => expect(wrapper.find('[data-testid="birth-date"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="birth-date"]').text()).toBe('9. mars 2014')
    expect(wrapper.get('[data-testid="allergies"]').text()).toBe('Peanøtter (alvorlig)')
  })

  it('never prints that the list is not confirmed: that note is for the screen only', async () => {
    await db.recipients.put({ ...emma, medicationListReviewedAt: null })
    const mounted = await mountWithApp(MedicationPrintView, { recipientId: emma.id })
    unmount = () => mounted.wrapper.unmount()
    const wrapper = mounted.wrapper
    await vi.waitFor(() => expect(wrapper.text()).toContain('Ikke bekreftet ennå'))
    expect(wrapper.get('.medication-print__screen-only').text()).toBe('Ikke bekreftet ennå')
  })
})

describe('the medication lists on More', () => {
  it('link to each person’s medication list', async () => {
    const noah = aRecipient({ name: 'Noah' })
    await db.recipients.bulkPut([emma, noah])
    const { wrapper } = await mountScreen('/more', { now: '2026-11-26T18:00:00.000Z' })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Medisinlisten til Noah'))
    const hrefs = wrapper.findAll('a').map((link) => link.attributes('href'))
    expect(hrefs).toContain(`/medications/${emma.id}`)
    expect(hrefs).toContain(`/medications/${noah.id}`)
  })
})
