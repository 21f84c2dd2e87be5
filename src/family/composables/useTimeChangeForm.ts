// The new times a family asks for: filled from the stay, typed as Norwegians type dates and 24-hour times
// (src/domain/typedDateTime.ts, never the browser's own date format) in Norwegian time, checked, and turned
// into instants. A problem names the fields it is about, so each field can say it is the one to fix.
import { shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { instantOfLocal, localDateOf } from '../../domain/localDates'
import { parseTypedDate, parseTypedTime } from '../../domain/typedDateTime'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import { formatDateNumeric, formatTime } from '../../domain/norwegianDates'
import { useLocale } from '../../i18n/useLocale'
import type { Stay } from '../../protocol'

export interface TimeChangeValue {
  startDate: string
  startTime: string
  endDate: string
  endTime: string
}

export type TimeChangeField = keyof TimeChangeValue

export interface TimeChangeProblem {
  text: string
  fields: TimeChangeField[]
}

const FIELDS: TimeChangeField[] = ['startDate', 'startTime', 'endDate', 'endTime']
/** The fields whose text could not be read. */
const unread = (read: Partial<Record<TimeChangeField, string | null>>) =>
  FIELDS.filter((field) => field in read && read[field] === null)
/** A year further than this from the stay's is a typo (07.02.2127), not a change anyone asks for. */
const MOST_YEARS_AWAY = 1

export function useTimeChangeForm() {
  const { t } = useI18n()
  const locale = useLocale()
  const value = shallowRef<TimeChangeValue>({ startDate: '', startTime: '', endDate: '', endTime: '' })
  const problem = shallowRef<TimeChangeProblem | null>(null)
  let stayYear: number | null = null

  function fillFrom(stay: Pick<Stay, 'start' | 'end'>): void {
    const lang = locale.value
    const startDay = localDateOf(Date.parse(stay.start), NORWEGIAN_TIME_ZONE)
    stayYear = Number(startDay.slice(0, 4))
    value.value = {
      startDate: formatDateNumeric(startDay),
      startTime: formatTime(stay.start, lang),
      endDate: formatDateNumeric(localDateOf(Date.parse(stay.end), NORWEGIAN_TIME_ZONE)),
      endTime: formatTime(stay.end, lang),
    }
  }

  /** The instants asked for, or null with `problem` saying what to fix and where. */
  function proposed(): { start: string; end: string } | null {
    const typed = value.value
    const empty = FIELDS.filter((field) => typed[field].trim() === '')
    if (empty.length > 0) return fail('changeRequest.missingTimes', empty)
    const startDay = parseTypedDate(typed.startDate)
    const endDay = parseTypedDate(typed.endDate)
    if (!startDay || !endDay) return fail('changeRequest.badDate', unread({ startDate: startDay, endDate: endDay }))
    const from = parseTypedTime(typed.startTime)
    const to = parseTypedTime(typed.endTime)
    if (!from || !to) return fail('changeRequest.badTime', unread({ startTime: from, endTime: to }))
    const far = farFromStay({ startDate: startDay, endDate: endDay })
    if (far) return fail('changeRequest.farYear', far.fields, { year: far.year })
    const start = instantOfLocal(startDay, from, NORWEGIAN_TIME_ZONE)
    const end = instantOfLocal(endDay, to, NORWEGIAN_TIME_ZONE)
    if (end <= start) return fail('changeRequest.endBeforeStart', ['endDate', 'endTime'])
    problem.value = null
    return { start, end }
  }

  /** The date fields whose year is too far from the stay's to be meant, and the first such year. */
  function farFromStay(
    days: Partial<Record<TimeChangeField, string>>,
  ): { fields: TimeChangeField[]; year: string } | null {
    const far = Object.entries(days).filter(
      ([, day]) => stayYear !== null && Math.abs(Number(day.slice(0, 4)) - stayYear) > MOST_YEARS_AWAY,
    )
    if (far.length === 0) return null
    return { fields: far.map(([field]) => field as TimeChangeField), year: far[0]![1].slice(0, 4) }
  }

  function fail(key: string, fields: TimeChangeField[], named: Record<string, string> = {}): null {
    problem.value = { text: t(key, named), fields }
    return null
  }

  return { value, problem, fillFrom, proposed }
}
