// Keeps a page's change channel open while it can be of use: the page is shown and the browser online.
// A hidden page is told nothing (push notifications speak for it); once shown again it opens the
// channel anew, whose `ready` says to pull what came in between.
import { openChangeChannel, type ChangeChannelConnection, type ChangeChannelOptions } from './changeChannelClient'

export interface ShownChangeChannel {
  /** Opens again after a sign-in (a channel whose session ended stays closed until then). */
  restart(): void
  stop(): void
}

interface Events {
  addEventListener(type: string, listener: () => void): void
  removeEventListener(type: string, listener: () => void): void
}

/** The page's window, as far as this needs it (the foundation is compiled for the service worker too). */
export interface ShownPage extends Events {
  document: Events & { readonly visibilityState: string }
  navigator: { readonly onLine: boolean }
}

export function listenWhileShown(options: ChangeChannelOptions, page: ShownPage): ShownChangeChannel {
  let connection: ChangeChannelConnection | null = null
  let ended = false
  let stopped = false
  const shown = () => page.document.visibilityState === 'visible' && page.navigator.onLine !== false

  function update(): void {
    if (shown() && !ended && !stopped) {
      connection ??= openChangeChannel({
        ...options,
        onSessionEnded() {
          ended = true
          connection = null
          options.onSessionEnded?.()
        },
      })
    } else {
      connection?.close()
      connection = null
    }
  }

  page.addEventListener('online', update)
  page.addEventListener('offline', update)
  page.document.addEventListener('visibilitychange', update)
  update()
  return {
    restart() {
      connection?.close()
      connection = null
      ended = false
      update()
    },
    stop() {
      stopped = true
      page.removeEventListener('online', update)
      page.removeEventListener('offline', update)
      page.document.removeEventListener('visibilitychange', update)
      update()
    },
  }
}
