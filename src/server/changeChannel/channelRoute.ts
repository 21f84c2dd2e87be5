// GET /api/v1/changes: a signed-in user's change channel, open until the client goes, the session
// ends or the server stops. It says only that there is something to pull.
import { changeChannelRoutes } from '../../protocol/routes/changeChannelRoutes'
import { attach } from '../api/route'
import { hashToken } from '../auth/sessions'
import { ApiError } from '../errors/apiError'
import type { ChannelHub } from './channelHub'
import { eventStream } from './eventStream'

export function changeChannelHandlers(hub: ChannelHub) {
  return attach(changeChannelRoutes, {
    async listenForChanges({ principal, token }) {
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
