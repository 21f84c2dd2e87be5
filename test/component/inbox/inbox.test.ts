// The inbox on the phone: the municipality's messages, newest first, read and unread, with no network.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import AppBottomNav from '../../../src/family/components/app/AppBottomNav.vue'
import { db } from '../../../src/family/db/database'
import { createAppI18n } from '../support/appI18n'
import { routes } from '../../../src/family/modules/router'
import type { Message } from '../../../src/protocol'
import { anId } from '../../support/builders'
import { mountScreen } from '../support/mountScreen'

const NOW = '2026-11-26T09:00:00.000Z'

function aMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: anId(),
    kind: 'notice',
    title: 'Juleavslutning på Solsikken',
    body: 'Velkommen til juleavslutning torsdag 17. desember kl. 17.00.',
    stayId: null,
    changeRequestId: null,
    createdAt: '2026-11-25T12:00:00.000Z',
    readAt: null,
    ...overrides,
  }
}

describe('the inbox', () => {
  it('explains what will come when there are no messages yet', async () => {
    const { wrapper } = await mountScreen('/messages', { now: NOW })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Ingen beskjeder ennå'))
  })

  it('lists the messages newest first, the unread ones marked and counted', async () => {
    await db.messages.bulkPut([
      aMessage({ title: 'Eldre beskjed', createdAt: '2026-11-20T08:00:00.000Z', readAt: '2026-11-20T09:00:00.000Z' }),
      aMessage({ kind: 'stayCancelled', title: 'Oppholdet fredag er avlyst', createdAt: '2026-11-25T12:00:00.000Z' }),
    ])
    const { wrapper } = await mountScreen('/messages', { now: NOW })
    await vi.waitFor(() => expect(wrapper.findAll('article')).toHaveLength(2))
    const [newest, older] = wrapper.findAll('article')
    expect(newest?.text()).toContain('Oppholdet fredag er avlyst')
    expect(newest?.text()).toContain('Ulest')
    expect(newest?.text()).toContain('Avlyst opphold')
    expect(older?.text()).not.toContain('Ulest')
    expect(wrapper.text()).toContain('én ulest beskjed')
  })

  it('says when a message came with "kl." before the time, in the list and on the message', async () => {
    const message = aMessage({ createdAt: '2026-11-25T02:36:00.000Z' })
    await db.messages.put(message)
    const list = await mountScreen('/messages', { now: NOW })
    await vi.waitFor(() => expect(list.wrapper.find('article time').text()).toBe('ons. 25.11. kl. 03.36'))
    const opened = await mountScreen(`/messages/${message.id}`, { now: NOW })
    await vi.waitFor(() => expect(opened.wrapper.text()).toContain('Mottatt ons. 25.11. kl. 03.36'))
  })

  it('marks a message read on the phone when it is opened, and queues that for the municipality', async () => {
    const message = aMessage()
    await db.messages.put(message)
    const { wrapper } = await mountScreen(`/messages/${message.id}`, { now: NOW })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Velkommen til juleavslutning'))
    await vi.waitFor(async () => expect((await db.messages.get(message.id))?.readAt).toBe(NOW), { timeout: 10_000 })
    const [queued] = await db.outbox.toArray()
    expect(queued).toMatchObject({ name: 'markMessageRead', args: { messageId: message.id, at: NOW } })
  })

  it('does not queue anything for a message already read', async () => {
    const message = aMessage({ readAt: '2026-11-25T13:00:00.000Z' })
    await db.messages.put(message)
    const { wrapper } = await mountScreen(`/messages/${message.id}`, { now: NOW })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Velkommen til juleavslutning'))
    await flushPromises()
    expect(await db.outbox.count()).toBe(0)
  })

  it('links a message about a stay to that stay', async () => {
    const message = aMessage({ kind: 'stayChanged', title: 'Ny tid for oppholdet', stayId: anId() })
    await db.messages.put(message)
    const { wrapper } = await mountScreen(`/messages/${message.id}`, { now: NOW })
    const link = await vi.waitFor(() => {
      const found = wrapper.findAll('a').find((anchor) => anchor.text() === 'Se oppholdet')
      if (!found) throw new Error('no link to the stay yet')
      return found
    })
    expect(link.attributes('href')).toBe(`/stays/${message.stayId}`)
  })

  it('marks every message read with one tap', async () => {
    await db.messages.bulkPut([aMessage(), aMessage({ title: 'Ny beskjed' })])
    const { wrapper } = await mountScreen('/messages', { now: NOW })
    const button = await vi.waitFor(() => {
      const found = wrapper.findAll('button').find((candidate) => candidate.text() === 'Merk alle som lest')
      if (!found) throw new Error('no button yet')
      return found
    })
    await button.trigger('click')
    await vi.waitFor(
      async () => expect((await db.messages.toArray()).every((message) => message.readAt === NOW)).toBe(true),
      { timeout: 10_000 },
    )
    expect(await db.outbox.count()).toBe(2)
  })

  it('speaks one Nynorsk: Beskjedar in the menu and "Avlyst opphald", never the Bokmål title', async () => {
    await db.messages.put(aMessage({ kind: 'stayCancelled', title: 'Opphold avlyst' }))
    const { wrapper, router } = await mountScreen('/messages', { now: NOW, locale: 'nn' })
    await vi.waitFor(() => expect(wrapper.findAll('article')).toHaveLength(1))
    expect(wrapper.text()).toContain('Avlyst opphald')
    expect(wrapper.text()).not.toContain('Opphold avlyst')
    const nav = mount(AppBottomNav, { global: { plugins: [createPinia(), createAppI18n('nn'), router] } })
    expect(nav.text()).toContain('Beskjedar')
    expect(nav.text()).not.toContain('Meldingar')
  })

  it('says so when a message is not on the phone', async () => {
    const { wrapper } = await mountScreen(`/messages/${anId()}`, { now: NOW })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Fant ikke beskjeden'))
  })
})

describe('the unread count on the navigation', () => {
  async function mountNavigation() {
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push('/')
    return mount(AppBottomNav, { global: { plugins: [createPinia(), createAppI18n('nb'), router] } })
  }

  it('shows how many messages are unread, in words for screen readers', async () => {
    await db.messages.bulkPut([aMessage(), aMessage(), aMessage({ readAt: '2026-11-25T13:00:00.000Z' })])
    const wrapper = await mountNavigation()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="unread-badge"]').exists()).toBe(true))
    const messagesLink = wrapper.findAll('a').find((anchor) => anchor.text().includes('Beskjeder'))
    expect(messagesLink?.text()).toContain('2 uleste beskjeder')
  })

  it('goes away when everything is read', async () => {
    const message = aMessage()
    await db.messages.put(message)
    const wrapper = await mountNavigation()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="unread-badge"]').exists()).toBe(true))
    await db.messages.put({ ...message, readAt: NOW })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="unread-badge"]').exists()).toBe(false))
  })
})
