// The new times a family asks for: filled from the stay, typed as dates (dd.mm.åååå, never the
// browser's own date format) and 24-hour times in Norwegian time, checked, and turned into instants.
import { shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { instantOfLocal, localDateOf, parseClockTime, parseNumericDate } from '../../domain/localDates'
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

export function useTimeChangeForm() {
  const { t } = useI18n()
  const locale = useLocale()
  const value = shallowRef<TimeChangeValue>({ startDate: '', startTime: '', endDate: '', endTime: '' })
  const error = shallowRef<string | null>(null)

  function fillFrom(stay: Pick<Stay, 'start' | 'end'>): void {
    const lang = locale.value
    value.value = {
      startDate: formatDateNumeric(localDateOf(Date.parse(stay.start), NORWEGIAN_TIME_ZONE)),
      startTime: formatTime(stay.start, lang),
      endDate: formatDateNumeric(localDateOf(Date.parse(stay.end), NORWEGIAN_TIME_ZONE)),
      endTime: formatTime(stay.end, lang),
    }
  }

  /** The instants asked for, or null with `error` saying what to fix. */
  function proposed(): { start: string; end: string } | null {
    const { startDate, startTime, endDate, endTime } = value.value
    if (!startDate || !startTime || !endDate || !endTime) return fail('changeRequest.missingTimes')
    const fromDay = parseNumericDate(startDate)
    const toDay = parseNumericDate(endDate)
    if (!fromDay || !toDay) return fail('changeRequest.badDate')
    const from = parseClockTime(startTime)
    const to = parseClockTime(endTime)
    if (!from || !to) return fail('changeRequest.badTime')
    const start = instantOfLocal(fromDay, from, NORWEGIAN_TIME_ZONE)
    const end = instantOfLocal(toDay, to, NORWEGIAN_TIME_ZONE)
    if (end <= start) return fail('changeRequest.endBeforeStart')
    error.value = null
    return { start, end }
  }

  function fail(key: string): null {
    error.value = t(key)
    return null
  }

  return { value, error, fillFrom, proposed }
}
