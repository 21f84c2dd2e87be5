// Two parents editing the same medication list, "about me" card and packing items through the real engine (sync rule 8),
// and the municipality's rules reaching a phone with one pull (sync rule 10).
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { perform } from '../../../src/family/db/outbox'
import { keepMyVersion, keepTheirVersion } from '../../../src/family/sync/conflictChoice'
import { readSession } from '../../../src/family/sync/sessionOnDevice'
import { aMedication } from '../../unit/sync/builders'
import { anAboutMeCard } from '../../support/packingBuilders'
import { aStaffClient } from './support/staffClient'
import { deviceView, serverView } from './support/syncWorld'
import { syncTestFile } from './support/syncTestFile'

const { time, world } = syncTestFile()

async function bothParents() {
  const mother = await world.aSignedInDevice('lunner-forelder-1')
  const father = await world.aSignedInDevice('lunner-forelder-2')
  for (const device of [mother, father]) device.engine.start()
  await mother.engine.syncNow()
  await father.engine.syncNow()
  const recipient = (await mother.db.recipients.toArray())[0]!
  const medication = aMedication({ recipientId: recipient.id, name: 'Melatonin' })
  await perform(mother.db, 'upsertMedication', { medication }, time)
  await mother.engine.syncNow()
  await father.engine.syncNow()
  return { mother, father, medication }
}

describe('a medicine both parents change', () => {
  it('stays deleted when the other parent’s older offline edit arrives after the delete, and shows both', async () => {
    const { mother, father, medication } = await bothParents()
    father.online = false
    await perform(father.db, 'upsertMedication', { medication: { ...medication, dose: '2 tabletter' } }, time)
    await perform(mother.db, 'deleteMedication', { id: medication.id }, time)
    await mother.engine.syncNow()
    father.online = true
    await father.engine.syncNow()

    const [conflict] = await father.db.rejections.toArray()
    expect(conflict).toMatchObject({ code: 'conflict', current: { deleted: true, data: null } })
    expect(await father.db.medications.get(medication.id)).toBeUndefined()
    await keepTheirVersion(father.db, conflict!.id)
    await father.engine.syncNow()
    await mother.engine.syncNow()
    const onServer = await serverView(world.server, 'lunner-forelder-1')
    expect(onServer.medication[medication.id]).toBeUndefined()
    expect(await deviceView(father.db)).toEqual(onServer)
    expect(await deviceView(mother.db)).toEqual(onServer)
  })

  it('keeps both changes, with no question, when one parent changed the time and the other, offline, the note', async () => {
    const { mother, father, medication } = await bothParents()
    father.online = false
    await perform(father.db, 'upsertMedication', { medication: { ...medication, notes: 'Knuses i yoghurt' } }, time)
    await perform(mother.db, 'upsertMedication', { medication: { ...medication, times: ['20:00'] } }, time)
    await mother.engine.syncNow()
    father.online = true
    await father.engine.syncNow()
    await mother.engine.syncNow()

    const both = { ...medication, times: ['20:00'], notes: 'Knuses i yoghurt' }
    expect(await father.db.medications.get(medication.id)).toEqual(both)
    expect(await mother.db.medications.get(medication.id)).toEqual(both)
    expect(await father.db.rejections.count()).toBe(0)
  })

  it('asks only about the time both changed, and tells the other parent when the first keeps their own', async () => {
    const { mother, father, medication } = await bothParents()
    father.online = false
    await perform(
      father.db,
      'upsertMedication',
      { medication: { ...medication, times: ['21:00'], notes: 'Med mat' } },
      time,
    )
    await perform(mother.db, 'upsertMedication', { medication: { ...medication, times: ['20:00'] } }, time)
    await mother.engine.syncNow()
    father.online = true
    await father.engine.syncNow()
    const [conflict] = await father.db.rejections.toArray()
    expect(conflict).toMatchObject({ code: 'conflict', fields: [{ field: 'times', by: 'Hanne Berg' }] })
    expect(await father.db.medications.get(medication.id)).toMatchObject({ times: ['20:00'], notes: 'Med mat' })

    await keepMyVersion(father.db, conflict!.id, time)
    await father.engine.syncNow()
    await mother.engine.syncNow()
    expect(await mother.db.medications.get(medication.id)).toEqual({
      ...medication,
      times: ['21:00'],
      notes: 'Med mat',
    })
    const hanne = (await readSession(mother.db))!.user.id
    expect(await mother.db.replacedEdits.toArray()).toEqual([
      expect.objectContaining({
        recordId: medication.id,
        field: 'times',
        replaced: ['20:00'],
        kept: ['21:00'],
        userId: hanne,
      }),
    ])
    expect(await father.db.rejections.filter((rejection) => !rejection.seen).count()).toBe(0)
  })

  it('applies two edits in a row made on one phone while offline, without a conflict', async () => {
    const { father, medication } = await bothParents()
    father.online = false
    await perform(father.db, 'upsertMedication', { medication: { ...medication, dose: '2 tabletter' } }, time)
    await perform(father.db, 'upsertMedication', { medication: { ...medication, dose: '4 tabletter' } }, time)
    father.online = true
    await father.engine.syncNow()
    expect(await father.db.rejections.count()).toBe(0)
    expect((await father.db.medications.get(medication.id))?.dose).toBe('4 tabletter')
  })
})

describe('an "about me" card both parents change', () => {
  it('keeps the parent’s own card when they choose it over the other parent’s edit', async () => {
    const { mother, father } = await bothParents()
    const recipient = (await mother.db.recipients.toArray())[0]!
    const card = anAboutMeCard(recipient.id)
    await perform(mother.db, 'upsertAboutMe', { aboutMe: card }, time)
    await mother.engine.syncNow()
    await father.engine.syncNow()
    father.online = false
    const mine = { ...card, sleep: 'Sovner med musikk.' }
    await perform(father.db, 'upsertAboutMe', { aboutMe: mine }, time)
    await perform(mother.db, 'upsertAboutMe', { aboutMe: { ...card, sleep: 'Legger seg kl. 20.00.' } }, time)
    await mother.engine.syncNow()
    father.online = true
    await father.engine.syncNow()
    const [conflict] = await father.db.rejections.toArray()
    expect(conflict).toMatchObject({
      code: 'conflict',
      current: { entity: 'aboutMe', data: { sleep: 'Legger seg kl. 20.00.' } },
    })

    await keepMyVersion(father.db, conflict!.id, time)
    await father.engine.syncNow()
    await mother.engine.syncNow()
    expect(await mother.db.aboutMe.get(card.id)).toEqual(mine)
    expect(await father.db.aboutMe.get(card.id)).toEqual(mine)
    expect(await father.db.rejections.filter((rejection) => !rejection.seen).count()).toBe(0)
  })
})

describe('the municipality’s rules on the phone', () => {
  it('arrive with the next sync after staff change them, even a change that sends no message', async () => {
    const phone = await world.aSignedInDevice('gjovik-forelder-1')
    phone.engine.start()
    await phone.engine.syncNow()
    const staff = await aStaffClient(world.server, 'gjovik-ansatt')
    const contacts = [{ name: 'Vakttelefon', phone: '+47 400 09 999', email: null }]
    expect((await staff.request('PUT', '/staff/municipality', { contacts })).status).toBe(200)
    await phone.engine.syncNow()
    expect((await phone.db.municipality.toArray())[0]?.contacts).toEqual(contacts)
  })
})
