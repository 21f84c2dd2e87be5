// LISTEN on PostgreSQL: a connection of its own outside the pool (a pooled one would hand the LISTEN to
// whichever query came next), connected again with growing pauses when it is lost, and then says so, as
// the notices sent while it was away are gone.
import pg from 'pg'
import type { NoticeListener } from './database'

export interface ListenOptions {
  connectionString: string
  /** Pauses before connecting again: doubling from the first to the last. */
  retryMs?: { first: number; last: number }
  /** Says that the connection was lost (never why: the error could name the server). */
  log?: (line: string) => void
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/

export async function listenOnPostgres(
  channel: string,
  listener: NoticeListener,
  options: ListenOptions,
): Promise<() => Promise<void>> {
  if (!CHANNEL_NAME.test(channel)) throw new Error(`not a channel name: ${channel}`)
  const retry = options.retryMs ?? { first: 500, last: 30_000 }
  let client: pg.Client | null = null
  let stopped = false
  let pause = retry.first
  let timer: ReturnType<typeof setTimeout> | undefined

  async function connect(): Promise<pg.Client> {
    const connecting = new pg.Client({ connectionString: options.connectionString, keepAlive: true })
    connecting.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) listener.notice(message.payload)
    })
    // Without a listener an error would end the process; while connecting, the await below reports it.
    connecting.on('error', () => undefined)
    try {
      await connecting.connect()
      await connecting.query(`LISTEN ${channel}`)
    } catch (error) {
      await connecting.end().catch(() => undefined)
      throw error
    }
    connecting.on('error', () => lost(connecting))
    connecting.on('end', () => lost(connecting))
    return connecting
  }

  function lost(which: pg.Client): void {
    if (client !== which) return
    client = null
    which.end().catch(() => undefined)
    if (stopped) return
    options.log?.('change channel: the connection that listens was lost')
    planAgain()
  }

  function planAgain(): void {
    timer = setTimeout(() => void again(), pause)
    pause = Math.min(pause * 2, retry.last)
  }

  async function again(): Promise<void> {
    timer = undefined
    let connected: pg.Client
    try {
      connected = await connect()
    } catch {
      if (!stopped) planAgain()
      return
    }
    if (stopped) {
      await connected.end().catch(() => undefined)
      return
    }
    client = connected
    pause = retry.first
    listener.resumed()
  }

  client = await connect()
  return async () => {
    stopped = true
    clearTimeout(timer)
    const last = client
    client = null
    await last?.end().catch(() => undefined)
  }
}
