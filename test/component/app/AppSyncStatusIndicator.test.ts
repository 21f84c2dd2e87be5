// The header's sync line says how old what the family sees is: when the data was last fetched, with the
// day when that was not today, online and offline.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import AppSyncStatusIndicator from '../../../src/family/components/app/AppSyncStatusIndicator.vue'
import { useSyncStatusStore } from '../../../src/family/stores/syncStatus'
import { signedOutStatus, type SyncStatus } from '../../../src/family/sync/syncStatus'
import type { Locale } from '../../../src/protocol/locale'
import { provideTime } from '../../support/provideTime'
import { testClock } from '../../support/testClock'
import { createAppI18n } from '../support/appI18n'

// Monday 23 November 2026, 11.00 in Norway.
const NOW = '2026-11-23T10:00:00.000Z'

async function headerLine(status: Partial<SyncStatus>, options: { now?: string; locale?: Locale } = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const time = testClock(options.now ?? NOW)
  useSyncStatusStore().status = { ...signedOutStatus, ...status }
  const wrapper = mount(AppSyncStatusIndicator, {
    global: { plugins: [pinia, createAppI18n(options.locale ?? 'nb')], provide: provideTime(time) },
  })
  await flushPromises()
  return { text: () => wrapper.get('[data-testid="sync-status"] span').text(), time, wrapper }
}

describe('how old the family’s data is', () => {
  it('says only the time when the data was fetched today', async () => {
    const line = await headerLine({ phase: 'upToDate', lastSyncedAt: '2026-11-23T02:42:00.000Z' })
    expect(line.text()).toBe('Oppdatert kl. 03.42')
  })

  it('names the day when the data was fetched yesterday, and another day further back', async () => {
    const yesterday = await headerLine({ phase: 'upToDate', lastSyncedAt: '2026-11-22T17:02:00.000Z' })
    expect(yesterday.text()).toBe('Oppdatert i går kl. 18.02')
    const friday = await headerLine({ phase: 'upToDate', lastSyncedAt: '2026-11-20T17:02:00.000Z' })
    expect(friday.text()).toBe('Oppdatert fre. 20.11. kl. 18.02')
  })

  it('says when the data shown offline was last fetched', async () => {
    const line = await headerLine({ phase: 'offline', lastSyncedAt: '2026-11-22T17:02:00.000Z' })
    expect(line.text()).toBe('Uten nett · sist oppdatert i går kl. 18.02')
  })

  it('says how old the data is while the municipality’s service does not answer', async () => {
    const line = await headerLine({ phase: 'error', problem: 'server', lastSyncedAt: '2026-11-23T08:15:00.000Z' })
    expect(line.text()).toContain('· sist oppdatert kl. 09.15')
  })

  it('adds the day once midnight has passed with the screen open', async () => {
    const line = await headerLine(
      { phase: 'upToDate', lastSyncedAt: '2026-11-23T20:30:00.000Z' },
      {
        now: '2026-11-23T21:00:00.000Z',
      },
    )
    expect(line.text()).toBe('Oppdatert kl. 21.30')
    line.time.set('2026-11-23T23:05:00.000Z') // 00.05 on Tuesday in Norway
    await flushPromises()
    expect(line.text()).toBe('Oppdatert i går kl. 21.30')
  })

  it('says it in English too', async () => {
    const line = await headerLine({ phase: 'offline', lastSyncedAt: '2026-11-22T17:02:00.000Z' }, { locale: 'en' })
    expect(line.text()).toBe('Offline · last updated yesterday at 18:02')
  })
})
