import { afterEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/family/db/database'
import { DEFAULT_PACKING_TEMPLATE } from '../../../src/domain/defaultPackingTemplate'
import TemplateEditView from '../../../src/family/views/TemplateEditView.vue'
import { aRecipient } from '../../support/builders'
import { aTemplateItem } from '../../support/packingBuilders'
import { mountWithApp } from './mountWithApp'

const emma = aRecipient({ name: 'Emma' })

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

async function open() {
  await db.recipients.put(emma)
  const mounted = await mountWithApp(TemplateEditView, { recipientId: emma.id })
  unmount = () => mounted.wrapper.unmount()
  return mounted.wrapper
}

const currentLabels = async () =>
  (await db.checklistItems.where('recipientId').equals(emma.id).toArray())
    .filter((item) => !item.removedAt)
    .sort((a, b) => a.position - b.position)
    .map((item) => item.label)

describe('the packing template', () => {
  it('offers the suggested Norwegian template when it is empty, and fills it in one tap', async () => {
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Malen er tom'))
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Bruk forslaget')!
      .trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Tannbørste og tannkrem'))
    expect(await db.checklistItems.count()).toBe(DEFAULT_PACKING_TEMPLATE.length)
    expect(await db.outbox.count()).toBe(DEFAULT_PACKING_TEMPLATE.length)
  })

  it('adds an item to the category it was typed into', async () => {
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Legg til i Hjelpemidler'))
    const aids = wrapper
      .findAll('section')
      .find((section) => section.find('h3').exists() && section.find('h3').text() === 'Hjelpemidler')!
    await aids.find('input[type="text"]').setValue('Ståstativ')
    await aids.find('form').trigger('submit')
    await vi.waitFor(() => expect(aids.find('ul').text()).toContain('Ståstativ'))
    expect((await db.checklistItems.toArray())[0]).toMatchObject({ category: 'aids', label: 'Ståstativ', stayId: null })
  })

  it('changes an item’s quantity as a new version, leaving the old one to stays that have begun', async () => {
    const socks = aTemplateItem({ recipientId: emma.id, label: 'Sokker', quantity: 2 })
    await db.checklistItems.put(socks)
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Sokker'))
    await wrapper.find('button[aria-label="Endre Sokker"]').trigger('click')
    await wrapper.find('li form input[type="number"]').setValue(4)
    await wrapper.find('li form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('4 stk.'))
    expect((await db.checklistItems.get(socks.id))?.removedAt).toBe('2026-11-26T18:00:00.000Z')
    expect(await currentLabels()).toEqual(['Sokker'])
  })

  it('marks an item as for overnight stays only, so day offers leave it out', async () => {
    const pyjamas = aTemplateItem({ recipientId: emma.id, label: 'Pysjamas' })
    await db.checklistItems.put(pyjamas)
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Pysjamas'))
    await wrapper.find('button[aria-label="Endre Pysjamas"]').trigger('click')
    const stays = wrapper.findAll('li form select').find((select) => select.find('option[value="overnight"]').exists())!
    await stays.setValue('overnight')
    await wrapper.find('li form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Bare opphold med overnatting'))
    const current = (await db.checklistItems.toArray()).find((item) => !item.removedAt)
    expect(current).toMatchObject({ label: 'Pysjamas', forStays: 'overnight' })
  })

  it('moves an item up with one tap', async () => {
    await db.checklistItems.bulkPut([
      aTemplateItem({ recipientId: emma.id, label: 'Undertøy', position: 1024 }),
      aTemplateItem({ recipientId: emma.id, label: 'Pysjamas', position: 2048 }),
    ])
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Pysjamas'))
    await wrapper.find('button[aria-label="Flytt Pysjamas opp"]').trigger('click')
    await vi.waitFor(async () => expect(await currentLabels()).toEqual(['Pysjamas', 'Undertøy']))
    await vi.waitFor(() =>
      expect(wrapper.find('button[aria-label="Flytt Pysjamas opp"]').attributes('disabled')).toBeDefined(),
    )
  })

  it('removes an item from the template', async () => {
    await db.checklistItems.put(aTemplateItem({ recipientId: emma.id, label: 'Hårbørste', category: 'toiletries' }))
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Hårbørste'))
    await wrapper.find('button[aria-label="Endre Hårbørste"]').trigger('click')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Fjern')!
      .trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).not.toContain('Hårbørste'))
    expect(await currentLabels()).toEqual([])
  })
})
