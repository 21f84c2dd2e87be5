// The inbox words the municipality's messages from their facts in the family's language: which stay,
// whose and when, so two cancellations are told apart; the staff's own note is shown as written.
import { describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/family/db/database'
import type { Message, MessageFacts } from '../../../src/protocol'
import { anId, aRecipient } from '../../support/builders'
import { mountScreen } from '../support/mountScreen'

const NOW = '2026-11-26T09:00:00.000Z'
const ida = aRecipient({ name: 'Ida' })
const emma = aRecipient({ name: 'Emma' })

function aCancellationMessage(recipientId: string, start: string, end: string, note: string | null = null): Message {
  const stayId = anId()
  const facts: MessageFacts = {
    kind: 'stayCancelled',
    stayId,
    recipientId,
    start,
    end,
    placeName: 'Solsikken avlastningshjem',
    note,
  }
  return {
    id: anId(),
    kind: 'stayCancelled',
    title: 'Opphold avlyst',
    body: 'Oppholdet er avlyst av kommunen.',
    stayId,
    changeRequestId: null,
    createdAt: '2026-11-25T12:00:00.000Z',
    readAt: null,
    facts,
  }
}

const first = aCancellationMessage(
  ida.id,
  '2026-12-11T15:00:00.000Z',
  '2026-12-13T15:00:00.000Z',
  'Sykdom i personalet.',
)
const second = aCancellationMessage(emma.id, '2026-12-18T15:00:00.000Z', '2026-12-20T15:00:00.000Z')

async function inboxIn(locale: 'nb' | 'nn' | 'en') {
  await db.recipients.bulkPut([ida, emma])
  await db.messages.bulkPut([first, second])
  const { wrapper } = await mountScreen('/messages', { now: NOW, locale })
  await vi.waitFor(() => expect(wrapper.findAll('article')).toHaveLength(2))
  await vi.waitFor(() => expect(wrapper.text()).toContain('Ida'))
  return wrapper.findAll('h3').map((title) => title.text())
}

async function messagePageIn(locale: 'nb' | 'nn' | 'en') {
  await db.recipients.bulkPut([ida, emma])
  await db.messages.put(first)
  const { wrapper } = await mountScreen(`/messages/${first.id}`, { now: NOW, locale })
  await vi.waitFor(() => expect(wrapper.find('h2#message-title').text()).toContain('Ida'))
  return wrapper
}

describe('messages worded from their facts', () => {
  it('tells two cancellations apart by dates and child in Bokmål', async () => {
    expect((await inboxIn('nb')).sort()).toEqual([
      'Oppholdet 11.–13. desember for Ida er avlyst',
      'Oppholdet 18.–20. desember for Emma er avlyst',
    ])
  })

  it('tells two cancellations apart by dates and child in Nynorsk', async () => {
    expect((await inboxIn('nn')).sort()).toEqual([
      'Opphaldet 11.–13. desember for Ida er avlyst',
      'Opphaldet 18.–20. desember for Emma er avlyst',
    ])
  })

  it('tells two cancellations apart by dates and child in English', async () => {
    // ICU sets thin spaces around the dash in English ranges.
    const [idaTitle, emmaTitle] = (await inboxIn('en')).sort()
    expect(idaTitle).toMatch(/^The stay 11\s–\s13 December for Ida is cancelled$/)
    expect(emmaTitle).toMatch(/^The stay 18\s–\s20 December for Emma is cancelled$/)
  })

  it('words the message page in Bokmål, with the staff’s note as written under it', async () => {
    const page = await messagePageIn('nb')
    expect(page.text()).toContain('hos Solsikken avlastningshjem er avlyst av kommunen.')
    expect(page.text()).toContain('fre. 11.12. 16.00')
    expect(page.text()).toContain('Beskjed fra kommunen')
    expect(page.text()).toContain('Sykdom i personalet.')
  })

  it('words the message page in Nynorsk, never in the stored Bokmål', async () => {
    const page = await messagePageIn('nn')
    expect(page.find('h2#message-title').text()).toBe('Opphaldet 11.–13. desember for Ida er avlyst')
    expect(page.text()).toContain('hos Solsikken avlastningshjem er avlyst av kommunen.')
    expect(page.text()).toContain('Beskjed frå kommunen')
    expect(page.text()).not.toContain('Oppholdet er avlyst av kommunen.')
  })

  it('words the message page in English, keeping the staff’s Norwegian note as written', async () => {
    const page = await messagePageIn('en')
    expect(page.find('h2#message-title').text()).toMatch(/^The stay 11\s–\s13 December for Ida is cancelled$/)
    expect(page.text()).toContain('The municipality has cancelled the stay')
    expect(page.text()).toContain('Message from the municipality')
    expect(page.text()).toContain('Sykdom i personalet.')
  })

  it('keeps the stored text of a message that came without facts', async () => {
    const old = { ...first, id: anId(), title: 'Opphold avlyst', body: 'Oppholdet fredag er avlyst.', facts: undefined }
    await db.messages.put(old)
    const { wrapper } = await mountScreen(`/messages/${old.id}`, { now: NOW })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Oppholdet fredag er avlyst.'))
    expect(wrapper.find('h2#message-title').text()).toBe('Opphold avlyst')
  })
})
