// The access log as the console reviews it: the filters, the entries read so far (a page at a time, "show
// more" for the next), and the same filters downloaded as CSV.
import { computed, reactive } from 'vue'
import { addDays, localDateOf } from '../../domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import { useConsoleClock } from '../tools/useConsoleClock'
import { staffReadRoutes } from '../../protocol/routes/staffReadRoutes'
import { useStaffSessionStore } from '../stores/staffSession'
import { usePagedList } from '../tools/usePagedList'

export const LOG_PERIODS = { all: null, day: 0, week: 6, month: 29, year: 364 } as const

/** The actions the log writes, which the console names in words (consoleAccessLog.actions) and filters by. */
export const LOGGED_ACTIONS: readonly string[] = [
  'staffGetHousehold',
  'staffGetPlaceDayList',
  'staffGetPlaceNights',
  'staffListHouseholds',
  'staffListStays',
  'staffListChangeRequests',
  'staffListSummerApplications',
  'staffListMessages',
  'staffListNotes',
  'staffListFamilyThreads',
  'staffCreateStay',
  'staffPatchStay',
  'staffDecideChangeRequest',
  'staffClaimChangeRequest',
  'staffReleaseChangeRequest',
  'staffAnswerSummerApplication',
  'staffSendMessage',
  'staffSendNotice',
  'staffAddNote',
  'staffReplyToFamilyThread',
  'staffUpdateMunicipality',
  'staffSetPlaceCapacity',
  'staffImport',
  'staffListClosedHouseholds',
]
export type LogPeriod = keyof typeof LOG_PERIODS

export function useAccessLog() {
  const clock = useConsoleClock()
  const session = useStaffSessionStore()
  const filters = reactive({ householdId: '', userId: '', action: '', period: 'all' as LogPeriod })
  const query = computed(() => {
    const back = LOG_PERIODS[filters.period]
    const today = localDateOf(clock.now(), NORWEGIAN_TIME_ZONE)
    return {
      householdId: filters.householdId || undefined,
      userId: filters.userId || undefined,
      action: filters.action || undefined,
      from: back === null ? undefined : addDays(today, -back),
    }
  })

  const list = usePagedList(session, (cursor) =>
    session.api.call(staffReadRoutes.staffListAccessLog, { query: { ...query.value, cursor } }),
  )

  /** Downloads what the filters match as a CSV file. */
  async function download(): Promise<void> {
    try {
      const csv = await session.api.call(staffReadRoutes.staffExportAccessLog, { query: query.value })
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
      const link = document.createElement('a')
      link.href = url
      link.download = `tilgangslogg-${localDateOf(clock.now(), NORWEGIAN_TIME_ZONE)}.csv`
      link.click()
      URL.revokeObjectURL(url)
    } catch (error) {
      if (!session.expired(error)) list.failed.value = true
    }
  }

  const { items: entries, nextCursor, loading, failed, load } = list
  return { filters, entries, nextCursor, loading, failed, load, download }
}
