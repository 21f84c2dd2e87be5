// A transaction Bundle's refusals are said of the entry refused: its index in the Bundle leads the message.
import { ApiError } from '../errors/apiError'
import { VersionConflict } from './versionMatch'

/** A refusal of one entry, said of that entry (412 stays 412). */
export function ofEntry(error: unknown, index: number): unknown {
  if (error instanceof VersionConflict) return new VersionConflict(`entry.${index}: ${error.message}`)
  if (error instanceof ApiError) return new ApiError(error.code, `entry.${index}: ${error.message}`, `entry.${index}`)
  return error
}

export function inEntry<T>(index: number, work: () => T): T {
  try {
    return work()
  } catch (error) {
    throw ofEntry(error, index)
  }
}

export async function inEntryAsync<T>(index: number, work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    throw ofEntry(error, index)
  })
}
