// What a household's device would hold after pulling everything: the records by entity and id.
import type { EntityName, EntityOf, SyncResponse } from '../../../src/protocol'
import { SyncResponse as SyncResponseSchema } from '../../../src/protocol'
import type { ApiClient } from './apiClient'

export class FamilyView {
  readonly records = new Map<string, { deleted: boolean; data: unknown; version: number }>()
  cursor: string | undefined
  pulls = 0

  constructor(readonly client: ApiClient) {}

  /** Pulls until `hasMore` is false; returns the changes of this round. */
  async sync(limit?: number): Promise<SyncResponse['changes']> {
    const changes: SyncResponse['changes'] = []
    for (;;) {
      const query = new URLSearchParams()
      if (this.cursor) query.set('cursor', this.cursor)
      if (limit) query.set('limit', String(limit))
      const response = await this.client.get(`/sync?${query}`)
      if (response.status !== 200) throw new Error(`pull answered ${response.status}: ${response.text}`)
      const page = SyncResponseSchema.parse(response.body)
      this.pulls++
      for (const change of page.changes) {
        this.records.set(`${change.entity}/${change.id}`, {
          deleted: change.deleted,
          data: change.data,
          version: change.version,
        })
        changes.push(change)
      }
      this.cursor = page.cursor
      if (!page.hasMore) return changes
    }
  }

  all<N extends EntityName>(entity: N): EntityOf<N>[] {
    const found: EntityOf<N>[] = []
    for (const [key, record] of this.records) {
      if (key.startsWith(`${entity}/`) && !record.deleted) found.push(record.data as EntityOf<N>)
    }
    return found
  }

  get<N extends EntityName>(entity: N, id: string): EntityOf<N> | undefined {
    const record = this.records.get(`${entity}/${id}`)
    return record && !record.deleted ? (record.data as EntityOf<N>) : undefined
  }

  isDeleted(entity: EntityName, id: string): boolean {
    return this.records.get(`${entity}/${id}`)?.deleted === true
  }
}
