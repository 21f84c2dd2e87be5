// Hands the browser a file to download (the family's copy of its data, the console's CSV exports).
import { systemScheduler, type Scheduler } from '../protocol/scheduler'

/**
 * How long the file's address outlives the click. Safari on iOS reads the file after the click has returned and
 * fails the download when the address is already gone (WebKit bug 211234); a minute is long past that.
 */
export const DOWNLOAD_ADDRESS_KEPT_MS = 60_000

export function saveFile(blob: Blob, name: string, timers: Scheduler = systemScheduler): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  timers.setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_ADDRESS_KEPT_MS)
}
