// Reads a text/event-stream (Server-Sent Events, as the HTML standard defines them) from the chunks of a
// fetch body: what `EventSource` does, for a client that must send its bearer token, which it cannot.

export interface ServerSentEvent {
  /** `message` when the stream names none. */
  event: string
  data: string
}

/** A function to feed each decoded chunk to; events are handed on as their blank line arrives, comments at once. */
export function eventStreamParser(
  onEvent: (event: ServerSentEvent) => void,
  onComment: (text: string) => void = () => undefined,
): (chunk: string) => void {
  let rest = ''
  let event = ''
  let data: string[] = []
  const line = (text: string) => {
    if (text === '') {
      // An event without data is no event (a lone `event:` line, or only comments).
      if (data.length > 0) onEvent({ event: event || 'message', data: data.join('\n') })
      event = ''
      data = []
      return
    }
    if (text.startsWith(':')) {
      onComment(text.slice(1))
      return
    }
    const colon = text.indexOf(':')
    const field = colon === -1 ? text : text.slice(0, colon)
    const value = colon === -1 ? '' : text.slice(colon + 1).replace(/^ /, '')
    if (field === 'event') event = value
    else if (field === 'data') data.push(value)
  }
  return (chunk) => {
    const lines = (rest + chunk).split(/\r\n|\r(?!$)|\n/)
    rest = lines.pop() ?? ''
    for (const text of lines) line(text)
  }
}
