// The people the household receives respite for, by name, live from the device.
import { db } from '../db/database'
import type { Recipient } from '../../protocol'
import { useLiveQuery } from '../tools/useLiveQuery'

export function useRecipients() {
  return useLiveQuery(
    async () => (await db.recipients.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    [] as Recipient[],
  )
}
