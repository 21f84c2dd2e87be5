import { describe, expect, it } from 'vitest'
import { AccessLogEntry } from '../../../src/protocol'
import { StaffFamilyThread } from '../../../src/protocol/routes/familyThreadRoutes'
import { aMutation, send } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { pageAt } from './support/staffPages'

const world = useTestServer({ demo: true })

async function aThreadFrom(username: string, body = 'Kan Ida få ha med seg nettbrettet sitt på avlastning?') {
  const family = await world().family(username)
  const [child] = family.all('recipient')
  const messageId = crypto.randomUUID()
  const mutation = aMutation('sendFamilyMessage', { messageId, threadId: messageId, recipientId: child!.id, body })
  const [result] = await send(family.client, mutation)
  return { family, child: child!, messageId, mutation, result }
}

describe('a family writing to the office outside a change request', () => {
  it('keeps the message with the parent’s name and the time the server received it, for both parents', async () => {
    const { messageId, result } = await aThreadFrom('lunner-forelder-1')
    expect(result?.status).toBe('applied')
    const father = await world().family('lunner-forelder-2')
    const message = father.get('familyMessage', messageId)
    expect(message).toMatchObject({ threadId: messageId, authorName: expect.stringMatching(/\S/) })
    expect(Date.parse(message!.sentAt)).toBeLessThanOrEqual(Date.now())
  })

  it('is stored once when the same mutation is sent again', async () => {
    const { family, messageId, mutation } = await aThreadFrom('lunner-forelder-1')
    const [again] = await send(family.client, mutation)
    expect(again?.status).toBe('duplicate')
    await family.sync()
    expect(family.all('familyMessage').filter((message) => message.id === messageId)).toHaveLength(1)
  })

  it('refuses a word in another household’s thread as not found', async () => {
    const { messageId } = await aThreadFrom('lunner-forelder-1')
    const other = await world().family('lunner-forelder-3')
    const ownId = crypto.randomUUID()
    const [result] = await send(
      other.client,
      aMutation('sendFamilyMessage', { messageId: ownId, threadId: messageId, recipientId: null, body: 'Hei' }),
    )
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'not_found' } })
  })

  it('refuses an empty message', async () => {
    const family = await world().family('lunner-forelder-1')
    const messageId = crypto.randomUUID()
    const [result] = await send(
      family.client,
      aMutation('sendFamilyMessage', { messageId, threadId: messageId, recipientId: null, body: '   ' }),
    )
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'invalid_request' } })
  })
})

describe('the office answering what families wrote', () => {
  it('lists a new thread as waiting, named by the household and the child, and logs the read', async () => {
    const { messageId, child } = await aThreadFrom('lunner-forelder-1')
    const staff = await world().as('lunner-ansatt')
    const page = await pageAt(staff, '/staff/family-threads', StaffFamilyThread, { state: 'waiting' })
    const thread = page.items.find((item) => item.threadId === messageId)
    expect(thread).toMatchObject({
      waiting: true,
      recipient: { id: child.id, name: child.name },
      entries: [{ id: messageId, from: 'family', body: 'Kan Ida få ha med seg nettbrettet sitt på avlastning?' }],
    })
    expect(thread!.householdName).not.toBe('')
    const log = await pageAt(staff, '/staff/access-log', AccessLogEntry, { householdId: thread!.householdId })
    expect(log.items.some((entry) => entry.action === 'staffListFamilyThreads')).toBe(true)
  })

  it('sends the answer to the family as a message signed by the member of staff, once however often it is sent', async () => {
    const { family, messageId } = await aThreadFrom('lunner-forelder-1')
    const staff = await world().as('lunner-ansatt')
    const reply = { id: crypto.randomUUID(), body: 'Ja, det går fint. Husk lader.' }
    const first = await staff.post(`/staff/family-threads/${messageId}/replies`, reply)
    expect(first.status).toBe(201)
    const again = await staff.post(`/staff/family-threads/${messageId}/replies`, reply)
    expect(again.status).toBe(201)
    const thread = StaffFamilyThread.parse(again.body)
    expect(thread.waiting).toBe(false)
    expect(thread.entries.map((entry) => [entry.from, entry.body])).toEqual([
      ['family', 'Kan Ida få ha med seg nettbrettet sitt på avlastning?'],
      ['office', 'Ja, det går fint. Husk lader.'],
    ])
    await family.sync()
    const answers = family.all('message').filter((message) => message.replyTo === messageId)
    expect(answers).toEqual([
      expect.objectContaining({ id: reply.id, kind: 'notice', body: reply.body, sentBy: expect.stringMatching(/\S/) }),
    ])
    const answered = await pageAt(staff, '/staff/family-threads', StaffFamilyThread, { state: 'answered' })
    expect(answered.items.map((item) => item.threadId)).toContain(messageId)
  })

  it('puts a thread back among the waiting when the family writes again after the answer', async () => {
    const { family, messageId } = await aThreadFrom('lunner-forelder-1')
    const staff = await world().as('lunner-ansatt')
    await staff.post(`/staff/family-threads/${messageId}/replies`, { id: crypto.randomUUID(), body: 'Ja.' })
    const followUp = crypto.randomUUID()
    await send(
      family.client,
      aMutation('sendFamilyMessage', { messageId: followUp, threadId: messageId, recipientId: null, body: 'Takk!' }),
    )
    const page = await pageAt(staff, '/staff/family-threads', StaffFamilyThread, { state: 'waiting' })
    expect(page.items.find((item) => item.threadId === messageId)?.entries.map((entry) => entry.body)).toEqual([
      'Kan Ida få ha med seg nettbrettet sitt på avlastning?',
      'Ja.',
      'Takk!',
    ])
  })

  it('answers another municipality’s thread as not found, and lists none of it', async () => {
    const { messageId } = await aThreadFrom('lunner-forelder-1')
    const gjovik = await world().as('gjovik-ansatt')
    const answer = await gjovik.post(`/staff/family-threads/${messageId}/replies`, {
      id: crypto.randomUUID(),
      body: 'Hei',
    })
    expect(answer.status).toBe(404)
    const page = await pageAt(gjovik, '/staff/family-threads', StaffFamilyThread, {})
    expect(page.items.map((item) => item.threadId)).not.toContain(messageId)
  })

  it('lets read-only staff read the threads but not answer them', async () => {
    const { messageId } = await aThreadFrom('lunner-forelder-1')
    const readOnly = await world().as('lunner-lesetilgang')
    const answer = await readOnly.post(`/staff/family-threads/${messageId}/replies`, {
      id: crypto.randomUUID(),
      body: 'Hei',
    })
    expect(answer.status).toBe(403)
  })

  it('refuses an empty answer with the error shape', async () => {
    const { messageId } = await aThreadFrom('lunner-forelder-1')
    const staff = await world().as('lunner-ansatt')
    const answer = await staff.post(`/staff/family-threads/${messageId}/replies`, {
      id: crypto.randomUUID(),
      body: ' ',
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ error: { code: 'invalid_request' } })
  })
})
