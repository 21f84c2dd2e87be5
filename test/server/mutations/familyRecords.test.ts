import { describe, expect, it } from 'vitest'
import { aMedication, aMutation, send } from '../support/builders'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

describe('the family’s own records', () => {
  it('keeps a medication list that both parents see, and deletes from it', async () => {
    const mother = await world().family('lunner-forelder-1')
    const father = await world().family('lunner-forelder-2')
    const [ida] = mother.all('recipient')
    const medication = aMedication(ida!.id, { name: 'Omega-3' })
    expect((await send(mother.client, aMutation('upsertMedication', { medication })))[0]?.status).toBe('applied')
    await father.sync()
    expect(father.get('medication', medication.id)).toEqual(medication)
    await send(father.client, aMutation('deleteMedication', { id: medication.id }))
    await mother.sync()
    expect(mother.isDeleted('medication', medication.id)).toBe(true)
  })

  it('records when the medication list was last reviewed, and an older review never moves it back', async () => {
    const family = await world().family('lunner-forelder-3')
    const [child] = family.all('recipient')
    await send(
      family.client,
      aMutation('markMedicationListReviewed', { recipientId: child!.id, at: '2026-11-22T20:00:00.000Z' }),
    )
    await send(
      family.client,
      aMutation('markMedicationListReviewed', { recipientId: child!.id, at: '2026-11-20T20:00:00.000Z' }),
    )
    await family.sync()
    expect(family.get('recipient', child!.id)?.medicationListReviewedAt).toBe('2026-11-22T20:00:00.000Z')
  })

  it('submits a summer respite application with the server’s time of receipt', async () => {
    const family = await world().family('lunner-forelder-1')
    const [ida] = family.all('recipient')
    const applicationId = crypto.randomUUID()
    const periods = [{ from: '2027-07-05', to: '2027-07-16' }]
    const [result] = await send(
      family.client,
      aMutation('submitSummerApplication', {
        applicationId,
        recipientId: ida!.id,
        year: 2027,
        periods,
        message: 'Helst uke 27 og 28.',
      }),
    )
    expect(result?.status).toBe('applied')
    await family.sync()
    expect(family.get('summerApplication', applicationId)).toMatchObject({
      status: 'submitted',
      submittedAt: world().clock.iso(),
      periods,
    })
  })

  it('rejects a summer period that ends before it starts or lies outside the year applied for', async () => {
    const client = await world().as('lunner-forelder-1')
    const [ida] = (await world().family('lunner-forelder-1')).all('recipient')
    const base = { recipientId: ida!.id, year: 2027, message: '' }
    const results = await send(
      client,
      aMutation('submitSummerApplication', {
        ...base,
        applicationId: crypto.randomUUID(),
        periods: [{ from: '2027-07-16', to: '2027-07-05' }],
      }),
      aMutation('submitSummerApplication', {
        ...base,
        applicationId: crypto.randomUUID(),
        periods: [{ from: '2028-07-05', to: '2028-07-16' }],
      }),
    )
    expect(results.map((result) => result.error?.code)).toEqual(['invalid_request', 'invalid_request'])
  })

  it('marks a message read once; a later read from the other phone keeps the first time', async () => {
    const mother = await world().family('lunner-forelder-1')
    const father = await world().as('lunner-forelder-2')
    const unread = mother.all('message').find((message) => message.readAt === null)!
    await send(mother.client, aMutation('markMessageRead', { messageId: unread.id, at: '2026-11-23T08:00:00.000Z' }))
    await send(father, aMutation('markMessageRead', { messageId: unread.id, at: '2026-11-23T09:00:00.000Z' }))
    await mother.sync()
    expect(mother.get('message', unread.id)?.readAt).toBe('2026-11-23T08:00:00.000Z')
  })

  it('answers another household’s recipient, medication or message as not found', async () => {
    const berg = await world().family('lunner-forelder-1')
    const strand = await world().as('gjovik-forelder-1')
    const [ida] = berg.all('recipient')
    const [medication] = berg.all('medication')
    const [message] = berg.all('message')
    const results = await send(
      strand,
      aMutation('upsertMedication', { medication: aMedication(ida!.id) }),
      aMutation('upsertMedication', { medication: { ...medication!, name: 'Kapret' } }),
      aMutation('deleteMedication', { id: medication!.id }),
      aMutation('markMedicationListReviewed', { recipientId: ida!.id, at: '2026-11-23T08:00:00.000Z' }),
      aMutation('markMessageRead', { messageId: message!.id, at: '2026-11-23T08:00:00.000Z' }),
      aMutation('submitSummerApplication', {
        applicationId: crypto.randomUUID(),
        recipientId: ida!.id,
        year: 2027,
        periods: [{ from: '2027-07-05', to: '2027-07-09' }],
        message: '',
      }),
    )
    expect(results.every((result) => result.status === 'rejected' && result.error?.code === 'not_found')).toBe(true)
    const after = await world().family('lunner-forelder-1')
    expect(after.records).toEqual(berg.records)
  })
})
