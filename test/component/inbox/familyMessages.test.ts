// Writing to the office from Messages, with no network: the thread, what is not sent yet, and the answers.
import { vi, describe, expect, it } from 'vitest'
import { db } from '../../../src/family/db/database'
import type { FamilyMessage, Message } from '../../../src/protocol'
import { aRecipient, anId } from '../../support/builders'
import { mountScreen } from '../support/mountScreen'

const NOW = '2026-11-26T09:00:00.000Z'

function aFamilyMessage(overrides: Partial<FamilyMessage> = {}): FamilyMessage {
  const id = overrides.id ?? anId()
  return {
    id,
    threadId: id,
    recipientId: null,
    body: 'Kan Ida ha med seg nettbrettet?',
    authorName: 'Hanne Berg',
    sentAt: '2026-11-25T08:00:00.000Z',
    ...overrides,
  }
}

function anAnswer(threadId: string, overrides: Partial<Message> = {}): Message {
  return {
    id: anId(),
    kind: 'notice',
    body: 'Ja, husk laderen.',
    stayId: null,
    changeRequestId: null,
    createdAt: '2026-11-25T12:00:00.000Z',
    readAt: null,
    facts: null,
    replyTo: threadId,
    sentBy: 'Lise Lunde',
    ...overrides,
  }
}

describe('writing to the office', () => {
  it('saves a new message on the phone, queues it, and opens its thread saying it is not sent yet', async () => {
    const { wrapper, router } = await mountScreen('/messages/new', { now: NOW })
    await vi.waitFor(() => expect(wrapper.find('textarea').exists()).toBe(true))
    await wrapper.find('textarea').setValue('Vi flytter 1. januar. Ny adresse kommer.')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('familyThread'))
    const [queued] = await db.outbox.toArray()
    expect(queued).toMatchObject({
      name: 'sendFamilyMessage',
      args: { body: 'Vi flytter 1. januar. Ny adresse kommer.', recipientId: null },
    })
    expect(queued!.name === 'sendFamilyMessage' && queued!.args.threadId).toBe(
      router.currentRoute.value.params.threadId,
    )
    await vi.waitFor(() => expect(wrapper.text()).toContain('Vi flytter 1. januar. Ny adresse kommer.'))
    expect(wrapper.text()).toContain('Ikke sendt ennå')
    expect(wrapper.text()).toContain('Du')
  })

  it('refuses an empty message with a message tied to the field, and queues nothing', async () => {
    const { wrapper } = await mountScreen('/messages/new', { now: NOW })
    await vi.waitFor(() => expect(wrapper.find('textarea').exists()).toBe(true))
    await wrapper.find('textarea').setValue('   ')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').text()).toBe('Skriv en melding før du sender.'))
    const textarea = wrapper.find('textarea')
    expect(textarea.attributes('aria-invalid')).toBe('true')
    expect(textarea.attributes('aria-describedby')).toBe(wrapper.find('[role="alert"]').attributes('id'))
    expect(await db.outbox.count()).toBe(0)
  })

  it('lets a parent choose the child the message is about', async () => {
    await db.recipients.put(aRecipient({ name: 'Ida' }))
    const { wrapper } = await mountScreen('/messages/new', { now: NOW })
    await vi.waitFor(() => expect(wrapper.find('select').text()).toContain('Ida'))
    const [ida] = await db.recipients.toArray()
    await wrapper.find('select').setValue(ida!.id)
    await wrapper.find('textarea').setValue('Ida har fått ny rullestol.')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect((await db.outbox.toArray())[0]?.args).toMatchObject({ recipientId: ida!.id }))
  })
})

describe('a thread with the office', () => {
  it('shows the office’s answer signed by the member of staff, and reads it when opened', async () => {
    const first = aFamilyMessage()
    const answer = anAnswer(first.id)
    await db.familyMessages.put(first)
    await db.messages.put(answer)
    const { wrapper } = await mountScreen(`/messages/threads/${first.id}`, { now: NOW })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Ja, husk laderen.'))
    const entries = wrapper.findAll('li')
    expect(entries[0]?.text()).toContain('Hanne Berg')
    expect(entries[1]?.text()).toContain('Lise Lunde')
    expect(wrapper.text()).toContain('Kommunen har svart')
    await vi.waitFor(async () => expect((await db.messages.get(answer.id))?.readAt).toBe(NOW))
  })

  it('is listed in Messages with its first words and its new answers, and the answer in the inbox names who wrote it', async () => {
    const first = aFamilyMessage()
    await db.familyMessages.put(first)
    await db.messages.put(anAnswer(first.id))
    const { wrapper } = await mountScreen('/messages', { now: NOW })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Kan Ida ha med seg nettbrettet?'))
    expect(wrapper.text()).toContain('1 nytt svar')
    expect(wrapper.text()).toContain('Svar fra Lise Lunde')
  })

  it('says the thread waits for an answer when the family wrote last', async () => {
    await db.familyMessages.put(aFamilyMessage())
    const { wrapper } = await mountScreen('/messages', { now: NOW })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Venter på svar'))
  })

  it('is worded in English when the app is', async () => {
    const first = aFamilyMessage()
    await db.familyMessages.put(first)
    await db.messages.put(anAnswer(first.id, { sentBy: undefined }))
    const { wrapper } = await mountScreen('/messages', { now: NOW, locale: 'en' })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Your messages to the municipality'))
    expect(wrapper.text()).toContain('Answer from the municipality')
    expect(wrapper.text()).toContain('Write to the municipality')
  })
})
