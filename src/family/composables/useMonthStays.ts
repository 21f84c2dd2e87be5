// One month of stays for the month view, live from the device, with the grid to lay them out on.
import { computed, type Ref } from 'vue'
import { noStays, withRequests } from '../db/changeRequestQueries'
import { db } from '../db/database'
import { staysBetween } from '../db/stayQueries'
import { calendarEntries, type CalendarEntry } from '../../domain/calendarEntries'
import { monthGrid, monthWindow, staysByDay } from '../../domain/calendarMonth'
import { localDateOf } from '../../domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import { useCalendarStore } from '../stores/calendar'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'

/** The month (`2026-11`) the calendar opens on: the current one in Norway. */
export function currentYearMonth(nowMs: number): string {
  return localDateOf(nowMs, NORWEGIAN_TIME_ZONE).slice(0, 7)
}

export function useMonthStays(yearMonth: Ref<string>) {
  const calendar = useCalendarStore()
  const { now } = useAppTime()
  const window = computed(() => monthWindow(yearMonth.value, NORWEGIAN_TIME_ZONE))
  const { data, loaded } = useLiveQuery(
    () =>
      withRequests(db, () => staysBetween(db, window.value.from, window.value.to, calendar.recipientId ?? undefined)),
    noStays,
    [window, () => calendar.recipientId],
  )
  const entries = computed<CalendarEntry[]>(() => calendarEntries(data.value, calendar.lookups))
  const today = computed(() => localDateOf(now.value, NORWEGIAN_TIME_ZONE))
  const weeks = computed(() => monthGrid(yearMonth.value, today.value))
  const entriesByDay = computed(() => {
    const entryOf = new Map(entries.value.map((entry) => [entry.stay, entry]))
    const byDay = new Map<string, CalendarEntry[]>()
    for (const [day, stays] of staysByDay(data.value.stays, NORWEGIAN_TIME_ZONE)) {
      byDay.set(
        day,
        stays.map((stay) => entryOf.get(stay)).filter((entry) => entry !== undefined),
      )
    }
    return byDay
  })
  return { entries, entriesByDay, weeks, today, loaded }
}
