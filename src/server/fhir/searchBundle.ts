// A search's answer: a Bundle of type searchset with its self link and, when there is more, a next link
// that carries the same parameters and the cursor of the last entry sent.
import type { Page } from '../../protocol'
import type { FhirResource } from './resources/resourceMeta'

export interface SearchRequest {
  /** The request's own address, whose origin and path the links keep. */
  url: string
}

function linkWith(url: string, cursor: string | null): string {
  const link = new URL(url)
  link.searchParams.delete('_cursor')
  if (cursor) link.searchParams.set('_cursor', cursor)
  return link.toString()
}

export function searchBundle(
  request: SearchRequest,
  page: Page<FhirResource>,
  fullUrl: (resource: FhirResource) => string,
): object {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    link: [
      { relation: 'self', url: linkWith(request.url, null) },
      ...(page.nextCursor ? [{ relation: 'next', url: linkWith(request.url, page.nextCursor) }] : []),
    ],
    entry: page.items.map((resource) => ({ fullUrl: fullUrl(resource), resource, search: { mode: 'match' } })),
  }
}
