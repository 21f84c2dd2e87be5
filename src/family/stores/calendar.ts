// What the calendar shows: coming stays (and past ones on request) with their places, people and
// states, and the municipality's change deadline rule, live from the device, for one person or everyone.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'
import { noStays, withRequests } from '../db/changeRequestQueries'
import { firstDeadlineRule, firstPlaces, firstRecipients, firstUpcoming } from '../db/firstScreenReads'
import { pastStays, upcomingStays } from '../db/stayQueries'
import { calendarEntries, lookupsOf, type CalendarEntry } from '../../domain/calendarEntries'
import type { ChangeDeadlineRule, Place, Recipient } from '../../protocol'

const UPCOMING_LIMIT = 60
const PAST_PAGE = 20
const byName = (recipients: Recipient[]) => recipients.sort((a, b) => a.name.localeCompare(b.name, 'nb'))

export const useCalendarStore = defineStore('calendar', () => {
  const { now } = useAppTime()
  /** One person's stays, or everyone's when null. */
  const recipientId = shallowRef<string | null>(null)
  const pastShown = shallowRef(0)
  // The agenda changes by the minute at most: re-query when the minute turns, not at every tick.
  const from = computed(() => new Date(Math.floor(now.value / 60_000) * 60_000).toISOString())
  const filter = () => recipientId.value ?? undefined

  // The first screen: each read answers first from IndexedDB itself, before Dexie has loaded.
  const upcoming = useLiveQuery(
    (db) => withRequests(db, () => upcomingStays(db, from.value, UPCOMING_LIMIT, filter())),
    noStays,
    [from, recipientId],
    () => firstUpcoming(from.value, UPCOMING_LIMIT, filter()),
  )
  const past = useLiveQuery(
    (db) =>
      pastShown.value === 0
        ? Promise.resolve(noStays)
        : withRequests(db, () => pastStays(db, from.value, pastShown.value + 1, filter())),
    noStays,
    [from, recipientId, pastShown],
  )
  const { data: places, loaded: placesLoaded } = useLiveQuery(
    (db) => db.places.toArray(),
    [] as Place[],
    [],
    firstPlaces,
  )
  const { data: recipients, loaded: recipientsLoaded } = useLiveQuery(
    async (db) => byName(await db.recipients.toArray()),
    [] as Recipient[],
    [],
    async () => {
      const found = await firstRecipients()
      return found && byName(found)
    },
  )
  const { data: rule, loaded: ruleLoaded } = useLiveQuery(
    async (db) => (await db.municipality.toCollection().first())?.changeDeadline ?? null,
    null as ChangeDeadlineRule | null,
    [],
    firstDeadlineRule,
  )
  const lookups = computed(() => lookupsOf(places.value, recipients.value))
  // The reads answer one after another; showing what came first would move it when the rest arrives.
  const loaded = computed(
    () => upcoming.loaded.value && placesLoaded.value && recipientsLoaded.value && ruleLoaded.value,
  )

  const agenda = computed<CalendarEntry[]>(() => calendarEntries(upcoming.data.value, lookups.value))
  /** Past stays shown so far, most recent first. */
  const history = computed<CalendarEntry[]>(() =>
    calendarEntries(past.data.value, lookups.value).slice(0, pastShown.value),
  )
  // One more than shown was asked for, so whether there are more is known without counting.
  const hasMorePast = computed(() => pastShown.value === 0 || past.data.value.stays.length > pastShown.value)

  function showMorePast(): void {
    pastShown.value += PAST_PAGE
  }

  function showRecipient(id: string | null): void {
    recipientId.value = id
    pastShown.value = 0
  }

  return {
    agenda,
    history,
    hasMorePast,
    loaded,
    recipients,
    rule,
    lookups,
    recipientId,
    showRecipient,
    showMorePast,
  }
})
