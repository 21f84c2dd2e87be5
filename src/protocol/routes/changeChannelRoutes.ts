// The change channel: an open app or console told when there is something to pull (Server-Sent Events).
import { EventStream } from '../changeChannel'
import { describeRoutes } from './route'

export const changeChannelRoutes = describeRoutes({
  listenForChanges: {
    method: 'get',
    path: '/changes',
    summary:
      'Tells an open app or console when there is something to pull (Server-Sent Events), never the data: a household hears its own changes and its municipality’s shared ones, staff their municipality’s',
    access: 'signedIn',
    response: EventStream,
    produces: 'text/event-stream',
    errors: ['rate_limited'],
  },
})
