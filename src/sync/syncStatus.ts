// What the family is told about syncing, and how an engine failure maps to a reason they understand.
import type { ApiErrorKind } from './apiError'

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

export interface SyncStatus {
  phase: SyncPhase
  problem: SyncProblem | null
  /** The end of the last sync that finished without error (ISO instant). */
  lastSyncedAt: string | null
  /** When the next automatic retry happens after a failure (ISO instant). */
  nextRetryAt: string | null
}

export const signedOutStatus: SyncStatus = { phase: 'signedOut', problem: null, lastSyncedAt: null, nextRetryAt: null }

/** The phase and problem a failed sync leaves behind. */
export function failureStatus(kind: ApiErrorKind | 'unexpected'): Pick<SyncStatus, 'phase' | 'problem'> {
  switch (kind) {
    case 'offline':
    case 'timeout':
      return { phase: 'offline', problem: null }
    case 'sessionExpired':
    case 'badCredentials':
      return { phase: 'error', problem: 'sessionExpired' }
    case 'server':
    case 'rateLimited':
      return { phase: 'error', problem: 'server' }
    case 'malformed':
      return { phase: 'error', problem: 'malformed' }
    case 'refused':
      return { phase: 'error', problem: 'refused' }
    case 'aborted':
    case 'unexpected':
      return { phase: 'error', problem: 'device' }
  }
}
