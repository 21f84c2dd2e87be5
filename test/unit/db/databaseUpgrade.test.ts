import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { PusteromDatabase } from '../../../src/family/db/database'
import { upcomingStays } from '../../../src/family/db/stayQueries'
import { aRecipient, aStay } from '../../support/builders'
import { aMedication, anAboutMeCard } from '../../support/packingBuilders'

const names: string[] = []
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)))
})

/** The device database as version 1 of the app left it (or version 2, which added "about me" cards). */
function shipped(name: string, version: 1 | 2 = 1): Dexie {
  const old = new Dexie(name)
  if (version === 2) old.version(2).stores({ aboutMe: 'id, recipientId' })
  old.version(1).stores({
    municipality: 'id',
    places: 'id',
    recipients: 'id',
    decisions: 'id, recipientId',
    stays: 'id, start, [recipientId+start], status',
    changeRequests: 'id, stayId, status',
    messages: 'id, createdAt, stayId',
    checklistItems: 'id, recipientId, stayId',
    packing: 'id, stayId, itemId',
    medications: 'id, recipientId',
    summerApplications: 'id, recipientId, year',
    outbox: '++seq, &id',
    rejections: 'id, rejectedAt',
    syncState: 'key',
    meta: 'key',
  })
  return old
}

describe('updating the app on a phone that already holds a family’s data', () => {
  it('keeps every medication, child, unsent change and the session, and adds room for "about me" cards and replaced edits', async () => {
    const name = `upgrade-${Date.now()}`
    names.push(name)
    const emma = aRecipient({ name: 'Emma' })
    const medication = aMedication({ recipientId: emma.id, name: 'Orfiril' })
    const old = shipped(name)
    await old.table('recipients').put(emma)
    await old.table('medications').put(medication)
    await old.table('meta').put({ key: 'session', value: { token: 't' } })
    await old.table('outbox').add({ id: 'm1', name: 'deleteMedication', args: { id: medication.id }, attempts: 0 })
    old.close()

    const upgraded = new PusteromDatabase(name)
    expect(await upgraded.recipients.toArray()).toEqual([emma])
    expect(await upgraded.medications.toArray()).toEqual([medication])
    expect(await upgraded.meta.get('session')).toEqual({ key: 'session', value: { token: 't' } })
    expect(await upgraded.outbox.count()).toBe(1)
    expect(await upgraded.aboutMe.where('recipientId').equals(emma.id).count()).toBe(0)
    expect(await upgraded.replacedEdits.count()).toBe(0)
    upgraded.close()
  })
  it('keeps the "about me" cards of version 2 and adds room for replaced edits', async () => {
    const name = `upgrade-v2-${Date.now()}`
    names.push(name)
    const emma = aRecipient({ name: 'Emma' })
    const card = anAboutMeCard(emma.id)
    const old = shipped(name, 2)
    await old.table('recipients').put(emma)
    await old.table('aboutMe').put(card)
    await old.table('outbox').add({ id: 'm1', name: 'markMessageRead', args: { id: 'x' }, attempts: 0 })
    old.close()

    const upgraded = new PusteromDatabase(name)
    expect(await upgraded.aboutMe.where('recipientId').equals(emma.id).toArray()).toEqual([card])
    expect(await upgraded.recipients.toArray()).toEqual([emma])
    expect(await upgraded.outbox.count()).toBe(1)
    expect(await upgraded.replacedEdits.count()).toBe(0)
    upgraded.close()
  })
  it('keeps every stay, still found by the agenda, and no longer indexes their status, which no query reads', async () => {
    const name = `upgrade-stays-${Date.now()}`
    names.push(name)
    const emma = aRecipient({ name: 'Emma' })
    const stay = aStay({
      recipientId: emma.id,
      placeId: 'p1',
      start: '2030-03-01T15:00:00Z',
      end: '2030-03-03T15:00:00Z',
    })
    const old = shipped(name)
    await old.table('stays').put(stay)
    old.close()

    const upgraded = new PusteromDatabase(name)
    expect(await upcomingStays(upgraded, '2030-01-01T00:00:00Z', 10, emma.id)).toEqual([stay])
    expect(await upcomingStays(upgraded, '2030-01-01T00:00:00Z', 10)).toEqual([stay])
    expect(upgraded.stays.schema.indexes.map((index) => index.name)).toEqual(['start', '[recipientId+start]'])
    upgraded.close()
  })
})
