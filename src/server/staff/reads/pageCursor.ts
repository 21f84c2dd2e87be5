// The console's paging: a cursor is the sort key of the last item sent, so the next page starts right
// after it whatever was added or changed in between, and every item is sent once.
import type { z } from 'zod'
import { DEFAULT_STAFF_PAGE_SIZE, type Page } from '../../../protocol'
import { ApiError } from '../../errors/apiError'

export type SortKey = readonly string[]

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

/** The sort key a cursor holds, checked against `shape`; a cursor that is not one of ours is a 400. */
export function decodeCursor<S extends z.ZodType<SortKey>>(cursor: string | undefined, shape: S): z.infer<S> | null {
  if (cursor === undefined) return null
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    value = undefined
  }
  const parsed = shape.safeParse(value)
  if (!parsed.success) throw new ApiError('invalid_request', 'cursor: not a cursor of this list', 'cursor')
  return parsed.data
}

/** One page from `limit + 1` rows read: the extra row only says that there is more. */
export function pageFrom<Row, Item>(
  rows: readonly Row[],
  limit: number,
  item: (row: Row) => Item,
  key: (row: Row) => SortKey,
): Page<Item> {
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return { items: page.map(item), nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null }
}

export function pageSize(limit: number | undefined): number {
  return limit ?? DEFAULT_STAFF_PAGE_SIZE
}
