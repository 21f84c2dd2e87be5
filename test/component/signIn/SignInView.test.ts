// The sign-in page: a family that does not read Bokmål chooses its language before signing in, and a
// sign-in tells the next page to offer notifications.
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { takeNotificationOffer } from '../../../src/family/tools/notificationOfferAfterSignIn'
import { rememberedLocale } from '../../../src/i18n/locales'
import { db } from '../../../src/family/db/database'
import { useSessionStore } from '../../../src/family/stores/session'
import { aSignedInSession } from '../../e2e/support/deviceData'
import { mountScreen } from '../support/mountScreen'

afterEach(() => {
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('language on the sign-in page', () => {
  it('switches the sign-in page to English and remembers it for the rest of the app', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ idporten: true, staff: false, password: true }))
    const { wrapper } = await mountScreen('/sign-in', { now: '2026-11-26T18:00:00.000Z' })
    await vi.waitFor(() => expect(wrapper.find('input[value="en"]').exists()).toBe(true))
    expect(wrapper.find('h2').text()).toBe('Logg inn')
    expect(wrapper.find('legend').text()).toBe('Språk')

    await wrapper.find('input[value="en"]').setValue(true)
    await vi.waitFor(() => expect(wrapper.find('h2').text()).toBe('Sign in'))
    await flushPromises()
    expect(rememberedLocale()).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    wrapper.unmount()
  })
})

describe('signing in', () => {
  it('has the first page after it offer notifications, once', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ idporten: false, staff: false, password: true }))
    const { wrapper, router } = await mountScreen('/sign-in', { now: '2026-11-26T18:00:00.000Z' })
    vi.spyOn(useSessionStore(), 'signIn').mockResolvedValue(true)
    await vi.waitFor(() => expect(wrapper.find('input[name="username"]').exists()).toBe(true))
    await wrapper.find('input[name="username"]').setValue('lunner-forelder-1')
    await wrapper.find('input[name="password"]').setValue('demo')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('calendar'))
    expect(takeNotificationOffer()).toBe(true)
    expect(takeNotificationOffer()).toBe(false)
    wrapper.unmount()
  })

  it('never says the session ran out while its own sign-in goes on to the calendar', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ idporten: true, staff: false, password: true }))
    const { wrapper } = await mountScreen('/sign-in', { now: '2026-11-26T18:00:00.000Z' })
    let finish: (signedIn: boolean) => void = () => undefined
    // The session is on the device before the move to the calendar, as with the real sign-in.
    vi.spyOn(useSessionStore(), 'signIn').mockImplementation(async () => {
      await db.meta.put(aSignedInSession())
      return new Promise<boolean>((resolve) => (finish = resolve))
    })
    await vi.waitFor(() => expect(wrapper.find('input[name="username"]').exists()).toBe(true))
    await wrapper.find('input[name="username"]').setValue('lunner-forelder-1')
    await wrapper.find('input[name="password"]').setValue('demo')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(useSessionStore().signedIn).toBe(true))
    await flushPromises()
    expect(wrapper.find('[data-testid="sign-in-again"]').exists()).toBe(false)
    finish(true)
    wrapper.unmount()
  })
})
