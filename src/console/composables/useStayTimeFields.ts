// A stay's start and end as four fields typed as Norwegians write them (a date and a 24-hour time each), in
// Norwegian time: filled from a stay, or empty days at 16.00 for a new one, and read as instants.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { instantOfLocal, localDateOf, localTimeOf } from '../../domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import { checkAll, useTypedField } from './useTypedField'

/** When a new stay starts and ends unless staff type another time: the usual change of shift. */
const USUAL_TIME = '16:00'

export function useStayTimeFields(stay?: { start: string; end: string }) {
  const { t } = useI18n()
  const day = (instant?: string) => (instant ? localDateOf(Date.parse(instant), NORWEGIAN_TIME_ZONE) : '')
  const clock = (instant?: string) => (instant ? localTimeOf(Date.parse(instant), NORWEGIAN_TIME_ZONE) : USUAL_TIME)
  const fields = {
    startDate: useTypedField('date', 'consolePlan.startDate', day(stay?.start), { required: true }),
    startTime: useTypedField('time', 'consolePlan.startTime', clock(stay?.start), { required: true }),
    endDate: useTypedField('date', 'consolePlan.endDate', day(stay?.end), { required: true }),
    endTime: useTypedField('time', 'consolePlan.endTime', clock(stay?.end), { required: true }),
  }

  /** The start and end while every field reads (the end perhaps not after the start), else null. */
  const current = computed(() => {
    const { startDate, startTime, endDate, endTime } = fields
    if (!startDate.read || !startTime.read || !endDate.read || !endTime.read) return null
    return {
      start: instantOfLocal(startDate.read, startTime.read, NORWEGIAN_TIME_ZONE),
      end: instantOfLocal(endDate.read, endTime.read, NORWEGIAN_TIME_ZONE),
    }
  })

  /** The times to send, or null with each field that is wrong saying why; what was typed stays. */
  function checked(): { start: string; end: string } | null {
    if (!checkAll(fields) || !current.value) return null
    if (Date.parse(current.value.end) > Date.parse(current.value.start)) return current.value
    fields.endDate.problem = t('consoleDates.endBeforeStart')
    return null
  }

  return { fields, current, checked }
}
