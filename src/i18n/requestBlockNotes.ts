// What the stay page and the request form say when no new request can be made, by the reason.
import type { RequestBlock } from '../domain/stayState'

export const requestBlockNotes: Record<RequestBlock, string> = {
  started: 'stayPage.notChangeable',
  cancelled: 'stayPage.cancelledNote',
  pending: 'stayPage.pendingNote',
}
