import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import AppSetAsideNotice from '../../../src/family/components/app/AppSetAsideNotice.vue'
import { db } from '../../../src/family/db/database'
import { createAppI18n } from '../support/appI18n'
import { aMedication } from '../../unit/sync/builders'
import { eventually } from '../support/eventually'
import { aHousehold, emmasWeekend } from '../../support/calendarHousehold'

async function aMedicineTheServerKeptFailingOn() {
  const medication = aMedication({ name: 'Melatonin' })
  await db.outbox.add({
    id: crypto.randomUUID(),
    name: 'upsertMedication',
    args: { medication },
    createdAt: '2026-11-23T10:00:00.000Z',
    attempts: 5,
    lastError: 'server',
    setAsideAt: '2026-11-23T10:05:00.000Z',
  })
  return medication
}

async function mountNotice() {
  const wrapper = mount(AppSetAsideNotice, { global: { plugins: [createPinia(), createAppI18n('nb')] } })
  await flushPromises()
  return wrapper
}

describe('a change the municipality’s server kept failing on', () => {
  it('is named in plain words, with why it could not be saved', async () => {
    await aMedicineTheServerKeptFailingOn()
    const wrapper = await mountNotice()
    await eventually(() =>
      expect(wrapper.text()).toContain(
        'Medisinen «Melatonin» kunne ikke lagres: kommunens server feilet på akkurat denne endringen, flere ganger.',
      ),
    )
  })

  it('comes back on the phone and in the queue when the family tries again', async () => {
    const medication = await aMedicineTheServerKeptFailingOn()
    const wrapper = await mountNotice()
    await eventually(() => expect(wrapper.text()).toContain('Prøv igjen'))
    await wrapper.get('[data-test="set-aside"] button').trigger('click')
    await eventually(async () => expect(await db.medications.get(medication.id)).toMatchObject({ name: 'Melatonin' }))
    expect((await db.outbox.toArray())[0]).toMatchObject({ setAsideAt: null, attempts: 0 })
    await eventually(() => expect(wrapper.find('[data-test="set-aside"]').exists()).toBe(false))
  })

  it('leaves the phone when the family discards it', async () => {
    await aMedicineTheServerKeptFailingOn()
    const wrapper = await mountNotice()
    await eventually(() => expect(wrapper.text()).toContain('Forkast endringen'))
    await wrapper.get('.button--secondary').trigger('click')
    await eventually(async () => expect(await db.outbox.count()).toBe(0))
    await eventually(() => expect(wrapper.find('[data-test="set-aside"]').exists()).toBe(false))
  })
})

describe('a request about a stay the server kept failing on', () => {
  it('names the stay: whose, and the day it starts', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    await db.outbox.add({
      id: crypto.randomUUID(),
      name: 'requestCancellation',
      args: { changeRequestId: crypto.randomUUID(), stayId: stay.id, message: '' },
      createdAt: '2026-11-23T10:00:00.000Z',
      attempts: 5,
      lastError: 'server',
      setAsideAt: '2026-11-23T10:05:00.000Z',
    })
    const wrapper = await mountNotice()
    await eventually(() =>
      expect(wrapper.text()).toContain('Avlysningen av oppholdet til Emma fredag 27. november kunne ikke lagres'),
    )
  })
})
