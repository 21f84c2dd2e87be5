// Why the engine syncs, and which of the reasons go ahead even while it is backing off after failures.

export type SyncTrigger =
  | 'start'
  | 'online'
  | 'visible'
  | 'timer'
  | 'manual'
  | 'push'
  /** The change channel says there is something to pull. */
  | 'channel'
  | 'localChange'
  /** A new change request: it races the municipality's deadline, so no backoff may hold it up. */
  | 'changeRequest'
  | 'retry'
/** Triggers that go ahead even while backing off: someone or something says now is a good time. */
export const URGENT: ReadonlySet<SyncTrigger> = new Set(['start', 'online', 'manual', 'push', 'changeRequest', 'retry'])
