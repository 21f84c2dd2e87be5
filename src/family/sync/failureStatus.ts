// How an engine failure maps to a reason the family understands; apart from the status types, which the
// first screen needs, so this table loads with the engine.
import type { ApiErrorKind } from '../../protocol/apiError'
import type { SyncStatus } from './syncStatus'

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
    case 'outdated':
      return { phase: 'error', problem: 'outdated' }
    case 'aborted':
    case 'unexpected':
      return { phase: 'error', problem: 'device' }
  }
}
