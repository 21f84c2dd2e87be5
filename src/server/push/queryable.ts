// The little of a database client the notification modules need: PGlite and pg both fit it.
export interface Queryable {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>
}
