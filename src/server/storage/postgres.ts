// A PostgreSQL server through a connection pool (DATABASE_URL).
import pg from 'pg'
import type { Database, Queryable } from './database'
import { listenOnPostgres } from './postgresListener'

export interface PostgresOptions {
  url: string
  /** Tables live in this schema instead of `public` (tests give each file its own). */
  schema?: string
  maxConnections?: number
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = [], prepared?: string) {
      const values = [...params]
      return (await client.query(prepared ? { name: prepared, text: sql, values } : { text: sql, values }))
        .rows as Row[]
    },
    async exec(sql: string) {
      await client.query(sql)
    },
  }
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  if (options.schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema))
    throw new Error(`not a schema name: ${options.schema}`)
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  })
  // An idle client that loses its connection emits here; without a listener it would crash the process.
  pool.on('error', (error) => console.error(`PostgreSQL pool: ${error.name}`))
  await pool.query('SELECT 1')
  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(queryable(client))
        await client.query('COMMIT')
        client.release()
        return result
      } catch (error) {
        // A connection that cannot even roll back is broken: drop it from the pool.
        const broken = await client.query('ROLLBACK').then(
          () => undefined,
          (rollbackError: Error) => rollbackError,
        )
        client.release(broken)
        throw error
      }
    },
    listen: (channel, listener) => listenOnPostgres(channel, listener, { connectionString: options.url }),
    close: () => pool.end(),
  }
}
