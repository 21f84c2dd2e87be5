import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import SettingsStorageSection from '../../../src/family/components/settings/SettingsStorageSection.vue'
import SettingsVersionSection from '../../../src/family/components/settings/SettingsVersionSection.vue'
import StayNotifyOffer from '../../../src/family/components/stay/StayNotifyOffer.vue'
import { useNotificationSettingsStore } from '../../../src/family/stores/notificationSettings'
import { mountWithApp } from '../packing/mountWithApp'

describe('storage on the phone', () => {
  it('tells the family how much space the app uses of what the browser gives it', async () => {
    const storage = { estimate: async () => ({ usage: 1_500_000, quota: 2_000_000_000 }) }
    const { wrapper } = await mountWithApp(SettingsStorageSection, { storage })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="storage-usage"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="storage-usage"]').text()).toMatch(/1,5\sMB av 2\sGB/)
  })
})

function stubServiceWorker(registration: { update: () => Promise<unknown>; installing: null; waiting: null }) {
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: { getRegistration: async () => registration } })
}

describe('the app version', () => {
  afterEach(() => vi.unstubAllGlobals())

  it("shows the version from the app's package", async () => {
    const { wrapper } = await mountWithApp(SettingsVersionSection, {})
    expect(wrapper.find('[data-testid="app-version"]').text()).toMatch(/^Pusterom versjon \d+\.\d+\.\d+/)
  })

  it('says so when checking finds no newer version', async () => {
    stubServiceWorker({ update: async () => undefined, installing: null, waiting: null })
    const { wrapper } = await mountWithApp(SettingsVersionSection, {})
    await wrapper.find('button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="update-check"]').text()).toBe('Du har nyeste versjon.')
  })

  it('asks the family to get online when the check cannot reach the server', async () => {
    stubServiceWorker({
      update: () => Promise.reject(new TypeError('Failed to fetch')),
      installing: null,
      waiting: null,
    })
    const { wrapper } = await mountWithApp(SettingsVersionSection, {})
    await wrapper.find('button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="update-check"]').text()).toBe('Fikk ikke sjekket nå. Er du på nett?')
  })
})

describe('notifications offered on a stay', () => {
  it('offers a reminder before the deadline while notifications are off, and turns them on from there', async () => {
    const { wrapper } = await mountWithApp(StayNotifyOffer, {})
    const settings = useNotificationSettingsStore()
    const turnOn = vi.spyOn(settings, 'turnOn').mockResolvedValue('on')
    vi.spyOn(settings, 'refresh').mockResolvedValue()
    settings.state = 'off'
    await flushPromises()
    await wrapper.find('button').trigger('click')
    expect(wrapper.find('button').text()).toBe('Få varsel før fristen')
    expect(turnOn).toHaveBeenCalledOnce()
  })
})
