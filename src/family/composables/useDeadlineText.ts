// The change deadline as a plain sentence with the time left, in the current language:
// "Endringsfrist: i dag kl. 15.00, om 2 timer".
import { useI18n } from 'vue-i18n'
import { calendarDaysUntil, timeSpan, type DeadlineStatus } from '../../domain/deadlineStatus'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import { formatDayLong, formatTime } from '../../domain/norwegianDates'
import { formatNearDay, formatRelative } from '../../domain/relativeTimes'
import type { Locale } from '../../protocol/locale'

export function useDeadlineText() {
  const { t, locale } = useI18n()

  function sentence(status: DeadlineStatus, nowMs: number): string {
    if (status.kind === 'noRule') return t('deadline.noRule')
    const lang = locale.value as Locale
    const day =
      formatNearDay(calendarDaysUntil(status.deadline, nowMs, NORWEGIAN_TIME_ZONE), lang) ??
      formatDayLong(status.deadline, lang)
    const time = formatTime(status.deadline, lang)
    if (status.kind === 'open') {
      const span = timeSpan(status.msLeft)
      const left =
        span.unit === 'underAMinute' ? t('deadline.underAMinuteLeft') : formatRelative(span.value, span.unit, lang)
      return t('deadline.open', { day, time, left })
    }
    const span = timeSpan(status.msAgo)
    const ago =
      span.unit === 'underAMinute' ? t('deadline.underAMinuteAgo') : formatRelative(-span.value, span.unit, lang)
    return t('deadline.passed', { day, time, ago })
  }

  return { sentence }
}
