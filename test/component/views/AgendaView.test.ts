import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/family/db/database'
import { createAppI18n } from '../support/appI18n'
import { useSyncStatusStore } from '../../../src/family/stores/syncStatus'
import { loadAppSync } from '../../../src/family/sync/loadAppSync'
import { signedOutStatus } from '../../../src/family/sync/syncStatus'
import AgendaView from '../../../src/family/views/AgendaView.vue'
import { aPlace, aRecipient, aStay } from '../../support/builders'

/** The agenda on a device whose first sync has finished, so an empty device means no stays. */
async function mountAgenda(locale: 'nb' | 'nn' | 'en' = 'nb') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const sync = useSyncStatusStore()
  await loadAppSync()
  await flushPromises() // the store has taken the (signed-out) engine's status: now say it has synced
  sync.status = { ...signedOutStatus, phase: 'upToDate', lastSyncedAt: new Date().toISOString() }
  return mount(AgendaView, { global: { plugins: [pinia, createAppI18n(locale)] } })
}

const nextWeek = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * 3600_000).toISOString()

describe('the agenda', () => {
  it('explains in Norwegian what will appear when there are no stays yet', async () => {
    const wrapper = await mountAgenda()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Ingen opphold ennå'))
    expect(wrapper.text()).toContain('Her kommer avlastningsoppholdene')
  })

  it('lists an upcoming stay with the person, the place and the kind of respite', async () => {
    const emma = aRecipient({ name: 'Emma' })
    const place = aPlace({ name: 'Solsikken avlastningsbolig' })
    await db.transaction('rw', db.recipients, db.places, db.stays, async () => {
      await db.recipients.put(emma)
      await db.places.put(place)
      await db.stays.put(aStay({ recipientId: emma.id, placeId: place.id, start: nextWeek(48), end: nextWeek(96) }))
    })
    const wrapper = await mountAgenda()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Solsikken avlastningsbolig'))
    expect(wrapper.text()).toContain('Emma')
    expect(wrapper.text()).toContain('Avlastningsbolig')
  })

  it('shows a stay that the device learns of while the screen is open', async () => {
    const emma = aRecipient()
    const place = aPlace({ name: 'Tunet dagtilbud', kind: 'dayOffer' })
    const wrapper = await mountAgenda()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Ingen opphold ennå'))
    await db.recipients.put(emma)
    await db.places.put(place)
    await db.stays.put(
      aStay({ recipientId: emma.id, placeId: place.id, kind: 'dayOffer', start: nextWeek(24), end: nextWeek(30) }),
    )
    await vi.waitFor(() => expect(wrapper.text()).toContain('Tunet dagtilbud'))
  })

  it('leaves out stays that have ended', async () => {
    const emma = aRecipient()
    const place = aPlace({ name: 'Gammelt sted' })
    await db.places.put(place)
    await db.recipients.put(emma)
    await db.stays.put(aStay({ recipientId: emma.id, placeId: place.id, start: nextWeek(-72), end: nextWeek(-48) }))
    const wrapper = await mountAgenda()
    await vi.waitFor(() => expect(wrapper.text()).toContain('Ingen opphold ennå'))
    expect(wrapper.text()).not.toContain('Gammelt sted')
  })

  it('speaks Nynorsk when the family has chosen it', async () => {
    const wrapper = await mountAgenda('nn')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Ingen opphald enno'))
  })

  it('draws every coming stay, a screenful first and the rest right after', async () => {
    const emma = aRecipient()
    const place = aPlace()
    await db.recipients.put(emma)
    await db.places.put(place)
    const days = Array.from({ length: 20 }, (_, day) => day + 1)
    await db.stays.bulkPut(
      days.map((day) =>
        aStay({ recipientId: emma.id, placeId: place.id, start: nextWeek(24 * day), end: nextWeek(24 * day + 5) }),
      ),
    )
    const wrapper = await mountAgenda()
    await vi.waitFor(() => expect(wrapper.findAll('.agenda__list article')).toHaveLength(20))
  })
})
