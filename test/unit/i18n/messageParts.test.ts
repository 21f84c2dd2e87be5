// The inbox's texts load after the first screen, all but the words the unread badge on the navigation needs.
import { describe, expect, it } from 'vitest'
import { messages } from '../../../src/i18n/messages'
import { firstScreenPart, laterPart } from '../../../src/i18n/messageParts'

describe('the inbox texts in the Bokmål parts', () => {
  it('ship the unread badge’s words with the first screen, and the inbox page later', () => {
    const first = firstScreenPart(messages.nb)
    const later = laterPart(messages.nb)
    expect(first['inbox.unreadCount']).toBe(messages.nb.inbox.unreadCount)
    expect(first['inbox.title']).toBeUndefined()
    expect(later['inbox.title']).toBe('Beskjeder')
    expect(later['inbox.unreadCount']).toBeUndefined()
  })
})

describe('the language picker on the sign-in page', () => {
  it('has its heading in Bokmål’s first part, so a signed-out family sees "Språk" before anything else loads', () => {
    expect(firstScreenPart(messages.nb)['more.language']).toBe('Språk')
    expect(firstScreenPart(messages.nb)['language.en']).toBe('English')
  })
})
