// Right after signing in on a phone, the family is offered notifications once, where the browser can show
// them; answered or dismissed, the offer does not come back.
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import AppNotificationOffer from '../../../src/family/components/app/AppNotificationOffer.vue'
import { offerNotificationsAfterSignIn } from '../../../src/family/tools/notificationOfferAfterSignIn'
import { db } from '../../../src/family/db/database'
import { readMeta } from '../../../src/family/db/meta'
import { mountWithApp } from '../packing/mountWithApp'

afterEach(() => {
  sessionStorage.clear()
  vi.unstubAllGlobals()
})

/** A browser that can show notifications, with the family's permission as given. */
function browserWith(permission: NotificationPermission) {
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: { getRegistration: async () => undefined } })
  vi.stubGlobal('Notification', { permission, requestPermission: async () => permission })
  vi.stubGlobal('PushManager', class {})
}

async function firstPageAfterSignIn(permission: NotificationPermission) {
  browserWith(permission)
  offerNotificationsAfterSignIn()
  const mounted = await mountWithApp(AppNotificationOffer, {})
  await flushPromises()
  return mounted
}

const offer = '[data-testid="notification-offer"]'

describe('notifications offered after signing in', () => {
  it('asks on the first page after signing in, and not again once the family said not now', async () => {
    const { wrapper } = await firstPageAfterSignIn('default')
    await vi.waitFor(() => expect(wrapper.find(offer).exists()).toBe(true))
    expect(wrapper.find('h2').text()).toBe('Vil du få varsler?')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Ikke nå')!
      .trigger('click')
    await vi.waitFor(() => expect(wrapper.find(offer).exists()).toBe(false))
    expect(await readMeta(db, 'notificationAskDismissed')).toBe(true)
    wrapper.unmount()

    const again = await firstPageAfterSignIn('default')
    await flushPromises()
    expect(again.wrapper.find(offer).exists()).toBe(false)
    again.wrapper.unmount()
  })

  it('does not ask where the family has blocked notifications in the browser', async () => {
    const { wrapper } = await firstPageAfterSignIn('denied')
    await flushPromises()
    expect(wrapper.find(offer).exists()).toBe(false)
    wrapper.unmount()
  })

  it('does not ask on a page the family opens later', async () => {
    browserWith('default')
    const { wrapper } = await mountWithApp(AppNotificationOffer, {})
    await flushPromises()
    expect(wrapper.find(offer).exists()).toBe(false)
    wrapper.unmount()
  })

  it('keeps room below the page for itself while it is there, so it covers no content and no focus', async () => {
    const room = () => document.documentElement.style.getPropertyValue('--app-overlay-height')
    const { wrapper } = await firstPageAfterSignIn('default')
    await vi.waitFor(() => expect(wrapper.find(offer).exists()).toBe(true))
    expect(room()).toMatch(/^\d+(\.\d+)?px$/)
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Ikke nå')!
      .trigger('click')
    await vi.waitFor(() => expect(room()).toBe(''))
    wrapper.unmount()
  })

  it('leaves with the page it came on', async () => {
    const { wrapper, router } = await firstPageAfterSignIn('default')
    await vi.waitFor(() => expect(wrapper.find(offer).exists()).toBe(true))
    await router.push('/messages')
    await flushPromises()
    expect(wrapper.find(offer).exists()).toBe(false)
    wrapper.unmount()
  })
})
