// A WHERE clause built from the filters a request gives, with its values as numbered parameters.

export class SqlConditions {
  readonly params: unknown[] = []
  private readonly parts: string[] = []

  /** A parameter's placeholder (`$n`) for a value used outside the conditions (e.g. LIMIT). */
  param(value: unknown): string {
    this.params.push(value)
    return `$${this.params.length}`
  }

  /** Adds `sql`, in which each `?` stands for the next of `values`. */
  add(sql: string, ...values: unknown[]): this {
    let next = 0
    this.parts.push(sql.replace(/\?/g, () => this.param(values[next++])))
    return this
  }

  /** Adds `sql` only when the filter was given. */
  addIf(value: unknown, sql: string): this {
    return value === undefined || value === null ? this : this.add(sql, value)
  }

  get where(): string {
    return this.parts.length === 0 ? 'TRUE' : this.parts.join(' AND ')
  }
}
