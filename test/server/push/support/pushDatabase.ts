// An embedded PostgreSQL with the notification tables, closed when the test file ends.
import { PGlite } from '@electric-sql/pglite'
import { afterAll } from 'vitest'
import type { Queryable } from '../../../../src/server/push/queryable'
import { PUSH_TABLES_SQL } from '../../../../src/server/push/pushTables'

export async function pushDatabaseForThisFile(): Promise<Queryable & { exec(sql: string): Promise<unknown> }> {
  const db = new PGlite()
  await db.exec(PUSH_TABLES_SQL)
  afterAll(() => db.close())
  return db
}
