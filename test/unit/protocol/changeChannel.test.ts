import { describe, expect, it } from 'vitest'
import {
  CHANNEL_HEARTBEAT_MS,
  CHANNEL_SILENCE_MS,
  EventStream,
  MAX_CHANNELS_PER_SESSION,
  mergeNotices,
  SHARED_KINDS,
  STAFF_NOTICE_KINDS,
} from '../../../src/protocol/changeChannel'

describe('the change channel’s timing', () => {
  it('beats every 20 seconds and is taken for dead after two missed beats and 5 seconds more', () => {
    expect([CHANNEL_HEARTBEAT_MS, CHANNEL_SILENCE_MS]).toEqual([20_000, 45_000])
  })

  it('is open at most five times for one session', () => {
    expect(MAX_CHANNELS_PER_SESSION).toBe(5)
  })
})

describe('who is told of what', () => {
  it('tells staff of the municipality’s side and the families’ requests, never the family’s own lists', () => {
    expect(STAFF_NOTICE_KINDS).toEqual([
      'municipality',
      'place',
      'decision',
      'stay',
      'changeRequest',
      'message',
      'summerApplication',
    ])
  })

  it('tells every household of a change to the municipality or a place', () => {
    expect(SHARED_KINDS).toEqual(['municipality', 'place'])
  })
})

describe('the channel’s body', () => {
  it('is a stream of bytes, and nothing else', () => {
    expect(EventStream.safeParse(new ReadableStream()).success).toBe(true)
    expect(EventStream.safeParse('event: ready\n\n').success).toBe(false)
  })

  it('is described to OpenAPI as an event stream in text', () => {
    expect(EventStream.meta()).toEqual({
      type: 'string',
      description: expect.stringMatching(/^text\/event-stream: `ready` once open, then `change` with a ChangeNotice/),
    })
  })
})

describe('two notices heard close together', () => {
  it('name every kind either names, each once', () => {
    expect(mergeNotices({ kinds: ['stay', 'message'] }, { kinds: ['message', 'packing'] })).toEqual({
      kinds: ['stay', 'message', 'packing'],
    })
  })

  it('say pull everything if either does', () => {
    expect(mergeNotices({ kinds: [] }, { kinds: ['stay'] })).toEqual({ kinds: [] })
    expect(mergeNotices({ kinds: ['stay'] }, { kinds: [] })).toEqual({ kinds: [] })
  })

  it('keep the later cursor, read as a number', () => {
    expect(mergeNotices({ kinds: ['stay'], cursor: '10' }, { kinds: ['stay'], cursor: '9' })).toEqual({
      kinds: ['stay'],
      cursor: '10',
    })
    expect(mergeNotices({ kinds: ['stay'], cursor: '9' }, { kinds: ['stay'], cursor: '10' })).toEqual({
      kinds: ['stay'],
      cursor: '10',
    })
  })

  it('have no cursor when either has none: something may have been missed', () => {
    expect(mergeNotices({ kinds: ['stay'] }, { kinds: ['stay'], cursor: '10' })).toEqual({ kinds: ['stay'] })
    expect(mergeNotices({ kinds: ['stay'], cursor: '10' }, { kinds: ['stay'] })).toEqual({ kinds: ['stay'] })
  })
})
