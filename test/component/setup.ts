// Component tests run against a real Dexie on fake-indexeddb, emptied between tests; a test whose screens
// asked for a text that is missing fails.
import 'fake-indexeddb/auto'
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, expect } from 'vitest'
import { db } from '../../src/family/db/database'
import { missingMessages } from './support/appI18n'

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})
afterEach(() => {
  expect(missingMessages.splice(0), 'texts shown as their message key').toEqual([])
})
// Registered last so it runs first: a component still mounted when the tables are cleared, or when
// the test's DOM is torn down, would re-render from its live queries into a window that is gone.
enableAutoUnmount(afterEach)
