// A family that does not read Bokmål chooses its language on the sign-in page, before signing in.
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { rememberedLocale } from '../../../src/i18n/locales'
import { mountScreen } from '../support/mountScreen'

afterEach(() => {
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('language on the sign-in page', () => {
  it('switches the sign-in page to English and remembers it for the rest of the app', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ idporten: true, password: true }))
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
