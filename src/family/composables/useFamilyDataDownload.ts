// Saves the family's copy of its data from this device as a JSON file the browser downloads.
import { shallowRef } from 'vue'
import { db } from '../db/database'
import { readFamilyDataCopy } from '../db/familyDataCopy'
import { isoNow } from '../../domain/clock'
import { useAppTime } from '../tools/useAppTime'

export function useFamilyDataDownload() {
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
      // The click has handed the file to the browser; the address is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 0)
    } catch {
      failed.value = true
    } finally {
      busy.value = false
    }
  }

  return { busy, failed, download }
}
