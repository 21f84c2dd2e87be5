// One row of the change-time form: the start or the end of the stay, its date and its time of day.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import StayTimeChangeRow from '../../../src/family/components/stay/StayTimeChangeRow.vue'
import { createAppI18n } from '../support/appI18n'

function aRow(end: 'start' | 'end', invalid = { date: false, time: false }) {
  return mount(StayTimeChangeRow, {
    props: { end, date: '27.11.2026', time: '16.00', invalid, errorId: 'times-error' },
    global: { plugins: [createAppI18n('nb')] },
  })
}

describe('a row of the change-time form', () => {
  it('names its date and time after the end of the stay it changes', () => {
    expect(
      aRow('start')
        .findAll('label')
        .map((label) => label.text()),
    ).toEqual(['Fra dato', 'Fra klokkeslett'])
    expect(
      aRow('end')
        .findAll('label')
        .map((label) => label.text()),
    ).toEqual(['Til dato', 'Til klokkeslett'])
  })

  it('hands back the date and the time the family types, each on its own', async () => {
    const row = aRow('end')
    await row.findAll('input')[0]!.setValue('29.11.2026')
    await row.findAll('input')[1]!.setValue('18.30')
    expect(row.emitted('update:date')).toEqual([['29.11.2026']])
    expect(row.emitted('update:time')).toEqual([['18.30']])
  })

  it('marks the field that is wrong and points it at the sentence saying why', () => {
    const [date, time] = aRow('start', { date: true, time: false }).findAll('input')
    expect([date!.attributes('aria-invalid'), date!.attributes('aria-describedby')]).toEqual(['true', 'times-error'])
    expect([time!.attributes('aria-invalid'), time!.attributes('aria-describedby')]).toEqual(['false', undefined])
  })
})
