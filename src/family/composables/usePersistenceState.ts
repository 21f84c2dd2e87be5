// Whether the browser promised to keep the family's data on this device, live (asked at start).
import { db } from '../db/database'
import { readPersistenceState, type PersistenceState } from '../db/persistentStorage'
import { useLiveQuery } from '../tools/useLiveQuery'

export function usePersistenceState() {
  const { data } = useLiveQuery(() => readPersistenceState(db), undefined as PersistenceState | undefined)
  return data
}
