import { afterEach, describe, expect, it, vi } from 'vitest'
import AppEditConflictNotice from '../../../src/family/components/app/AppEditConflictNotice.vue'
import { db, type Rejection } from '../../../src/family/db/database'
import type { AboutMe, Medication } from '../../../src/protocol'
import { aMedication, anAboutMeCard } from '../../support/packingBuilders'
import { mountWithApp } from '../packing/mountWithApp'

const recipientId = crypto.randomUUID()
let unmount: (() => void) | undefined
afterEach(() => unmount?.())

function aConflict(mine: Medication, theirs: Medication | null, version = 41): Rejection {
  return {
    id: crypto.randomUUID(),
    name: 'upsertMedication',
    args: { medication: mine, baseVersion: 7 },
    code: 'conflict',
    message: 'Den andre forelderen har endret denne medisinen i mellomtiden.',
    current: { entity: 'medication', id: mine.id, version, deleted: theirs === null, data: theirs },
    rejectedAt: '2026-11-26T18:00:00.000Z',
    seen: false,
  }
}

async function open() {
  const mounted = await mountWithApp(AppEditConflictNotice, {})
  unmount = () => mounted.wrapper.unmount()
  return mounted.wrapper
}

function button(wrapper: Awaited<ReturnType<typeof open>>, text: string) {
  return wrapper.findAll('button').find((candidate) => candidate.text() === text)!
}

describe('an edit that met the other parent’s change', () => {
  it('shows both versions of the medicine side by side', async () => {
    const medication = aMedication({ recipientId, name: 'Melatonin', dose: '1 tablett' })
    await db.rejections.put(aConflict({ ...medication, dose: '2 tabletter' }, { ...medication, dose: '3 tabletter' }))
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Den andre forelderen endret det samme'))
    expect(wrapper.text()).toContain('Din versjon')
    expect(wrapper.text()).toContain('2 tabletter')
    expect(wrapper.text()).toContain('3 tabletter')
  })

  it('says the other parent deleted it, and sends mine again as an edit of the deletion when I keep mine', async () => {
    const medication = aMedication({ recipientId, name: 'Melatonin' })
    const conflict = aConflict(medication, null, 52)
    await db.rejections.put(conflict)
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Slettet av den andre forelderen.'))
    await button(wrapper, 'Behold min').trigger('click')
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1))
    expect((await db.outbox.toArray())[0]).toMatchObject({
      name: 'upsertMedication',
      args: { medication, baseVersion: 52 },
    })
    expect(await db.medications.get(medication.id)).toEqual(medication)
    await vi.waitFor(() => expect(wrapper.text()).not.toContain('Din versjon'))
  })

  it('drops my edit when I keep theirs, sending nothing', async () => {
    const medication = aMedication({ recipientId })
    await db.rejections.put(aConflict(medication, { ...medication, notes: 'Gis med mat' }))
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Gis med mat'))
    await button(wrapper, 'Behold deres').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).not.toContain('Din versjon'))
    expect(await db.outbox.count()).toBe(0)
  })
})

function anAboutMeConflict(mine: AboutMe, theirs: AboutMe, version = 12): Rejection {
  return {
    id: crypto.randomUUID(),
    name: 'upsertAboutMe',
    args: { aboutMe: mine, baseVersion: 4 },
    code: 'conflict',
    message: 'Den andre forelderen har endret kortet i mellomtiden.',
    current: { entity: 'aboutMe', id: mine.id, version, deleted: false, data: theirs },
    rejectedAt: '2026-11-26T18:00:00.000Z',
    seen: false,
  }
}

describe('an "about me" card both parents edited', () => {
  it('shows both versions of the card, and sends mine again on top of theirs when I keep mine', async () => {
    const card = anAboutMeCard(recipientId)
    const mine = { ...card, sleep: 'Sovner med musikk.' }
    await db.rejections.put(anAboutMeConflict(mine, { ...card, sleep: 'Legger seg kl. 20.00.' }, 12))
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Den andre forelderen endret det samme'))
    expect(wrapper.text()).toContain('Sovner med musikk.')
    expect(wrapper.text()).toContain('Legger seg kl. 20.00.')
    expect(wrapper.text()).toContain('Søvn')

    await button(wrapper, 'Behold min').trigger('click')
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1))
    expect((await db.outbox.toArray())[0]).toMatchObject({
      name: 'upsertAboutMe',
      args: { aboutMe: mine, baseVersion: 12 },
    })
    expect(await db.aboutMe.get(card.id)).toEqual(mine)
    await vi.waitFor(() => expect(wrapper.text()).not.toContain('Din versjon'))
  })

  it('drops my edit of the card when I keep theirs, sending nothing', async () => {
    const card = anAboutMeCard(recipientId)
    await db.rejections.put(anAboutMeConflict({ ...card, food: 'Glutenfritt.' }, card))
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Glutenfritt.'))
    await button(wrapper, 'Behold deres').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).not.toContain('Din versjon'))
    expect(await db.outbox.count()).toBe(0)
  })
})
