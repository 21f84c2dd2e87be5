// Connects the change channel to the engine: while the app is shown and online it listens, and pulls
// when told, unless this device has pulled that far already (its own change, told back to it). While the
// channel is live the engine's timer only looks now and then; where it is blocked, the timer polls.
import { listenWhileShown, type ShownChangeChannel, type ShownPage } from '../../protocol/changeChannelWhileShown'
import type { ChangeChannelOptions } from '../../protocol/changeChannelClient'
import type { PusteromDatabase } from '../db/database'
import type { SyncEngine } from './engine'
import { readCursor } from './pull'

export interface ChannelTriggerOptions extends Pick<ChangeChannelOptions, 'fetch' | 'scheduler' | 'random'> {
  baseUrl?: string
  token: () => Promise<string | null>
}

export function attachChannelTriggers(
  engine: Pick<SyncEngine, 'trigger' | 'setLive'>,
  db: PusteromDatabase,
  options: ChannelTriggerOptions,
  page: ShownPage = window,
): ShownChangeChannel {
  return listenWhileShown(
    {
      baseUrl: '',
      ...options,
      onLive(live) {
        engine.setLive(live)
        // What changed before the channel opened was told to no one: pull once.
        if (live) engine.trigger('channel')
      },
      onNotice(notice) {
        void pulledAlready(db, notice.cursor).then((pulled) => pulled || engine.trigger('channel'))
      },
      // The engine's next pull finds out, and says so.
      onSessionEnded: () => engine.trigger('channel'),
    },
    page,
  )
}

/** Whether the device has pulled up to `cursor` (a change told back to the device that made it). */
async function pulledAlready(db: PusteromDatabase, cursor: string | undefined): Promise<boolean> {
  if (cursor === undefined) return false
  const own = await readCursor(db)
  return own !== null && BigInt(own) >= BigInt(cursor)
}
