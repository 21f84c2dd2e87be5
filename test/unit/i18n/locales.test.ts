import { describe, expect, it } from 'vitest'
import { rememberedLocale, rememberLocale } from '../../../src/i18n/locales'
import { messages } from '../../../src/i18n/messages'

function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('the app language', () => {
  it('is Bokmål on a device that has not chosen one', () => {
    expect(rememberedLocale(memoryStorage())).toBe('nb')
  })

  it('is remembered once chosen', () => {
    const storage = memoryStorage()
    rememberLocale('nn', storage)
    expect(rememberedLocale(storage)).toBe('nn')
  })

  it('falls back to Bokmål when the stored choice is not a language we have', () => {
    const storage = memoryStorage()
    storage.setItem('pusterom.locale', 'sv')
    expect(rememberedLocale(storage)).toBe('nb')
  })

  it('has every Bokmål text in Nynorsk and English too', () => {
    const bokmal = leafKeys(messages.nb).sort()
    expect(leafKeys(messages.nn).sort()).toEqual(bokmal)
    expect(leafKeys(messages.en).sort()).toEqual(bokmal)
  })
})
