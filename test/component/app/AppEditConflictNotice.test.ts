import { afterEach, describe, expect, it, vi } from 'vitest'
import AppEditConflictNotice from '../../../src/family/components/app/AppEditConflictNotice.vue'
import { db, type Rejection } from '../../../src/family/db/database'
import type { AboutMe, FieldConflict, Medication } from '../../../src/protocol'
import type { Locale } from '../../../src/protocol/locale'
import { aMedication, anAboutMeCard } from '../../support/packingBuilders'
import { mountWithApp } from '../packing/mountWithApp'

const recipientId = crypto.randomUUID()
let unmount: (() => void) | undefined
afterEach(() => unmount?.())

const melatonin = aMedication({ recipientId, name: 'Melatonin', times: ['19:30'], notes: '' })
/** Hanne moved it to 20.00; Eirik, offline, to 21.00 with a note: the note is saved, the time asked. */
const hannes = { ...melatonin, times: ['20:00'], notes: 'Knuses i yoghurt' }
const eiriks = { ...melatonin, times: ['21:00'], notes: 'Knuses i yoghurt' }

function aConflict(mine: Medication, theirs: Medication | null, fields?: FieldConflict[]): Rejection {
  return {
    id: crypto.randomUUID(),
    name: 'upsertMedication',
    args: { medication: mine, base: melatonin },
    code: 'conflict',
    message: 'Den andre forelderen har endret denne medisinen i mellomtiden.',
    current: { entity: 'medication', id: mine.id, version: 41, deleted: theirs === null, data: theirs },
    ...(fields ? { fields } : {}),
    rejectedAt: '2026-11-26T18:00:00.000Z',
    seen: false,
  }
}

const timesByHanne: FieldConflict[] = [{ field: 'times', by: 'Hanne Berg', at: '2026-11-26T17:00:00.000Z' }]

async function open(locale: Locale = 'nb') {
  const mounted = await mountWithApp(AppEditConflictNotice, {}, undefined, locale)
  unmount = () => mounted.wrapper.unmount()
  return mounted.wrapper
}

function button(wrapper: Awaited<ReturnType<typeof open>>, text: string) {
  return wrapper.findAll('button').find((candidate) => candidate.text() === text)!
}

describe('an edit whose field the other parent changed too', () => {
  it('names the medicine and the time, with my value and the other parent’s by name, and nothing else', async () => {
    await db.rejections.put(aConflict(eiriks, hannes, timesByHanne))
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Melatonin: endret på to telefoner'))
    const field = wrapper.find('.edit-conflict__field')
    expect(field.find('dt').text()).toBe('Tidspunkt')
    expect(field.findAll('dd').map((value) => value.text())).toEqual(['Din: 21.00', 'Hanne Berg: 20.00'])
    expect(wrapper.findAll('.edit-conflict__field')).toHaveLength(1)
    expect(wrapper.text()).not.toContain('Knuses i yoghurt')
  })

  it('speaks the family’s language, field and values too', async () => {
    await db.rejections.put(aConflict(eiriks, hannes, timesByHanne))
    const wrapper = await open('en')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Melatonin: changed on two phones'))
    expect(wrapper.find('.edit-conflict__field').text()).toContain('Yours: 21:00')
    expect(wrapper.text()).toContain('Keep mine')
  })

  it('sends my time again on top of the version I was shown when I keep mine', async () => {
    await db.rejections.put(aConflict(eiriks, hannes, timesByHanne))
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Tidspunkt'))
    await button(wrapper, 'Behold min').trigger('click')
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1))
    expect((await db.outbox.toArray())[0]).toMatchObject({
      name: 'upsertMedication',
      args: { medication: { ...hannes, times: ['21:00'] }, base: hannes, keepsMine: true },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="edit-conflict"]').exists()).toBe(false))
  })

  it('drops my time when I keep theirs, sending nothing', async () => {
    await db.rejections.put(aConflict(eiriks, hannes, timesByHanne))
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Tidspunkt'))
    await button(wrapper, 'Behold deres').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="edit-conflict"]').exists()).toBe(false))
    expect(await db.outbox.count()).toBe(0)
  })

  it('asks about every field that differs for an edit sent before the app was updated', async () => {
    const old = { ...aConflict({ ...melatonin, dose: '2 tabletter' }, { ...melatonin, dose: '3 tabletter' }) }
    await db.rejections.put({ ...old, args: { medication: { ...melatonin, dose: '2 tabletter' }, baseVersion: 7 } })
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Dose'))
    expect(wrapper.find('.edit-conflict__field').text()).toContain('Den andre forelderen: 3 tabletter')
  })
})

describe('an edit of a medicine the other parent deleted', () => {
  it('says so, and brings it back with my changes when I choose so', async () => {
    const mine = { ...melatonin, dose: '2 tabletter' }
    await db.rejections.put(aConflict(mine, null))
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Melatonin er slettet'))
    await button(wrapper, 'Ta det tilbake').trigger('click')
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1))
    expect((await db.outbox.toArray())[0]).toMatchObject({ args: { medication: mine, base: null, keepsMine: true } })
    expect(await db.medications.get(mine.id)).toEqual(mine)
  })
})

function anAboutMeConflict(mine: AboutMe, theirs: AboutMe): Rejection {
  return {
    id: crypto.randomUUID(),
    name: 'upsertAboutMe',
    args: { aboutMe: mine, base: anAboutMeCard(recipientId) },
    code: 'conflict',
    message: 'Den andre forelderen har endret «Om meg»-kortet i mellomtiden.',
    current: { entity: 'aboutMe', id: mine.id, version: 12, deleted: false, data: theirs },
    fields: [{ field: 'sleep', by: null, at: null }],
    rejectedAt: '2026-11-26T18:00:00.000Z',
    seen: false,
  }
}

describe('an "about me" card both parents edited', () => {
  it('names the card’s field and both texts', async () => {
    const card = anAboutMeCard(recipientId)
    await db.rejections.put(
      anAboutMeConflict({ ...card, sleep: 'Sovner med musikk.' }, { ...card, sleep: 'Legger seg kl. 20.00.' }),
    )
    const wrapper = await open()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Om meg: endret på to telefoner'))
    const field = wrapper.find('.edit-conflict__field')
    expect(field.find('dt').text()).toBe('Søvn')
    expect(field.text()).toContain('Din: Sovner med musikk.')
    expect(field.text()).toContain('Den andre forelderen: Legger seg kl. 20.00.')
  })
})
