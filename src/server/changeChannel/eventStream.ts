// One open channel as the bytes of a Server-Sent Events stream: events and comments written as they
// come, and a way to learn when the client has gone.
import { ChannelEvent, type ChangeNotice } from '../../protocol'

/** Where a channel's events go; `write` answers false once the client has gone or stopped reading. */
export interface ChannelSink {
  write(text: string): boolean
  close(): void
}

// A client that reads nothing while this many writes wait is gone in all but name (its socket full).
const MOST_WAITING = 64

const encoder = new TextEncoder()

export const channelText = {
  opened: `event: ${ChannelEvent.ready}\ndata: {}\n\n`,
  change: (notice: ChangeNotice) => `event: ${ChannelEvent.change}\ndata: ${JSON.stringify(notice)}\n\n`,
  heartbeat: ':\n\n',
}

/** A stream to answer with, and its sink; `gone` is called once when the client or the sink ends it. */
export function eventStream(gone: () => void): { stream: ReadableStream<Uint8Array>; sink: ChannelSink } {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined
  let open = true
  const end = () => {
    if (!open) return
    open = false
    gone()
  }
  const stream = new ReadableStream<Uint8Array>({
    start(started) {
      controller = started
    },
    cancel: end,
  })
  const sink: ChannelSink = {
    write(text) {
      if (!open || !controller) return false
      if ((controller.desiredSize ?? 0) < -MOST_WAITING) return false
      controller.enqueue(encoder.encode(text))
      return true
    },
    close() {
      if (!open) return
      controller?.close()
      end()
    },
  }
  return { stream, sink }
}
