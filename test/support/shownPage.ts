// A page the test shows, hides, and takes on and off the network, for what listens only while a page is shown.
import type { ShownPage } from '../../src/protocol/changeChannelWhileShown'

export function aShownPage({ visible = true, onLine = true } = {}) {
  const document = Object.assign(new EventTarget(), { visibilityState: visible ? 'visible' : 'hidden' })
  const navigator = { onLine }
  const page = Object.assign(new EventTarget(), { document, navigator })
  return {
    page: page as ShownPage,
    hide() {
      document.visibilityState = 'hidden'
      document.dispatchEvent(new Event('visibilitychange'))
    },
    show() {
      document.visibilityState = 'visible'
      document.dispatchEvent(new Event('visibilitychange'))
    },
    offline() {
      navigator.onLine = false
      page.dispatchEvent(new Event('offline'))
    },
    online() {
      navigator.onLine = true
      page.dispatchEvent(new Event('online'))
    },
  }
}
