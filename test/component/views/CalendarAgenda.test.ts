import { describe, expect, it } from 'vitest'
import { db } from '../../../src/family/db/database'
import { aChangeRequest } from '../../support/calendarBuilders'
import {
  aHousehold,
  emmasWeekend,
  jonas,
  jonasDayOffer,
  aCancellationNotSentYet,
} from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

const monday = '2026-11-23T09:00:00.000Z'

describe('the calendar’s list of stays', () => {
  it('shows each child’s stays with their name, and only one child’s when chosen', async () => {
    await aHousehold()
    await emmasWeekend()
    await jonasDayOffer()
    const { wrapper } = await mountScreen('/', { now: monday })
    await eventually(() => expect(wrapper.findAll('.stay-card')).toHaveLength(2))
    const jonasButton = wrapper.findAll('button[aria-pressed]').find((button) => button.text() === 'Jonas')
    await jonasButton?.trigger('click')
    await eventually(() => expect(wrapper.findAll('.stay-card')).toHaveLength(1))
    expect(wrapper.get('.stay-card').text()).toContain('Jonas')
    expect(jonasButton?.attributes('aria-pressed')).toBe('true')
  })

  it('writes the time span as Norwegians do, with the day the end falls on', async () => {
    await aHousehold()
    await emmasWeekend()
    const { wrapper } = await mountScreen('/', { now: monday })
    await eventually(() => expect(wrapper.text()).toContain('fre. 27.11. 16.00 – søn. 29.11. 16.00'))
  })

  it('says tomorrow for a stay that starts tomorrow', async () => {
    await aHousehold()
    await jonasDayOffer()
    const { wrapper } = await mountScreen('/', { now: '2026-11-24T15:00:00.000Z' })
    await eventually(() => expect(wrapper.get('.stay-card').text()).toContain('i morgen'))
  })

  it('marks each state in words: change requested, changed, cancelled by the municipality', async () => {
    await aHousehold()
    const requested = await emmasWeekend()
    await db.changeRequests.put(aChangeRequest({ stayId: requested.id }))
    await jonasDayOffer({ status: 'cancelledByMunicipality' })
    await emmasWeekend({ start: '2026-12-04T15:00:00.000Z', end: '2026-12-06T15:00:00.000Z', status: 'changed' })
    const { wrapper } = await mountScreen('/', { now: monday })
    await eventually(() => expect(wrapper.findAll('.stay-card')).toHaveLength(3))
    const states = wrapper.findAll('.stay-card').map((card) => card.get('.state-badge').text())
    expect(states).toEqual(['Avlyst av kommunen', 'Endring meldt', 'Endret'])
  })

  it('says a stay that has begun is going on, not planned', async () => {
    await aHousehold()
    await emmasWeekend()
    const { wrapper } = await mountScreen('/', { now: '2026-11-28T12:00:00.000Z' })
    await eventually(() => expect(wrapper.get('.stay-card .state-badge').text()).toBe('Pågår nå'))
  })

  it('marks a request still on the phone as not sent yet', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    await aCancellationNotSentYet(stay, monday)
    const { wrapper } = await mountScreen('/', { now: monday })
    await eventually(() => expect(wrapper.get('.stay-card').text()).toContain('Ikke sendt ennå'))
  })

  it('shows past stays, most recent first, when asked', async () => {
    await aHousehold()
    await emmasWeekend({ start: '2026-11-06T15:00:00.000Z', end: '2026-11-08T15:00:00.000Z' })
    await jonasDayOffer({ start: '2026-11-18T08:00:00.000Z', end: '2026-11-18T14:00:00.000Z' })
    const { wrapper } = await mountScreen('/', { now: monday })
    await eventually(() => expect(wrapper.text()).toContain('Ingen opphold ennå'))
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Vis tidligere opphold')
      ?.trigger('click')
    await eventually(() => expect(wrapper.findAll('.stay-card')).toHaveLength(2))
    expect(wrapper.findAll('.stay-card').map((card) => card.get('.stay-card__who').text())).toEqual([
      jonas.name,
      'Emma',
    ])
    expect(wrapper.findAll('.stay-card .state-badge').map((badge) => badge.text())).toEqual(['Avsluttet', 'Avsluttet'])
  })

  it('writes the year of a stay in another year than this one', async () => {
    await aHousehold()
    await emmasWeekend({ start: '2027-01-08T15:00:00.000Z', end: '2027-01-10T15:00:00.000Z' })
    const { wrapper } = await mountScreen('/', { now: monday })
    await eventually(() => expect(wrapper.text()).toContain('fre. 08.01.2027 16.00 – søn. 10.01.2027 16.00'))
  })

  it('opens the stay’s page from its card', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await mountScreen('/', { now: monday })
    await eventually(() => expect(wrapper.find('.stay-card a').exists()).toBe(true))
    expect(wrapper.get('.stay-card a').attributes('href')).toBe(`/stays/${stay.id}`)
  })

  it('speaks English when the family has chosen it', async () => {
    await aHousehold()
    await emmasWeekend()
    const { wrapper } = await mountScreen('/', { now: monday, locale: 'en' })
    await eventually(() => expect(wrapper.text()).toContain('Planned'))
    expect(wrapper.text()).toContain('Fri 27/11 16:00 – Sun 29/11 16:00')
  })
})
