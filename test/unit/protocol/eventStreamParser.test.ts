// Reading Server-Sent Events from a fetch body's chunks, as EventSource would.
import { describe, expect, it } from 'vitest'
import { eventStreamParser, type ServerSentEvent } from '../../../src/protocol/eventStreamParser'

function read(...chunks: string[]) {
  const events: ServerSentEvent[] = []
  const comments: string[] = []
  const feed = eventStreamParser(
    (event) => events.push(event),
    (comment) => comments.push(comment),
  )
  for (const chunk of chunks) feed(chunk)
  return { events, comments }
}

describe('reading an event stream', () => {
  it('hands on an event once its blank line has come, however the chunks cut it', () => {
    expect(read('event: cha', 'nge\nda', 'ta: {"kinds":[]}\n', '\n').events).toEqual([
      { event: 'change', data: '{"kinds":[]}' },
    ])
    expect(read('event: change\ndata: x\n').events).toEqual([])
  })

  it('takes CRLF and CR line ends, even with the CRLF cut between two chunks', () => {
    expect(read('event: ready\r\ndata: {}\r', '\n\r\n', 'data: a\r\r', ':').events).toEqual([
      { event: 'ready', data: '{}' },
      { event: 'message', data: 'a' },
    ])
  })

  it('joins several data lines with line breaks, and drops one leading space only', () => {
    expect(read('data:  one\ndata:two\n\n').events).toEqual([{ event: 'message', data: ' one\ntwo' }])
  })

  it('tells comments (the heartbeat) apart, and makes no event of them', () => {
    expect(read(':\n\n: still here\n\n')).toEqual({ events: [], comments: ['', ' still here'] })
  })
})

describe('the fields of an event', () => {
  it('takes a field name alone as the field with nothing in it', () => {
    expect(read('data\n\n').events).toEqual([{ event: 'message', data: '' }])
  })

  it('drops one space after the colon and keeps every other', () => {
    expect(read('data:a b\ndata:  two\n\n').events).toEqual([{ event: 'message', data: 'a b\n two' }])
  })

  it('passes over the fields it does not use', () => {
    expect(read('id: 7\nretry: 1000\ndata: x\n\n').events).toEqual([{ event: 'message', data: 'x' }])
  })
})
