import { describe, expect, it } from 'vitest'
import { compileTree } from '../../../src/build/precompiledMessages'
import { LOCALES } from '../../../src/protocol/locale'
import {
  allOf,
  appPart,
  consolePart,
  firstScreenPart,
  laterPart,
  type FlatMessages,
} from '../../../src/i18n/messageParts'
import { messages } from '../../../src/i18n/messages'
import { createAppI18n } from '../../../src/i18n/installI18n'

// Every placeholder gets its own name back, so a text reads the same whatever it asks for.
const anyNamed = new Proxy({}, { get: (_, key) => `<${String(key)}>` })

function translator(texts: FlatMessages) {
  const { t } = createAppI18n('nb', texts, texts).global
  return (key: string) => [t(key, anyNamed), t(key, anyNamed, 1), t(key, anyNamed, 2)]
}

describe('the texts the app ships', () => {
  it.each(LOCALES)('read the same in %s precompiled as written', (locale) => {
    const written = allOf(messages[locale])
    const asWritten = translator(written)
    const precompiled = translator(compileTree(written) as FlatMessages)
    expect(precompiled('app.name')).toEqual(['Pusterom', 'Pusterom', 'Pusterom'])
    for (const key of Object.keys(written)) expect(precompiled(key), key).toEqual(asWritten(key))
  })

  it('leave no Bokmål text out of the first screen, the later part and the staff console’s part', () => {
    const parts = { ...firstScreenPart(messages.nb), ...laterPart(messages.nb), ...consolePart(messages.nb) }
    expect(parts).toEqual(allOf(messages.nb))
  })

  it.each(LOCALES)('keep the staff console’s texts out of the family’s app in %s', (locale) => {
    const family = {
      ...firstScreenPart(messages[locale]),
      ...laterPart(messages[locale]),
      ...appPart(messages[locale]),
    }
    expect(Object.keys(family).filter((key) => key.startsWith('console'))).toEqual([])
    expect(Object.keys(consolePart(messages[locale]))).toContain('consoleRequests.acknowledge')
  })
})
