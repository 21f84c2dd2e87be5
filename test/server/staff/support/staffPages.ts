// Reads the staff console's paged lists in tests: one page, or every page by following the cursor.
import type { z } from 'zod'
import { pageOf } from '../../../../src/protocol'
import type { ApiClient } from '../../support/apiClient'

export type Filters = Record<string, string | number | undefined>

export function withQuery(path: string, filters: Filters = {}): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) query.set(key, String(value))
  const text = query.toString()
  return text ? `${path}?${text}` : path
}

/** One page, checked against the list's schema. */
export async function pageAt<T extends z.ZodType>(client: ApiClient, path: string, item: T, filters: Filters = {}) {
  const response = await client.get(withQuery(path, filters))
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${response.text}`)
  return pageOf(item).parse(response.body)
}

/** Every item, page by page; `pages` counts the requests. */
export async function everyPage<T extends z.ZodType>(
  client: ApiClient,
  path: string,
  item: T,
  filters: Filters = {},
): Promise<{ items: z.infer<T>[]; pages: number }> {
  const items: z.infer<T>[] = []
  let cursor: string | undefined
  let pages = 0
  do {
    const page = await pageAt(client, path, item, { ...filters, cursor })
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
    pages++
    if (pages > 1000) throw new Error('the cursor never ends')
  } while (cursor)
  return { items, pages }
}
