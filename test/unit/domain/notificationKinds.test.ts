import { describe, expect, it } from 'vitest'
import { offeredNotificationKinds, reminderTopics } from '../../../src/domain/notificationKinds'
import { lunnerRule } from '../../support/calendarBuilders'

const summer = { applicationDeadline: '2027-03-01T11:00:00.000Z', from: '2027-06-21', to: '2027-08-13' }

describe('which notifications a family is offered', () => {
  it('offers every kind, in the settings’ order, where the municipality has a deadline and summer respite', () => {
    expect(offeredNotificationKinds({ changeDeadline: lunnerRule, summerRespite: summer })).toEqual([
      'stayChanges',
      'requestAnswers',
      'notices',
      'deadlineReminders',
      'packingReminders',
      'summerReminders',
    ])
  })

  it('offers no deadline reminders where the municipality has no change deadline', () => {
    expect(offeredNotificationKinds({ changeDeadline: null, summerRespite: summer })).toEqual([
      'stayChanges',
      'requestAnswers',
      'notices',
      'packingReminders',
      'summerReminders',
    ])
  })

  it('offers no summer reminders where the municipality has no summer respite', () => {
    expect(offeredNotificationKinds({ changeDeadline: lunnerRule, summerRespite: null })).toEqual([
      'stayChanges',
      'requestAnswers',
      'notices',
      'deadlineReminders',
      'packingReminders',
    ])
  })
})

describe('what the reminders can be about', () => {
  it('is the deadline and the summer where the municipality has both', () => {
    expect(reminderTopics({ changeDeadline: lunnerRule, summerRespite: summer })).toBe('deadlineSummer')
  })

  it('is the deadline alone where the municipality has no summer respite', () => {
    expect(reminderTopics({ changeDeadline: lunnerRule, summerRespite: null })).toBe('deadline')
  })

  it('is the summer alone where the municipality has no change deadline', () => {
    expect(reminderTopics({ changeDeadline: null, summerRespite: summer })).toBe('summer')
  })

  it('is only the packing where the municipality has neither', () => {
    expect(reminderTopics({ changeDeadline: null, summerRespite: null })).toBe('packing')
  })
})
