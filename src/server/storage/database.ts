// The one small interface the server's storage sits behind: PGlite and PostgreSQL both implement it.

/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /**
   * One statement with `$1`-style parameters; returns its rows. `prepared` names a statement that runs
   * very often (one per request), so PostgreSQL parses and plans it once per connection, not each time.
   */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], prepared?: string): Promise<Row[]>
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

/** Hears a channel's notices (NOTIFY), as each committed transaction sent them. */
export interface NoticeListener {
  notice(payload: string): void
  /** Listening again after the connection to the database was lost: notices sent in between were missed. */
  resumed(): void
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /**
   * Listens on `channel` (LISTEN): on PostgreSQL the notices of every process, on its own connection
   * that comes back when lost; on PGlite those of this one. Resolves, once listening, to the way to stop.
   */
  listen(channel: string, listener: NoticeListener): Promise<() => Promise<void>>
  close(): Promise<void>
}
