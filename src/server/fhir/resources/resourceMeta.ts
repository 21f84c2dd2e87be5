// A resource's meta: its version is the record's place in the change sequence, so it moves with every
// change whoever made it (console, family, record system); that is what an ETag W/"n" and If-Match compare.
export interface ResourceMeta {
  /** Absent where the data keeps no version (a caregiver's account). */
  versionId?: string
  lastUpdated?: string
  profile?: string[]
}

/** What every resource the face returns has; the rest is each type's own. */
export interface FhirResource {
  resourceType: string
  id: string
  meta: ResourceMeta
  [element: string]: unknown
}

export function resourceMeta(version: number | null, lastUpdated?: string): ResourceMeta {
  return { ...(version === null ? {} : { versionId: String(version) }), ...(lastUpdated ? { lastUpdated } : {}) }
}
