// This device's notifications: whether they are on, which kinds the family wants, and the household's
// calendar-feed address. Choices are kept on the device and sent to the server when there is a network.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { offerNotificationsAfterSignIn, takeNotificationOffer } from '../tools/notificationOfferAfterSignIn'
import { useLiveQuery } from '../tools/useLiveQuery'
import { db } from '../db/database'
import { readMeta, writeMeta } from '../db/meta'
import { rememberedLocale } from '../../i18n/locales'
import { defaultPushPreferences, type NotificationKind, type PushPreferences } from '../../protocol'
import { calendarFeedRoutes } from '../../protocol/routes/calendarFeedRoutes'
import { appSync } from '../sync/appSync'
import { readSession } from '../sync/sessionOnDevice'
import {
  pushState,
  renewPushSubscription,
  sendPushChoices,
  turnOffPush,
  turnOnPush,
  type PushBrowser,
  type PushState,
} from '../sync/pushSubscription'

const PREFERENCES_KEY = 'notificationPreferences'
const UNSENT_KEY = 'notificationPreferencesUnsent'
const ASK_DISMISSED_KEY = 'notificationAskDismissed'
/** The family turned notifications on here (and not off since): a subscription the browser dropped is made again. */
const WANTED_KEY = 'notificationsWanted'

/** What the last attempt to turn notifications on or send choices ended in, to tell the family. */
export type NotificationProblem = 'denied' | 'unsupported' | 'failed' | 'unsent' | null

export const useNotificationSettingsStore = defineStore('notificationSettings', () => {
  const { api } = appSync()
  const browser = shallowRef<PushBrowser | undefined>(undefined)
  const state = shallowRef<PushState | 'unknown'>('unknown')
  const busy = shallowRef(false)
  const problem = shallowRef<NotificationProblem>(null)
  const { data: stored } = useLiveQuery(
    () => readMeta<PushPreferences>(db, PREFERENCES_KEY),
    undefined as PushPreferences | undefined,
  )
  const { data: askDismissed, loaded: askLoaded } = useLiveQuery(
    async () => (await readMeta<boolean>(db, ASK_DISMISSED_KEY)) ?? false,
    false,
  )
  const feedUrl = shallowRef<string | null>(null)
  const feedProblem = shallowRef(false)

  const preferences = computed(() => stored.value ?? defaultPushPreferences)
  const choices = () => ({ locale: rememberedLocale(), preferences: preferences.value })

  /** Reads the browser's state; sends choices that could not be sent before. */
  async function refresh(): Promise<void> {
    state.value = await pushState(browser.value)
    if (state.value === 'on' && (await readMeta<boolean>(db, UNSENT_KEY))) await send()
  }

  async function send(): Promise<void> {
    try {
      await sendPushChoices(api, choices(), browser.value)
      await writeMeta(db, UNSENT_KEY, false)
      if (problem.value === 'unsent') problem.value = null
    } catch {
      await writeMeta(db, UNSENT_KEY, true)
      problem.value = 'unsent'
    }
  }

  /** Call from the family's tap: that is when the browser may ask its permission question. */
  async function turnOn(): Promise<PushState> {
    busy.value = true
    problem.value = null
    let result: PushState
    try {
      result = await turnOnPush(api, choices(), browser.value)
      if (result === 'denied' || result === 'unsupported') problem.value = result
      if (result === 'on') {
        await writeMeta(db, UNSENT_KEY, false)
        await writeMeta(db, WANTED_KEY, true)
      }
    } catch {
      problem.value = 'failed'
      result = await pushState(browser.value)
    } finally {
      busy.value = false
    }
    state.value = result
    return result
  }

  async function turnOff(): Promise<void> {
    busy.value = true
    try {
      await turnOffPush(api, browser.value)
      await writeMeta(db, WANTED_KEY, false)
      problem.value = null
    } finally {
      state.value = await pushState(browser.value)
      busy.value = false
    }
  }

  /** On every open and when the browser replaced the subscription: the server learns this device's current one. */
  async function renew(): Promise<void> {
    if (!(await readSession(db))) return
    const wanted = (await readMeta<boolean>(db, WANTED_KEY)) ?? false
    try {
      state.value = await renewPushSubscription(api, choices(), wanted, browser.value)
      if (state.value === 'on') await writeMeta(db, UNSENT_KEY, false)
    } catch {
      // Offline, or the push service did not answer: the next open tries again.
    }
  }

  async function update(change: Partial<PushPreferences>): Promise<void> {
    const next = { ...preferences.value, ...change }
    await writeMeta(db, PREFERENCES_KEY, next)
    stored.value = next // the live query follows; the next `send` must not read the old value
    if (state.value === 'on') await send()
  }

  /** Tests and other windows may supply their own browser parts. */
  function useBrowser(parts: PushBrowser): void {
    browser.value = parts
  }

  function setKind(kind: NotificationKind, on: boolean): Promise<void> {
    return update({ kinds: { ...preferences.value.kinds, [kind]: on } })
  }

  function setShowDetails(showDetails: boolean): Promise<void> {
    return update({ showDetails })
  }

  function setDeadlineLeadHours(deadlineLeadHours: number | null): Promise<void> {
    return update({ deadlineLeadHours })
  }

  /** The language changed: notifications should speak it too. */
  function languageChanged(): Promise<void> {
    return state.value === 'on' ? send() : Promise.resolve()
  }

  function dismissAsk(): Promise<void> {
    return writeMeta(db, ASK_DISMISSED_KEY, true)
  }

  async function loadFeed(rotate = false): Promise<void> {
    feedProblem.value = false
    try {
      const { url } = await api.call(
        rotate ? calendarFeedRoutes.rotateCalendarFeed : calendarFeedRoutes.getCalendarFeed,
      )
      feedUrl.value = new URL(url, globalThis.location?.origin ?? 'http://localhost').href
    } catch {
      feedProblem.value = true
    }
  }

  return {
    state,
    busy,
    problem,
    preferences,
    askDismissed,
    askLoaded,
    feedUrl,
    feedProblem,
    useBrowser,
    refresh,
    renew,
    turnOn,
    turnOff,
    setKind,
    setShowDetails,
    setDeadlineLeadHours,
    languageChanged,
    dismissAsk,
    loadFeed,
    /** Signed in: the next page offers notifications, once. */
    offerAfterSignIn: offerNotificationsAfterSignIn,
    takeOfferAfterSignIn: takeNotificationOffer,
  }
})
