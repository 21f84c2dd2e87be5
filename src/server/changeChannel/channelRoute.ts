// GET /api/v1/changes: a signed-in user's change channel, open until the client goes, the session
// ends or the server stops. It says only that there is something to pull.
import { EventStream } from '../../protocol'
import { ApiError } from '../api/apiError'
import { defineRoute } from '../api/route'
import { hashToken } from '../auth/sessions'
import type { ChannelHub } from './channelHub'
import { eventStream } from './eventStream'

export function changeChannelRoute(hub: ChannelHub) {
  return defineRoute({
    name: 'listenForChanges',
    method: 'get',
    path: '/changes',
    summary:
      'Tells an open app or console when there is something to pull (Server-Sent Events), never the data: a household hears its own changes and its municipality’s shared ones, staff their municipality’s',
    access: 'signedIn',
    response: EventStream,
    produces: 'text/event-stream',
    errors: ['rate_limited'],
    async handle({ principal, token }) {
      let leave: (() => void) | null = null
      const { stream, sink } = eventStream(() => leave?.())
      // The route is for the signed-in only, so the token stands for a live session.
      leave = hub.join(principal, hashToken(token ?? ''), sink)
      if (!leave)
        throw new ApiError('rate_limited', 'This session has as many change channels open as it may', undefined, 60)
      return stream
    },
  })
}
