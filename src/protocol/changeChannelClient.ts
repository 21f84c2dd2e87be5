// The browser's end of the change channel: opens GET /changes with the session's bearer token (fetch, as
// EventSource cannot send one), hands on what it is told (close notices folded into one), opens again
// with growing pauses when the channel drops, and says whether it is live, so the caller polls when not:
// where a proxy holds the stream back, nothing arrives, and the channel never becomes live.
import { backoffDelay, type BackoffPolicy } from './backoff'
import {
  CHANNEL_SILENCE_MS,
  ChangeNotice,
  ChannelEvent,
  mergeNotices,
  SHARED_KINDS,
  type ChangeNotice as Notice,
} from './changeChannel'
import { eventStreamParser, type ServerSentEvent } from './eventStreamParser'
import { changeChannelRoutes } from './routes/changeChannelRoutes'
import { apiPath } from './routes/routePath'
import { systemScheduler, type Scheduler } from './scheduler'

export interface ChangeChannelOptions {
  /** Where the API lives: '' for the page's own origin. */
  baseUrl: string
  token: () => string | null | Promise<string | null>
  /** Told what changed, once the notices of `debounceMs` have come. */
  onNotice(notice: Notice): void
  /** Told when the channel becomes live (then pull once: what came before it opened was not told) and when it stops being. */
  onLive(live: boolean): void
  /** The server answered 401: the session has ended, and the channel stays closed. */
  onSessionEnded?(): void
  fetch?: typeof globalThis.fetch
  scheduler?: Scheduler
  random?: () => number
  debounceMs?: number
  /** A channel not ready within this long is held back by something between (a buffering proxy). */
  readyTimeoutMs?: number
  backoff?: BackoffPolicy
}

export interface ChangeChannelConnection {
  close(): void
}

const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000, minMs: 500 }
// A change every household shares (the municipality's rules) reaches all of them at once: spread their pulls.
const SHARED_SPREAD_MS = 5_000

export function openChangeChannel(options: ChangeChannelOptions): ChangeChannelConnection {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)
  const scheduler = options.scheduler ?? systemScheduler
  const random = options.random ?? Math.random
  const debounceMs = options.debounceMs ?? 250
  let closed = false
  let live = false
  let failures = 0
  let controller: AbortController | null = null
  let watchdog: unknown = null
  let retry: unknown = null
  let pending: Notice | null = null
  let delivery: unknown = null

  const setLive = (next: boolean) => {
    if (live === next) return
    live = next
    options.onLive(next)
  }

  /** Stops the channel under way if nothing arrives within `ms`; null: no more watching. */
  const watch = (ms: number | null) => {
    if (watchdog !== null) scheduler.clearTimeout(watchdog)
    const watched = controller
    watchdog = ms === null ? null : scheduler.setTimeout(() => watched?.abort(), ms)
  }

  function heard(event: ServerSentEvent): void {
    if (event.event === ChannelEvent.ready) {
      failures = 0
      watch(CHANNEL_SILENCE_MS)
      setLive(true)
    } else if (event.event === ChannelEvent.change) {
      let notice: Notice = { kinds: [] } // one this version cannot read still says: pull
      try {
        notice = ChangeNotice.parse(JSON.parse(event.data))
      } catch {
        // as above
      }
      told(notice)
    }
  }

  function told(notice: Notice): void {
    pending = pending ? mergeNotices(pending, notice) : notice
    if (delivery !== null) return
    const shared = pending.kinds.length > 0 && pending.kinds.every((kind) => SHARED_KINDS.includes(kind))
    delivery = scheduler.setTimeout(deliver, debounceMs + (shared ? random() * SHARED_SPREAD_MS : 0))
  }

  function deliver(): void {
    delivery = null
    const notice = pending
    pending = null
    if (notice && !closed) options.onNotice(notice)
  }

  async function connect(): Promise<void> {
    retry = null
    const token = await options.token()
    if (closed) return
    if (!token) {
      closed = true
      return options.onSessionEnded?.()
    }
    const ours = new AbortController()
    controller = ours
    watch(options.readyTimeoutMs ?? 10_000)
    let afterMs: number | undefined
    try {
      const response = await fetchImpl(`${options.baseUrl}${apiPath(changeChannelRoutes.listenForChanges, {})}`, {
        headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
        signal: ours.signal,
        credentials: 'omit',
        cache: 'no-store',
      })
      if (response.status === 401) {
        closed = true
        return options.onSessionEnded?.()
      }
      afterMs = Number(response.headers.get('retry-after') ?? NaN) * 1000 || undefined
      // A proxy's or a portal's page is no channel.
      if (!response.ok || !response.body || !response.headers.get('content-type')?.startsWith('text/event-stream'))
        return
      const feed = eventStreamParser(heard)
      const decoder = new TextDecoder()
      const reader = response.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        if (live) watch(CHANNEL_SILENCE_MS)
        feed(decoder.decode(value, { stream: true }))
      }
    } catch {
      // Network gone, or the watchdog stopped a silent channel: either way, open it again below.
    } finally {
      watch(null)
      if (controller === ours) controller = null
      ours.abort()
      if (!closed) again(afterMs)
    }
  }

  function again(afterMs: number | undefined): void {
    setLive(false)
    failures += 1
    const delay = Math.max(backoffDelay(failures, random, options.backoff ?? DEFAULT_BACKOFF), afterMs ?? 0)
    retry = scheduler.setTimeout(() => void connect(), delay)
  }

  void connect()
  return {
    close() {
      if (closed) return
      closed = true
      watch(null)
      for (const timer of [retry, delivery]) if (timer !== null) scheduler.clearTimeout(timer)
      controller?.abort()
      setLive(false)
    },
  }
}
