// The family's readable copy of its data, live from the device.
import { db } from '../db/database'
import { readableCopy, type PersonCopy, type ReadableCopy, type StayCopy } from '../db/readableCopyQueries'
import { useLiveQuery } from '../tools/useLiveQuery'

export type { PersonCopy, StayCopy }

export function useReadableCopy() {
  return useLiveQuery(() => readableCopy(db), { people: [], messages: [], written: [] } as ReadableCopy)
}
