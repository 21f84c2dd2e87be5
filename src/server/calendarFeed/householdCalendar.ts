// A household's stays as an iCalendar feed for the phone's own calendar, each with an alarm before its
// change deadline: the reminder that works where web push does not (iOS Safari without installing).
// Times are UTC instants (…Z), so no calendar has to know Norway's summer-time rules to get them right.
import ical, { ICalAlarmType, ICalEventStatus } from 'ical-generator'
import { changeDeadline } from '../../domain/deadline'
import type { ChangeDeadlineRule, StayKind, StayStatus } from '../../protocol/entities'
import { formatTime, formatDayLong } from '../../domain/norwegianDates'
import { deadlineSentence } from '../push/pushMessages'
import type { Locale } from '../../protocol/locale'
import { deadlineReminderAt } from '../reminders/reminderTimes'
import { calendarTexts } from './calendarTexts'
import { escapedText, oneLine } from './calendarText'

export interface FeedStay {
  id: string
  kind: StayKind
  status: StayStatus
  start: string
  end: string
  recipientName: string
  placeName: string | null
  placeAddress: string | null
  placePhone: string | null
  transportTo: string | null
  transportFrom: string | null
  updatedAt: string
  /** Goes up with every change, so calendars replace their copy. */
  version: number
}

export interface FeedData {
  municipalityName: string
  changeDeadline: ChangeDeadlineRule | null
  stays: FeedStay[]
}

const isCancelled = (status: StayStatus) => status === 'cancelledByFamily' || status === 'cancelledByMunicipality'

export function householdCalendar(data: FeedData, options: { now: Date; locale: Locale; uidDomain: string }): string {
  const { locale, now } = options
  const texts = calendarTexts[locale]
  const calendar = ical({
    name: escapedText(texts.calendarName(data.municipalityName)),
    prodId: { company: 'Pusterom', product: 'avlastning', language: locale.toUpperCase() },
    ttl: 3600,
  })
  for (const stay of data.stays) {
    const cancelled = isCancelled(stay.status)
    const deadline = data.changeDeadline ? changeDeadline(stay.start, data.changeDeadline) : null
    const description = [
      deadline ? texts.deadline(formatDayLong(deadline, locale), formatTime(deadline, locale)) : texts.noDeadline,
      stay.placePhone ? texts.phone(stay.placePhone) : null,
      stay.transportTo ? texts.transportTo(stay.transportTo) : null,
      stay.transportFrom ? texts.transportFrom(stay.transportFrom) : null,
    ]
    const event = calendar.createEvent({
      id: `${stay.id}@${options.uidDomain}`,
      sequence: stay.version,
      stamp: now,
      lastModified: new Date(stay.updatedAt),
      start: new Date(stay.start),
      end: new Date(stay.end),
      summary: oneLine(`${cancelled ? `${texts.cancelled}: ` : ''}${texts.kind[stay.kind]}: ${stay.recipientName}`),
      location: oneLine([stay.placeName, stay.placeAddress].filter(Boolean).join(', ')) || null,
      description: description
        .filter((line) => line !== null)
        .map(oneLine)
        .join('\n'),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
    // A deadline already past needs no alarm, nor does a cancelled stay.
    if (deadline && !cancelled && deadline > now.toISOString()) {
      const alarmAt = deadlineReminderAt(deadline, null, data.changeDeadline?.timeZone)
      event.createAlarm({
        type: ICalAlarmType.display,
        // Seconds before the UTC start: an exact span, so the alarm lands at the same instant in every zone.
        trigger: (Date.parse(stay.start) - Date.parse(alarmAt)) / 1000,
        description: oneLine(deadlineSentence(deadline, stay.start, locale, alarmAt)),
      })
    }
  }
  return calendar.toString()
}
