// What the screen holds after a push, decided from what it holds before: every push shows a notification
// (Safari on iOS revokes a subscription whose pushes show nothing), a repeat replaces the one it already
// shows, and several messages from the municipality become one. Pure, so the rules are tested without a browser.
import type { PushMessage } from '../protocol/push'

type Lang = PushMessage['lang']
const MESSAGE_KINDS = new Set<PushMessage['kind']>([
  'stayChanged',
  'stayCancelled',
  'stayPlanned',
  'requestAnswered',
  'notice',
])
export const INBOX_GROUP = 'inbox'
const ICON = '/icons/icon-192.png'

// The worker cannot load the app's vue-i18n messages; these few words are its own.
const texts: Record<Lang, { fallbackTitle: string; fallbackBody: string; several: (count: number) => string }> = {
  nb: {
    fallbackTitle: 'Pusterom',
    fallbackBody: 'Det er nytt fra kommunen.',
    several: (n) => `${n} nye beskjeder fra kommunen`,
  },
  nn: {
    fallbackTitle: 'Pusterom',
    fallbackBody: 'Det er nytt frå kommunen.',
    several: (n) => `${n} nye beskjedar frå kommunen`,
  },
  en: {
    fallbackTitle: 'Pusterom',
    fallbackBody: 'There is news from the municipality.',
    several: (n) => `${n} new messages from the municipality`,
  },
}

export const workerLanguages = Object.keys(texts) as Lang[]

export interface NotificationData {
  url: string
  group: string | null
  titles: string[]
  /** The pushes this notification shows (their id, or message id), so a repeat finds it. */
  pushes?: string[]
}

/** A notification on the screen, as the worker reads it back. */
export interface ShownNotification {
  title: string
  body: string
  tag: string
  data: unknown
}

export interface NotificationToShow {
  title: string
  options: { body: string; tag: string; lang?: string; icon: string; data: NotificationData }
}

export interface Plan {
  show: NotificationToShow
  /** Tags of notifications to close once `show` is on the screen (never before: the screen is never left empty). */
  close: string[]
}

const dataOf = (shown: ShownNotification) => shown.data as NotificationData | null
const pushKey = (message: PushMessage) => message.id ?? message.messageId

/** The same notification again, as it was: showing it under its own tag replaces it. */
function again(shown: ShownNotification, fallbackData: NotificationData): NotificationToShow {
  return {
    title: shown.title,
    options: { body: shown.body, tag: shown.tag, icon: ICON, data: dataOf(shown) ?? fallbackData },
  }
}

export function planFor(message: PushMessage | null, onScreen: readonly ShownNotification[]): Plan {
  const inbox = onScreen.filter((shown) => dataOf(shown)?.group === INBOX_GROUP)
  if (!message) {
    // Unreadable: the newest message from the municipality is shown again rather than replaced by a generic text.
    const newest = inbox.at(-1)
    const empty: NotificationData = { url: '/messages', group: INBOX_GROUP, titles: [], pushes: [] }
    if (newest) return { show: again(newest, empty), close: [] }
    const { fallbackTitle, fallbackBody } = texts.nb
    return {
      show: { title: fallbackTitle, options: { body: fallbackBody, tag: INBOX_GROUP, icon: ICON, data: empty } },
      close: [],
    }
  }
  const key = pushKey(message)
  const own = { body: message.body, tag: message.tag, lang: message.lang, icon: ICON }
  const pushes = key ? [key] : []
  // A repeat (a server process died after the push service took it, and another sent it again) replaces the
  // notification that shows it, unchanged: it still shows something, and a group never counts a message twice.
  const showing = key ? onScreen.find((shown) => dataOf(shown)?.pushes?.includes(key)) : undefined
  if (showing) return { show: again(showing, { url: message.url, group: null, titles: [], pushes }), close: [] }
  if (!MESSAGE_KINDS.has(message.kind))
    return {
      show: { title: message.title, options: { ...own, data: { url: message.url, group: null, titles: [], pushes } } },
      close: [],
    }
  const earlier = inbox.filter((shown) => shown.tag !== message.tag)
  if (earlier.length === 0) {
    const data = { url: message.url, group: INBOX_GROUP, titles: [message.title], pushes }
    return { show: { title: message.title, options: { ...own, data } }, close: [] }
  }
  // Several messages from the municipality become one notification listing them, opening the inbox.
  const titles = [message.title, ...earlier.flatMap((shown) => dataOf(shown)?.titles ?? [])]
  const grouped = [...pushes, ...earlier.flatMap((shown) => dataOf(shown)?.pushes ?? [])]
  return {
    show: {
      title: texts[message.lang].several(titles.length),
      options: {
        body: titles.join('\n'),
        tag: INBOX_GROUP,
        lang: message.lang,
        icon: ICON,
        data: { url: '/messages', group: INBOX_GROUP, titles, pushes: grouped },
      },
    },
    close: earlier.map((shown) => shown.tag).filter((tag) => tag !== INBOX_GROUP),
  }
}
