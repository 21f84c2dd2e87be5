import { describe, expect, it } from 'vitest'
import { db } from '../../../src/family/db/database'
import type { Municipality } from '../../../src/protocol'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { aMunicipality } from '../../support/calendarBuilders'
import { aTemplateItem } from '../../support/packingBuilders'
import { SEED_TIME } from '../../support/testClock'
import { aMessage } from '../../unit/sync/builders'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

const emma = aRecipient({ name: 'Emma', medicationListReviewedAt: null })
const jonas = aRecipient({ name: 'Jonas', medicationListReviewedAt: '2026-11-20T10:00:00.000Z' })
const place = aPlace()
const emmasFirst = aStay({ recipientId: emma.id, placeId: place.id, start: '2026-11-27T15:00:00.000Z' })
const emmasSecond = aStay({
  recipientId: emma.id,
  placeId: place.id,
  start: '2026-12-04T15:00:00.000Z',
  end: '2026-12-06T15:00:00.000Z',
})
const jonasStay = aStay({
  recipientId: jonas.id,
  placeId: place.id,
  start: '2026-11-25T15:00:00.000Z',
  end: '2026-11-26T15:00:00.000Z',
})

async function aHousehold(municipality: Partial<Municipality> = {}) {
  await db.municipality.put(aMunicipality(municipality))
  await db.recipients.bulkPut([emma, jonas])
  await db.places.put(place)
  await db.stays.bulkPut([emmasFirst, emmasSecond, jonasStay])
  await db.checklistItems.put(aTemplateItem({ recipientId: emma.id, label: 'Pysjamas' }))
}

async function openHome() {
  const { wrapper } = await mountScreen('/', { now: SEED_TIME })
  await eventually(() => expect(wrapper.findAll('.home-card')).toHaveLength(2))
  return wrapper
}

describe('the home cards above the agenda', () => {
  it('shows each person’s next stay once, soonest first, with what needs doing', async () => {
    await aHousehold()
    const wrapper = await openHome()
    const [first, second] = wrapper.findAll('.home-card')
    expect(first!.text()).toContain('Jonas')
    expect(first!.text()).toContain('om 2 dager')
    expect(first!.find('[data-testid="home-medication"]').exists()).toBe(false)
    expect(second!.text()).toContain('Emma')
    expect(second!.text()).toContain('om 4 dager')
    expect(second!.get('[data-testid="home-packing"]').text()).toBe('0 av 1 pakket')
    expect(second!.get('[data-testid="home-medication"]').text()).toBe('Bekreft medisinlisten')
    expect(second!.get('a').attributes('href')).toBe(`/stays/${emmasFirst.id}`)
  })

  it('takes the parent from the packing count to the stay’s list and from the medication ask to the list', async () => {
    await aHousehold()
    const emmasCard = (await openHome()).findAll('.home-card')[1]!
    expect(emmasCard.get('[data-testid="home-packing"]').attributes('href')).toBe(`/stays/${emmasFirst.id}/packing`)
    expect(emmasCard.get('[data-testid="home-medication"]').attributes('href')).toBe(`/medications/${emma.id}`)
  })

  it('puts tomorrow’s deadline today at 15.00 first, above the stay going on today', async () => {
    // Thursday 26 November, 10.00: Emma is at the day offer until 15.00 and sleeps over from tomorrow 16.00.
    const today = aStay({
      recipientId: emma.id,
      placeId: place.id,
      kind: 'dayOffer',
      start: '2026-11-26T08:00:00.000Z',
      end: '2026-11-26T14:00:00.000Z',
    })
    await db.municipality.put(aMunicipality())
    await db.recipients.put(emma)
    await db.places.put(place)
    await db.stays.bulkPut([today, emmasFirst])
    const { wrapper } = await mountScreen('/', { now: '2026-11-26T09:00:00.000Z' })
    await eventually(() => expect(wrapper.findAll('.home-card')).toHaveLength(2))
    const [first, second] = wrapper.findAll('.home-card')
    expect(first!.get('h3').text().replace(/\s+/g, ' ')).toBe('Emma i morgen kl. 16.00')
    expect(first!.get('[data-testid="home-deadline"]').text()).toBe('Endringsfrist: i dag kl. 15.00, om 5 timer')
    expect(second!.get('h3').text().replace(/\s+/g, ' ')).toBe('Emma pågår nå')
    expect(wrapper.get('.home').attributes('style')).toContain('min-height: 21.25rem')
  })

  it('reserves room for the cards and the line of news before they load, whether or not news comes', async () => {
    await aHousehold()
    const { wrapper } = await mountScreen('/', { now: SEED_TIME })
    await eventually(() => expect(wrapper.find('.home').exists()).toBe(true))
    expect(wrapper.get('.home').attributes('style')).toContain('min-height: 21.25rem')
  })

  it('counts unread messages and links to them', async () => {
    await aHousehold()
    await db.messages.bulkPut([aMessage(), aMessage({ readAt: '2026-11-21T08:00:00.000Z' })])
    const wrapper = await openHome()
    await eventually(() => expect(wrapper.get('[data-testid="home-unread"]').text()).toBe('1 ulest beskjed'))
    expect(wrapper.get('[data-testid="home-unread"]').attributes('href')).toBe('/messages')
  })

  it('names the summer application deadline when it is three weeks off or less', async () => {
    await aHousehold({
      summerRespite: { applicationDeadline: '2026-12-01T11:00:00.000Z', from: '2027-06-21', to: '2027-08-13' },
    })
    const wrapper = await openHome()
    await eventually(() =>
      expect(wrapper.get('[data-testid="home-summer"]').text()).toBe('Søk sommeravlastning innen tirsdag 1. desember'),
    )
    expect(wrapper.get('[data-testid="home-summer"]').attributes('href')).toBe('/sommer')
  })

  it('says nothing of summer or messages when neither applies', async () => {
    await aHousehold({
      summerRespite: { applicationDeadline: '2027-01-15T11:00:00.000Z', from: '2027-06-21', to: '2027-08-13' },
    })
    const wrapper = await openHome()
    expect(wrapper.find('[data-testid="home-summer"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="home-unread"]').exists()).toBe(false)
  })
})
