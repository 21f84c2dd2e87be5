// The console's change channel: told when the municipality's side or a family's request, application
// or message changes, while the tab is shown; the console then reads again what it shows.
import type { ChangeChannelOptions } from '../../protocol/changeChannelClient'
import { listenWhileShown, type ShownChangeChannel } from '../../protocol/changeChannelWhileShown'

export type StaffChangeHandlers = Pick<ChangeChannelOptions, 'onNotice' | 'onLive' | 'onSessionEnded'>

export function listenForStaffChanges(token: () => string | null, handlers: StaffChangeHandlers): ShownChangeChannel {
  // fetch is looked up at each call, so tests can stub it.
  return listenWhileShown(
    { baseUrl: '', token, fetch: (input, init) => globalThis.fetch(input, init), ...handlers },
    window,
  )
}
