// A browser's end of the change channel on a fake server, with a clock the test moves and what it was told.
import { expect, vi } from 'vitest'
import type { ChangeNotice } from '../../src/protocol/changeChannel'
import { openChangeChannel, type ChangeChannelOptions } from '../../src/protocol/changeChannelClient'
import { aChannelServer, READY } from './fakeChangeChannel'
import { testClock } from './testClock'

/** A listener on `server` with a clock the test moves. */
export function aListener(options: Partial<ChangeChannelOptions> = {}, server = aChannelServer()) {
  const clock = testClock()
  const notices: ChangeNotice[] = []
  const live: boolean[] = []
  const ended = vi.fn()
  const connection = openChangeChannel({
    baseUrl: 'http://127.0.0.1:1',
    token: () => 'a-token-of-twenty-characters',
    fetch: server.fetch as typeof globalThis.fetch,
    scheduler: clock,
    random: () => 0.5,
    onNotice: (notice) => notices.push(notice),
    onLive: (value) => live.push(value),
    onSessionEnded: ended,
    ...options,
  })
  return { clock, server, connection, notices, live, ended }
}

/** A listener whose first channel the server has opened and said ready on. */
export async function aLiveListener(options: Partial<ChangeChannelOptions> = {}) {
  const listener = aListener(options)
  const channel = await listener.server.latest()
  channel.send(READY)
  await vi.waitFor(() => expect(listener.live).toEqual([true]))
  return { ...listener, channel }
}
