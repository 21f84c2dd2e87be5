// How the texts are cut for shipping. Bokmål's first part holds what the calendar and the sign-in screen
// use; the later part (sections below) is fetched before any other page opens. Keys are flat
// ("agenda.title"), the form petite-vue-i18n looks texts up by.
import type { Messages } from './messages'

export const LATER_SECTIONS = [
  'packing',
  'medication',
  'notifications',
  'changeRequest',
  'decisions',
  'more',
  'signOut',
  'setAside',
  'editConflict',
  'signInTrouble',
] as const satisfies readonly (keyof Messages)[]

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

const isLater = (section: string) => (LATER_SECTIONS as readonly string[]).includes(section)

function sections(messages: Messages, later: boolean): FlatMessages {
  return flatten(Object.fromEntries(Object.entries(messages).filter(([section]) => isLater(section) === later)))
}

export const firstScreenPart = (messages: Messages) => sections(messages, false)
export const laterPart = (messages: Messages) => sections(messages, true)
export const allOf = (messages: Messages) => flatten(messages)
