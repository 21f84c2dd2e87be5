// The note that the device's data had vanished and came back from the server, live, and its dismissal.
import { db } from '../db/database'
import { dismissRestoredNotice, readRestoredNotice, type RestoredNotice } from '../db/restoredNotice'
import { useLiveQuery } from '../tools/useLiveQuery'

export function useRestoredNotice() {
  const { data: notice } = useLiveQuery(() => readRestoredNotice(db), undefined as RestoredNotice | undefined)
  return { notice, dismiss: () => dismissRestoredNotice(db) }
}
