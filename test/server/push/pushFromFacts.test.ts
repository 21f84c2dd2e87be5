// A push about a message names the stay's day from the message's own facts, in the device's language.
import { describe, expect, it } from 'vitest'
import { defaultPushPreferences, type Message } from '../../../src/protocol'
import { pushForMessage } from '../../../src/server/push/pushMessages'

const cancellation: Message = {
  id: '5f8f7a3e-8a44-4c1b-9a4e-0d6a3c1f2b10',
  kind: 'stayCancelled',
  title: 'Opphold avlyst',
  body: 'Oppholdet fredag 11.12. kl. 16.00 er avlyst av kommunen.',
  stayId: '0b5e8d4c-3f0a-4a7e-9d61-2c1e7f9a8b31',
  changeRequestId: null,
  createdAt: '2026-11-24T09:30:00.000Z',
  readAt: null,
  facts: {
    kind: 'stayCancelled',
    stayId: '0b5e8d4c-3f0a-4a7e-9d61-2c1e7f9a8b31',
    recipientId: '7d3c2b1a-9e8f-4d6c-8b5a-4e3f2a1b0c9d',
    start: '2026-12-11T15:00:00.000Z',
    end: '2026-12-13T15:00:00.000Z',
    placeName: 'Solsikken avlastningshjem',
    note: null,
  },
}

describe('a push about a cancelled stay', () => {
  it('says which day the cancelled stay was, in Nynorsk, from the message’s facts', () => {
    const push = pushForMessage(
      cancellation,
      { locale: 'nn', preferences: { ...defaultPushPreferences, showDetails: false } },
      '2026-11-24T09:30:00.000Z',
    )
    expect(push.body).toBe('Kommunen har avlyst opphaldet fredag 11. desember. Trykk for å sjå meir.')
  })
})
