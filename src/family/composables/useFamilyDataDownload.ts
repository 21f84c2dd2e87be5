// Saves the family's copy of its data from this device as a JSON file the browser downloads.
import { shallowRef } from 'vue'
import { db } from '../db/database'
import { readFamilyDataCopy } from '../db/familyDataCopy'
import { isoNow } from '../../domain/clock'
import { systemScheduler, type Scheduler } from '../../protocol/scheduler'
import { useAppTime } from '../tools/useAppTime'

/**
 * How long the file's address outlives the click. Safari on iOS reads the file after the click has returned and
 * fails the download when the address is already gone (WebKit bug 211234); a minute is long past that.
 */
export const DOWNLOAD_ADDRESS_KEPT_MS = 60_000

export function useFamilyDataDownload(timers: Scheduler = systemScheduler) {
  const { clock } = useAppTime()
  const busy = shallowRef(false)
  const failed = shallowRef(false)

  async function download(): Promise<void> {
    busy.value = true
    failed.value = false
    try {
      const copy = await readFamilyDataCopy(db, isoNow(clock))
      const blob = new Blob([JSON.stringify(copy, null, 2)], { type: 'application/json' })
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = `pusterom-${copy.exportedAt.slice(0, 10)}.json`
      link.click()
      timers.setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_ADDRESS_KEPT_MS)
    } catch {
      failed.value = true
    } finally {
      busy.value = false
    }
  }

  return { busy, failed, download }
}
