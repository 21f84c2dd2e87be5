import { describe, expect, it } from 'vitest'
import { db } from '../../../src/family/db/database'
import type { SummerApplication } from '../../../src/protocol'
import { aHousehold, emma } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

const season = { applicationDeadline: '2027-03-15T22:59:00.000Z', from: '2027-06-01', to: '2027-08-31' }
const contacts = [{ name: 'Tildelingskontoret', phone: '+47 400 01 100', email: 'tildeling@example.test' }]

/** Emma's application for week 28, as the phone holds it once the municipality has it. */
function emmasApplication(overrides: Partial<SummerApplication> = {}): SummerApplication {
  return {
    id: crypto.randomUUID(),
    recipientId: emma.id,
    year: 2027,
    periods: [{ from: '2027-07-12', to: '2027-07-18', priority: 1 }],
    message: '',
    submittedAt: '2026-11-20T10:00:00.000Z',
    status: 'submitted',
    answerNote: null,
    ...overrides,
  }
}

describe('the summer respite page', () => {
  it('saves an application for week 28 as first choice on the phone, not sent yet, and queues it', async () => {
    await aHousehold({ summerRespite: season, contacts })
    const { wrapper } = await mountScreen('/sommer', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.text()).toContain('Søknadsfristen er mandag 15. mars kl. 23.59'))
    expect(wrapper.text()).toContain('fra 1. juni 2027 til 31. august 2027')
    await eventually(() => expect(wrapper.find(`[data-testid="summer-form-${emma.id}"]`).exists()).toBe(true))
    const form = wrapper.get(`[data-testid="summer-form-${emma.id}"]`)
    await form.get('[data-testid="summer-week-28"]').setValue('1')
    await form.get('[data-testid="summer-week-30"]').setValue('2')
    await form.get('[data-testid="summer-message"]').setValue('Helst med Solsikken.')
    await form.trigger('submit')
    await eventually(() =>
      expect(wrapper.get(`[data-testid="summer-status-${emma.id}"]`).text()).toContain('Ikke sendt ennå'),
    )
    expect(wrapper.text()).toContain('Førstevalg: uke 28')
    expect(wrapper.text()).toContain('Andrevalg: uke 30')
    const [queued] = await db.outbox.toArray()
    expect(queued).toMatchObject({
      name: 'submitSummerApplication',
      args: {
        recipientId: emma.id,
        year: 2027,
        periods: [
          { from: '2027-07-12', to: '2027-07-18', priority: 1 },
          { from: '2027-07-26', to: '2027-08-01', priority: 2 },
        ],
        message: 'Helst med Solsikken.',
      },
    })
  })

  it('says when the municipality received an application, with "kl." before the time', async () => {
    await aHousehold({ summerRespite: season })
    await db.summerApplications.put(emmasApplication({ submittedAt: '2026-11-20T02:36:00.000Z' }))
    const { wrapper } = await mountScreen('/sommer', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() =>
      expect(wrapper.get('[data-testid="summer-state"]').text()).toContain(
        'mottatt av kommunen 20. november 2026 kl. 03.36',
      ),
    )
  })

  it('shows the municipality’s answer to an application it has handled, with no form to change it', async () => {
    await aHousehold({ summerRespite: season })
    await db.summerApplications.put(emmasApplication({ status: 'granted', answerNote: 'Solsikken uke 28.' }))
    const { wrapper } = await mountScreen('/sommer', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.text()).toContain('Innvilget'))
    expect(wrapper.text()).toContain('Kommunens svar: Solsikken uke 28.')
    expect(wrapper.find(`[data-testid="summer-form-${emma.id}"]`).exists()).toBe(false)
  })

  it('says the deadline has passed and whom to call, with no form, after the deadline', async () => {
    await aHousehold({ summerRespite: season, contacts })
    const { wrapper } = await mountScreen('/sommer', { now: '2027-03-16T09:00:00.000Z' })
    await eventually(() => expect(wrapper.text()).toContain('Søknadsfristen for sommeravlastning har gått ut'))
    expect(wrapper.get('[data-testid="respite-contacts"] a[href^="tel:"]').text()).toContain('Tildelingskontoret')
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('says there is no summer respite to apply for where the municipality has none', async () => {
    await aHousehold({ summerRespite: null })
    const { wrapper } = await mountScreen('/sommer', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.text()).toContain('Kommunen har ingen sommeravlastning'))
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('offers summer respite in English, week by week', async () => {
    await aHousehold({ summerRespite: season })
    const { wrapper } = await mountScreen('/sommer', { now: '2026-11-23T09:00:00.000Z', locale: 'en' })
    await eventually(() => expect(wrapper.text()).toContain('Wished weeks for Emma'))
    expect(wrapper.text()).toContain('Week 28')
  })
})
