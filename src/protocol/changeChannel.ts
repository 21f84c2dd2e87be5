// The change channel (Server-Sent Events): what it tells an open app or console, which is only that
// there is something to pull, never the data. The pull stays the only way data moves.
import './zodInBrowser'
import { z } from 'zod'
import { Cursor } from './api'
import { EntityName } from './entities'

/** How often the server writes a comment on an open channel, so proxies keep it open and both ends see it live. */
export const CHANNEL_HEARTBEAT_MS = 20_000
/** A channel that has said nothing for this long is taken for dead and opened again. */
export const CHANNEL_SILENCE_MS = 2 * CHANNEL_HEARTBEAT_MS + 5_000
/** Open channels one session may hold in one server process; one more is refused (429). */
export const MAX_CHANNELS_PER_SESSION = 5

/** The events, by their SSE `event:` name. */
export const ChannelEvent = {
  /** The channel is open: what changed from now on will be told (pull once for what came before). */
  ready: 'ready',
  /** Something to pull. */
  change: 'change',
} as const

/**
 * Something changed that the listener may see. `kinds` are the entities that changed (none: unknown,
 * pull everything); `cursor` (families only) the change's place in the household's feed, so a device
 * that has pulled that far already need not pull again.
 */
export const ChangeNotice = z.object({
  kinds: z.array(EntityName).max(EntityName.options.length),
  cursor: Cursor.optional(),
})
export type ChangeNotice = z.infer<typeof ChangeNotice>

/**
 * What staff are told of: the municipality's side of things and the families' requests, applications and
 * messages, never the family's own lists (packing, checklists, medications, about-me cards).
 */
export const STAFF_NOTICE_KINDS: readonly EntityName[] = [
  'municipality',
  'place',
  'decision',
  'stay',
  'changeRequest',
  'message',
  'summerApplication',
]

/** Entities every household of the municipality shares: a change reaches all their devices at once. */
export const SHARED_KINDS: readonly EntityName[] = ['municipality', 'place']

/** The channel's body as the server writes it: `ready`, then `change` events, and heartbeat comments. */
export const EventStream = z
  .custom<ReadableStream<Uint8Array>>((value) => value instanceof ReadableStream)
  .meta({
    type: 'string',
    description:
      'text/event-stream: `ready` once open, then `change` with a ChangeNotice ({kinds, cursor?}) whenever something the caller may see has changed, and a comment every 20 s',
  })

/** Two notices heard close together as one: every kind either names, or none (all) if either did; the later cursor. */
export function mergeNotices(first: ChangeNotice, second: ChangeNotice): ChangeNotice {
  const kinds =
    first.kinds.length === 0 || second.kinds.length === 0 ? [] : [...new Set([...first.kinds, ...second.kinds])]
  if (first.cursor === undefined || second.cursor === undefined) return { kinds }
  return { kinds, cursor: BigInt(first.cursor) > BigInt(second.cursor) ? first.cursor : second.cursor }
}
