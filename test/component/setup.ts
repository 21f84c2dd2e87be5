// Component tests run against a real Dexie on fake-indexeddb, emptied between tests.
import 'fake-indexeddb/auto'
import { afterEach } from 'vitest'
import { db } from '../../src/db/database'

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})
