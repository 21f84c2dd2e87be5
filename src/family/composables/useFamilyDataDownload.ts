// Saves the family's copy of its data from this device as a JSON file the browser downloads.
import { shallowRef } from 'vue'
import { db } from '../db/database'
import { readFamilyDataCopy } from '../db/familyDataCopy'
import { isoNow } from '../../domain/clock'
import { systemScheduler, type Scheduler } from '../../protocol/scheduler'
import { useAppTime } from '../tools/useAppTime'
import { DOWNLOAD_ADDRESS_KEPT_MS, saveFile } from '../../ui/saveFile'

export { DOWNLOAD_ADDRESS_KEPT_MS }

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
      saveFile(blob, `pusterom-${copy.exportedAt.slice(0, 10)}.json`, timers)
    } catch {
      failed.value = true
    } finally {
      busy.value = false
    }
  }

  return { busy, failed, download }
}
