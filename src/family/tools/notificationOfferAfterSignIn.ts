// The notifications offer that follows a sign-in: the sign-in pages mark it, the first page after
// them takes it, once. Per tab (sessionStorage): a reload or a new tab does not bring it back.
const KEY = 'pusterom.offerNotifications'

export function offerNotificationsAfterSignIn(storage = globalThis.sessionStorage): void {
  storage?.setItem(KEY, '1')
}

/** True once after a sign-in marked it; false from then on. */
export function takeNotificationOffer(storage = globalThis.sessionStorage): boolean {
  const due = storage?.getItem(KEY) === '1'
  storage?.removeItem(KEY)
  return due
}
