// How the texts are cut for shipping. Bokmål's first part holds what the calendar and the sign-in screen
// use; the later part (sections below) is fetched before any other page opens; the staff console's
// sections, in every language, only when the console opens. Keys are flat ("agenda.title"), the form
// petite-vue-i18n looks texts up by.
import type { Messages } from './messages'

export const LATER_SECTIONS = [
  'packing',
  'medication',
  'notifications',
  'inbox',
  'changeRequest',
  'decisions',
  'more',
  'signOut',
  'setAside',
  'restored',
  // The refusal notice is among the notices fetched after the first screen.
  'rejection',
  'editConflict',
  'signInTrouble',
  'home',
  'homeScreen',
  // Only the stay's own page uses these; the agenda's cards do not.
  'stayPage',
  'summer',
  'respiteInfo',
  'settings',
  'aboutMe',
  'familyMessages',
] as const satisfies readonly (keyof Messages)[]

/** Texts of a later section that the first screen needs: the unread badge on the navigation, and the
 * language picker's heading on the sign-in page (a family that cannot read Bokmål must find it at once). */
export const FIRST_SCREEN_KEYS: readonly string[] = ['inbox.unreadCount', 'more.language']

/** The staff console's texts (src/i18n/messages/console*.ts): never shipped with the family's pages. */
export const CONSOLE_SECTIONS = [
  'console',
  'consoleRequests',
  'consolePlan',
  'consolePlanning',
  'consoleHouseholds',
  'consoleAccessLog',
  'consoleOverview',
  'consoleSummer',
  'consoleMessages',
  'consoleInfo',
  'consoleInfoTexts',
  'consoleDayList',
  'consoleNights',
  'consoleDates',
  'consoleFamilyThreads',
  'consoleImports',
  'consoleRetention',
] as const satisfies readonly (keyof Messages)[]

/** Family texts the console ships too: its preview of "Our information" shows them as families read them, and
 * the respite home's day list names the medication list's and the "about me" card's fields as the family does. */
export const CONSOLE_ALSO_SECTIONS: readonly string[] = ['respiteInfo', 'medication', 'aboutMe']

/** Texts by full key. The build ships each text precompiled (src/build/precompiledMessages.ts). */
export type FlatMessages = Record<string, string>

type Tree = { [key: string]: string | Tree }

export function flatten(tree: Tree, prefix = ''): FlatMessages {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  )
}

type Part = 'firstScreen' | 'later' | 'console'

function partOf(section: string): Part {
  if ((CONSOLE_SECTIONS as readonly string[]).includes(section)) return 'console'
  return (LATER_SECTIONS as readonly string[]).includes(section) ? 'later' : 'firstScreen'
}

function partOfKey(key: string): Part {
  return FIRST_SCREEN_KEYS.includes(key) ? 'firstScreen' : partOf(key.slice(0, key.indexOf('.')))
}

function sections(messages: Messages, parts: readonly Part[]): FlatMessages {
  return Object.fromEntries(Object.entries(flatten(messages)).filter(([key]) => parts.includes(partOfKey(key))))
}

export const firstScreenPart = (messages: Messages) => sections(messages, ['firstScreen'])
export const laterPart = (messages: Messages) => sections(messages, ['later'])
/** A language's texts for the family's app: all but the console's. */
export const appPart = (messages: Messages) => sections(messages, ['firstScreen', 'later'])
export const consolePart = (messages: Messages) => ({
  ...sections(messages, ['console']),
  ...Object.fromEntries(
    Object.entries(flatten(messages)).filter(([key]) => CONSOLE_ALSO_SECTIONS.includes(key.slice(0, key.indexOf('.')))),
  ),
})
export const allOf = (messages: Messages) => flatten(messages)
