// What the family is told about syncing (an engine failure's reason: failureStatus.ts).

export type SyncPhase =
  /** Not signed in: nothing to sync. */
  | 'signedOut'
  /** Signed in, no sync has finished since the app started. */
  | 'idle'
  | 'syncing'
  | 'upToDate'
  /** No network: changes wait on the device. */
  | 'offline'
  | 'error'

/** Why the last sync failed, in terms the UI can explain. */
export type SyncProblem =
  /** Sign in again; nothing is lost meanwhile. */
  | 'sessionExpired'
  /** The municipality's server failed or is busy; the app retries by itself. */
  | 'server'
  /** The server's answer made no sense to this app version; the app retries by itself. */
  | 'malformed'
  /** The server refused the request itself; the app retries, but an app update may be needed. */
  | 'refused'
  /** Something went wrong on the device (storage). */
  | 'device'
  /** The server no longer serves this app's protocol version: the app updates itself, its changes kept. */
  | 'outdated'

export interface SyncStatus {
  phase: SyncPhase
  problem: SyncProblem | null
  /** The end of the last sync that finished without error (ISO instant). */
  lastSyncedAt: string | null
  /** When the next automatic retry happens after a failure (ISO instant). */
  nextRetryAt: string | null
}

export const signedOutStatus: SyncStatus = { phase: 'signedOut', problem: null, lastSyncedAt: null, nextRetryAt: null }
