import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import PackingProgress from '../../../src/family/components/packing/PackingProgress.vue'
import { db } from '../../../src/family/db/database'
import { createAppI18n } from '../support/appI18n'
import { routes } from '../../../src/family/modules/router'
import PackingView from '../../../src/family/views/PackingView.vue'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { aChangeRequest } from '../../support/calendarBuilders'
import { provideTime } from '../../support/provideTime'
import { testClock } from '../../support/testClock'
import { aPackingRow, aTemplateItem } from '../../support/packingBuilders'
import { mountWithApp } from './mountWithApp'

const emma = aRecipient({ name: 'Emma' })
const place = aPlace({ name: 'Solsikken avlastningsbolig' })

const mounted: { unmount(): void }[] = []
afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.unmount()))

async function household() {
  const pyjamas = aTemplateItem({ recipientId: emma.id, label: 'Pysjamas' })
  await db.recipients.put(emma)
  await db.places.put(place)
  await db.checklistItems.bulkPut([pyjamas, aTemplateItem({ recipientId: emma.id, label: 'Sokker', position: 2048 })])
  return { pyjamas }
}

describe('the packing area', () => {
  it('lists the next stays away from home with their packing progress, and leaves out stays at home', async () => {
    const { pyjamas } = await household()
    const weekend = aStay({ recipientId: emma.id, placeId: place.id })
    const atHome = aStay({
      recipientId: emma.id,
      placeId: aPlace().id,
      kind: 'home',
      start: '2026-11-28T08:00:00.000Z',
      end: '2026-11-28T12:00:00.000Z',
    })
    await db.stays.bulkPut([weekend, atHome])
    await db.packing.put(aPackingRow({ stayId: weekend.id, itemId: pyjamas.id }))
    const { wrapper } = await mountWithApp(PackingView, {})
    mounted.push(wrapper)
    await vi.waitFor(() => expect(wrapper.text()).toContain('1 av 2 pakket'))
    expect(wrapper.findAll('a[href^="/stays/"]').map((link) => link.attributes('href'))).toEqual([
      `/stays/${weekend.id}/packing`,
    ])
    expect(wrapper.text()).toContain('Medisinlisten må bekreftes')
  })

  it('marks a stay the family has said is not needed while the municipality has not answered', async () => {
    await household()
    const weekend = aStay({ recipientId: emma.id, placeId: place.id })
    const nextWeekend = aStay({
      recipientId: emma.id,
      placeId: place.id,
      start: '2026-12-04T15:00:00.000Z',
      end: '2026-12-06T15:00:00.000Z',
    })
    await db.stays.bulkPut([weekend, nextWeekend])
    await db.changeRequests.put(aChangeRequest({ stayId: weekend.id, type: 'cancel' }))
    const { wrapper } = await mountWithApp(PackingView, {})
    mounted.push(wrapper)
    await vi.waitFor(() => expect(wrapper.findAll('a[href^="/stays/"]')).toHaveLength(2))
    const [pending, other] = wrapper.findAll('a[href^="/stays/"]')
    expect(pending?.text()).toContain('Dere har meldt at oppholdet ikke trengs. Venter på svar fra kommunen.')
    expect(other?.text()).not.toContain('ikke trengs')
  })

  it('links to each person’s template and medication list', async () => {
    await household()
    const { wrapper } = await mountWithApp(PackingView, {})
    mounted.push(wrapper)
    await vi.waitFor(() => expect(wrapper.text()).toContain('Pakkeliste-mal (2 ting)'))
    const hrefs = wrapper.findAll('a').map((link) => link.attributes('href'))
    expect(hrefs).toContain(`/packing/templates/${emma.id}`)
    expect(hrefs).toContain(`/medications/${emma.id}`)
  })

  it('explains that packing lists come with stays away from home when there are none', async () => {
    const { wrapper } = await mountWithApp(PackingView, {})
    mounted.push(wrapper)
    await vi.waitFor(() => expect(wrapper.text()).toContain('Ingen opphold å pakke til'))
  })
})

describe('the packing progress on a stay in the calendar', () => {
  function mountProgress(stayId: string) {
    const router = createRouter({ history: createMemoryHistory(), routes })
    const wrapper = mount(PackingProgress, {
      props: { stayId },
      global: {
        plugins: [createPinia(), createAppI18n('nb'), router],
        provide: provideTime(testClock('2026-11-26T18:00:00.000Z')),
      },
    })
    mounted.push(wrapper)
    return wrapper
  }

  it('shows “Alt er pakket” when every item is ticked', async () => {
    const { pyjamas } = await household()
    const weekend = aStay({ recipientId: emma.id, placeId: place.id })
    await db.stays.put(weekend)
    const wrapper = mountProgress(weekend.id)
    await vi.waitFor(() => expect(wrapper.text()).toContain('0 av 2'))
    const socks = (await db.checklistItems.toArray()).find((item) => item.label === 'Sokker')!
    await db.packing.bulkPut([
      aPackingRow({ stayId: weekend.id, itemId: pyjamas.id }),
      aPackingRow({ stayId: weekend.id, itemId: socks.id }),
    ])
    await vi.waitFor(() => expect(wrapper.text()).toBe('Alt er pakket'))
  })

  it('shows nothing for a stay at home', async () => {
    await household()
    const atHome = aStay({ recipientId: emma.id, placeId: place.id, kind: 'home' })
    await db.stays.put(atHome)
    const wrapper = mountProgress(atHome.id)
    // The same query answers for a stay away from home within this wait, so its silence here means "nothing to show".
    const away = aStay({ recipientId: emma.id, placeId: place.id })
    await db.stays.put(away)
    const control = mountProgress(away.id)
    await vi.waitFor(() => expect(control.text()).toContain('0 av 2'))
    expect(wrapper.text()).toBe('')
  })
})
