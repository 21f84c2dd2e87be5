// The server keeps this device's current push subscription: sent on every open, and again when the service
// worker says the browser replaced it.
import { useNotificationSettingsStore } from '../stores/notificationSettings'
import { PUSH_SUBSCRIPTION_CHANGED } from '../../protocol/serviceWorkerMessages'

export function installPushRenewal(serviceWorkers: ServiceWorkerContainer | undefined = navigator.serviceWorker): void {
  const settings = useNotificationSettingsStore()
  void settings.renew()
  serviceWorkers?.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === PUSH_SUBSCRIPTION_CHANGED) void settings.renew()
  })
}
