import { describe, expect, it } from 'vitest'
import { defaultTemplateItems } from '../../../src/domain/defaultPackingTemplate'
import { stayList } from '../../../src/domain/packing'
import { packingReminderRule, stayDuration } from '../../../src/domain/stayDuration'
import { aStay, anId } from '../../support/builders'
import { aTemplateItem } from '../../support/packingBuilders'

const jonas = anId()
// Wednesday 25 November 2026, 09.00–15.00 Norwegian time.
const dayOffer = aStay({
  recipientId: jonas,
  placeId: anId(),
  kind: 'dayOffer',
  start: '2026-11-25T08:00:00.000Z',
  end: '2026-11-25T14:00:00.000Z',
})
const weekend = aStay({ recipientId: jonas, placeId: anId() })
const labels = (items: { label: string }[]) => items.map((item) => item.label)

describe('day stays and overnight stays', () => {
  it('counts a day offer from 09 to 15 as a day stay and a weekend as overnight', () => {
    expect(stayDuration(dayOffer)).toBe('day')
    expect(stayDuration(weekend)).toBe('overnight')
  })

  it('leaves pyjamas and night things off a day offer’s list from the suggested template', () => {
    const template = defaultTemplateItems(jonas, anId)
    const dayList = labels(stayList(dayOffer, template, 0))
    expect(dayList).not.toContain('Pysjamas')
    expect(dayList).not.toContain('Tannbørste og tannkrem')
    expect(dayList).toContain('Oppdatert medisinliste, skrevet ut')
    expect(labels(stayList(weekend, template, 0))).toContain('Pysjamas')
  })

  it('puts an item marked for day stays on day lists only', () => {
    const lunchbox = aTemplateItem({ recipientId: jonas, label: 'Matpakke', forStays: 'day' })
    expect(labels(stayList(dayOffer, [lunchbox], 0))).toEqual(['Matpakke'])
    expect(labels(stayList(weekend, [lunchbox], 0))).toEqual([])
  })

  it('reminds to pack the evening before an overnight stay and the same morning of a day stay', () => {
    expect(packingReminderRule(weekend)).toEqual({ daysBefore: 1, hour: 19, minute: 0 })
    expect(packingReminderRule(dayOffer)).toEqual({ daysBefore: 0, hour: 7, minute: 0 })
  })

  it('reminds the same morning of a day stay starting at eight sharp', () => {
    expect(packingReminderRule({ start: '2026-11-25T07:00:00.000Z', end: '2026-11-25T14:00:00.000Z' })).toEqual({
      daysBefore: 0,
      hour: 7,
      minute: 0,
    })
  })

  it('sends no packing reminder for a day stay that starts before eight', () => {
    expect(packingReminderRule({ start: '2026-11-25T06:30:00.000Z', end: '2026-11-25T14:00:00.000Z' })).toBeNull()
  })
})
