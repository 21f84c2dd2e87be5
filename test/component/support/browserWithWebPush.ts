// A browser that can show notifications, not yet allowed to: the notification choices are offered only where
// Web Push works.
import { vi } from 'vitest'

export function aBrowserWithWebPush(): void {
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: { getRegistration: async () => undefined } })
  vi.stubGlobal('Notification', { permission: 'default', requestPermission: async () => 'default' })
  vi.stubGlobal('PushManager', class {})
}
