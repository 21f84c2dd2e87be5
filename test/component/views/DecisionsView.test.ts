import { describe, expect, it } from 'vitest'
import { db } from '../../../src/family/db/database'
import { aDecision } from '../../support/calendarBuilders'
import { aHousehold, emma, emmasWeekend } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

describe('the decisions page', () => {
  it('shows 12 days a month with what is used, planned and left this month', async () => {
    await aHousehold()
    await db.decisions.put(aDecision({ recipientId: emma.id, amount: 12, unit: 'days', period: 'month' }))
    await emmasWeekend({ start: '2026-11-06T15:00:00.000Z', end: '2026-11-08T15:00:00.000Z' })
    await emmasWeekend()
    const { wrapper } = await mountScreen('/decisions', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.text()).toContain('Innvilget: 12 dager per måned'))
    expect(wrapper.text()).toContain('november 2026')
    const numbers = wrapper.findAll('.quota__numbers dd').map((cell) => cell.text())
    expect(numbers).toEqual(['2 dager', '2 dager', '8 dager'])
  })

  it('says when no decision is on the phone yet', async () => {
    const { wrapper } = await mountScreen('/decisions', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.text()).toContain('Ingen vedtak på telefonen ennå'))
  })
})
