// The change channel as one part of the server: it listens to the database's change notices (every
// process's, on PostgreSQL), fans them out to this process's open channels, and every heartbeat writes
// to each channel and closes those whose session has ended.
import { CHANNEL_HEARTBEAT_MS } from '../../protocol'
import type { Clock } from '../../domain/clock'
import type { Route } from '../api/route'
import { liveSessionHashes } from '../auth/sessions'
import { systemTimer, type Timer } from '../reminders/reminderScheduler'
import type { Database } from '../storage/database'
import { ChannelHub } from './channelHub'
import { changeChannelHandlers } from './channelRoute'
import { changeNoticeChannel, readCommittedChange } from './committedChanges'

export interface ChangeChannelOptions {
  /** What writes the heartbeat; null leaves it to the caller's `heartbeat()` (tests). */
  timer?: Timer | null
  heartbeatMs?: number
}

export interface ChangeChannel {
  hub: ChannelHub
  routes: readonly Route[]
  /** Writes the heartbeat, then closes the channels of sessions that have ended. */
  heartbeat(): Promise<void>
  stop(): Promise<void>
}

const SESSIONS_PER_LOOK = 1000

export async function startChangeChannel(
  db: Database,
  clock: Clock,
  log: (line: string) => void,
  options: ChangeChannelOptions = {},
): Promise<ChangeChannel> {
  const hub = new ChannelHub()
  const unlisten = await db.listen(await changeNoticeChannel(db), {
    notice(payload) {
      const change = readCommittedChange(payload)
      if (change) hub.hear(change)
    },
    resumed: () => hub.tellEveryone(),
  })

  async function heartbeat(): Promise<void> {
    hub.heartbeat()
    const sessions = hub.sessions()
    const ended = new Set<string>()
    for (let start = 0; start < sessions.length; start += SESSIONS_PER_LOOK) {
      const looked = sessions.slice(start, start + SESSIONS_PER_LOOK)
      const live = await liveSessionHashes(db, looked, clock)
      for (const hash of looked) if (!live.has(hash)) ended.add(hash)
    }
    hub.endSessions(ended)
  }

  const timer = options.timer === undefined ? systemTimer : options.timer
  const beating = timer?.setInterval(
    () => void heartbeat().catch(() => log('change channel: the look at open sessions failed')),
    options.heartbeatMs ?? CHANNEL_HEARTBEAT_MS,
  )
  return {
    hub,
    routes: changeChannelHandlers(hub),
    heartbeat,
    async stop() {
      if (timer && beating !== undefined) timer.clearInterval(beating)
      hub.closeAll()
      await unlisten()
    },
  }
}
