import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/family/db/database'
import type { Stay } from '../../../src/protocol'
import StayPackingView from '../../../src/family/views/StayPackingView.vue'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { aPackingRow, aStayItem, aTemplateItem } from '../../support/packingBuilders'
import { mountWithApp } from './mountWithApp'

const emma = aRecipient({ name: 'Emma', medicationListReviewedAt: '2026-11-20T10:00:00.000Z' })
const place = aPlace({ name: 'Solsikken avlastningsbolig' })

async function aWeekendWith(labels: string[], stayOverrides: Partial<Stay> = {}) {
  const stay = aStay({ recipientId: emma.id, placeId: place.id, ...stayOverrides })
  const items = labels.map((label, index) =>
    aTemplateItem({ recipientId: emma.id, label, position: (index + 1) * 1024 }),
  )
  await db.recipients.put(emma)
  await db.places.put(place)
  await db.stays.put(stay)
  await db.checklistItems.bulkPut(items)
  return { stay, items }
}

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

async function open(stayId: string, now?: string) {
  const mounted = await mountWithApp(StayPackingView, { id: stayId }, now)
  unmount = () => mounted.wrapper.unmount()
  return mounted
}

const checkbox = (wrapper: Awaited<ReturnType<typeof open>>['wrapper'], label: string) =>
  wrapper.findAll('label').find((row) => row.text().includes(label))!

describe('the packing list of a stay', () => {
  it('lists the template under the municipality’s categories, each a named group of real checkboxes', async () => {
    const { stay } = await aWeekendWith(['Pysjamas', 'Tannbørste'])
    await db.checklistItems.put(aTemplateItem({ recipientId: emma.id, category: 'toiletries', label: 'Tannkrem' }))
    const { wrapper } = await open(stay.id)
    await vi.waitFor(() => expect(wrapper.text()).toContain('Pysjamas'))
    const legends = wrapper.findAll('fieldset legend').map((legend) => legend.text())
    expect(legends).toEqual(['Toalettartikler', 'Klær'])
    expect(wrapper.findAll('label input[type="checkbox"]')).toHaveLength(3)
  })

  it('ticks an item with one tap on its row, on the phone and in the outbox', async () => {
    const { stay, items } = await aWeekendWith(['Pysjamas', 'Sokker'])
    const { wrapper } = await open(stay.id)
    await vi.waitFor(() => expect(wrapper.text()).toContain('0 av 2 pakket'))
    await checkbox(wrapper, 'Pysjamas').find('.packing-item__label').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('1 av 2 pakket'))
    expect(await db.packing.get(`${stay.id}:${items[0]!.id}`)).toMatchObject({ packed: true })
    expect((await db.outbox.toArray()).map((entry) => entry.name)).toEqual(['setPacked'])
  })

  it('says clearly when everything is packed', async () => {
    const { stay, items } = await aWeekendWith(['Pysjamas', 'Sokker'])
    await db.packing.put(aPackingRow({ stayId: stay.id, itemId: items[0]!.id }))
    const { wrapper } = await open(stay.id)
    await vi.waitFor(() => expect(wrapper.text()).toContain('1 av 2 pakket'))
    await checkbox(wrapper, 'Sokker').find('input').setValue(true)
    await vi.waitFor(() => expect(wrapper.find('[role="status"]').text()).toBe('Alt er pakket'))
  })

  it('shows a tick made on the other parent’s phone while the list is open', async () => {
    const { stay, items } = await aWeekendWith(['Pysjamas'])
    const { wrapper } = await open(stay.id)
    await vi.waitFor(() => expect(wrapper.text()).toContain('0 av 1 pakket'))
    await db.packing.put(aPackingRow({ stayId: stay.id, itemId: items[0]!.id }))
    await vi.waitFor(() =>
      expect((checkbox(wrapper, 'Pysjamas').find('input').element as HTMLInputElement).checked).toBe(true),
    )
  })

  it('asks to confirm a medication list that has not been confirmed since the stay changed', async () => {
    const { stay } = await aWeekendWith(['Pysjamas'], { updatedAt: '2026-11-25T08:00:00.000Z' })
    const { wrapper } = await open(stay.id)
    await vi.waitFor(() =>
      expect(wrapper.text()).toContain('Oppholdet er endret siden medisinlisten ble bekreftet 20. november 2026'),
    )
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Ja, den er oppdatert')!
      .trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).not.toContain('Er listen fortsatt riktig?'))
    expect((await db.recipients.get(emma.id))?.medicationListReviewedAt).toBe('2026-11-26T18:00:00.000Z')
    expect((await db.outbox.toArray()).map((entry) => entry.name)).toEqual(['markMedicationListReviewed'])
  })

  it('does not ask about a medication list confirmed recently and after the stay changed', async () => {
    const { stay } = await aWeekendWith(['Pysjamas'])
    const { wrapper } = await open(stay.id)
    await vi.waitFor(() => expect(wrapper.text()).toContain('Pysjamas'))
    expect(wrapper.text()).not.toContain('Er den fortsatt riktig?')
  })

  it('adds something for this stay only, and lets the family take it off again', async () => {
    const { stay } = await aWeekendWith(['Pysjamas'])
    const { wrapper } = await open(stay.id)
    await vi.waitFor(() => expect(wrapper.text()).toContain('Pysjamas'))
    await wrapper.find('form input[type="text"]').setValue('Bursdagsgave til Ida')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Bursdagsgave til Ida'))
    const item = (await db.checklistItems.where('stayId').equals(stay.id).toArray())[0]!
    expect(item).toMatchObject({ label: 'Bursdagsgave til Ida', stayId: stay.id })
    await wrapper.find('button[aria-label="Fjern Bursdagsgave til Ida"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).not.toContain('Bursdagsgave til Ida'))
  })

  it('shows an ended stay’s list without letting it be changed', async () => {
    const { stay } = await aWeekendWith(['Pysjamas'])
    await db.checklistItems.put(aStayItem({ recipientId: emma.id, stayId: stay.id, label: 'Badetøy' }))
    const { wrapper } = await open(stay.id, '2026-12-01T10:00:00.000Z')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Oppholdet er over'))
    expect(wrapper.findAll('input[type="checkbox"]').every((box) => (box.element as HTMLInputElement).disabled)).toBe(
      true,
    )
    expect(wrapper.find('button[aria-label="Fjern Badetøy"]').exists()).toBe(false)
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('needs no packing list for respite in the home', async () => {
    const { stay } = await aWeekendWith(['Pysjamas'], { kind: 'home' })
    const { wrapper } = await open(stay.id)
    await vi.waitFor(() => expect(wrapper.text()).toContain('trengs ingen pakkeliste'))
    expect(wrapper.find('input[type="checkbox"]').exists()).toBe(false)
  })

  it('says so when the phone does not know the stay', async () => {
    const { wrapper } = await open('00000000-0000-4000-8000-ffffffffffff')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Fant ikke oppholdet'))
    await flushPromises()
  })
})
