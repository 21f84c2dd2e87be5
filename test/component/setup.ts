// Component tests run against a real Dexie on fake-indexeddb, emptied between tests.
import 'fake-indexeddb/auto'
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach } from 'vitest'
import { db } from '../../src/family/db/database'

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})
// Registered last so it runs first: a component still mounted when the tables are cleared, or when
// the test's DOM is torn down, would re-render from its live queries into a window that is gone.
enableAutoUnmount(afterEach)
