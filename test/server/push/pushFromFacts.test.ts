// A push about a message names the stay's day from the message's own facts, in the device's language.
import { describe, expect, it } from 'vitest'
import { defaultPushPreferences, type Message, type StayMessageFacts } from '../../../src/protocol'
import { pushForMessage } from '../../../src/server/push/pushMessages'

const cancelledFacts = {
  kind: 'stayCancelled',
  stayId: '0b5e8d4c-3f0a-4a7e-9d61-2c1e7f9a8b31',
  recipientId: '7d3c2b1a-9e8f-4d6c-8b5a-4e3f2a1b0c9d',
  start: '2026-12-11T15:00:00.000Z',
  end: '2026-12-13T15:00:00.000Z',
  placeName: 'Solsikken avlastningshjem',
  note: null,
} as const satisfies StayMessageFacts

/** As the server stores it: the facts, and no Bokmål sentence. */
const cancellation: Message = {
  id: '5f8f7a3e-8a44-4c1b-9a4e-0d6a3c1f2b10',
  kind: 'stayCancelled',
  stayId: cancelledFacts.stayId,
  changeRequestId: null,
  createdAt: '2026-11-24T09:30:00.000Z',
  readAt: null,
  facts: cancelledFacts,
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

const plain = (text: string) => text.replace(/\s/gu, ' ')

describe('a push with details, in the family’s language', () => {
  const withDetails = (locale: 'nb' | 'nn' | 'en') => ({
    locale,
    preferences: { ...defaultPushPreferences, showDetails: true },
  })

  it('words a cancelled stay in English from its facts, not in the server’s Bokmål', () => {
    const push = pushForMessage(cancellation, withDetails('en'), '2026-11-24T09:30:00.000Z')
    // Intl puts thin spaces around the range's dash: compare the words.
    expect(plain(push.title)).toBe('The stay 11 – 13 December is cancelled')
    expect(plain(push.body)).toBe(
      'The municipality has cancelled the stay Fri 11/12 16:00 – Sun 13/12 16:00 at Solsikken avlastningshjem.',
    )
  })

  it('words a changed stay in Nynorsk and keeps the staff’s own note as written', () => {
    const changed: Message = {
      ...cancellation,
      kind: 'stayChanged',
      facts: {
        ...cancelledFacts,
        kind: 'stayChanged',
        newStart: '2026-12-11T17:00:00.000Z',
        newEnd: '2026-12-13T15:00:00.000Z',
        placeChanged: false,
        transportChanged: true,
        detailsChanged: false,
        note: 'Vi har vannlekkasje på badet.',
      },
    }
    const push = pushForMessage(changed, withDetails('nn'), '2026-11-24T09:30:00.000Z')
    expect(push.title).toBe('Opphaldet 11.–13. desember er endra')
    expect(push.body).toMatch(/^Opphaldet .+ er endra av kommunen\. Ny tid: .+\. Transporten er endra\./)
    expect(push.body.endsWith('Beskjed frå kommunen: Vi har vannlekkasje på badet.')).toBe(true)
  })

  it('keeps a free notice’s own title and words', () => {
    const notice: Message = {
      ...cancellation,
      kind: 'notice',
      stayId: null,
      title: 'Stengt i jula',
      body: 'Huset er stengt 24.–26. desember.',
      facts: null,
    }
    const push = pushForMessage(notice, withDetails('en'), '2026-11-24T09:30:00.000Z')
    expect(push).toMatchObject({ title: 'Stengt i jula', body: 'Huset er stengt 24.–26. desember.' })
  })
})
