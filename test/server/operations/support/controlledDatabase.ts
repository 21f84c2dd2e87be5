// A real test database behind a switch: its queries can be made to fail or hang (the database is gone,
// or a network that drops packets), and its transactions held at a gate (a migration under way).
import type { Database } from '../../../../src/server/storage/database'

export interface ControlledDatabase extends Database {
  /** 'fail': every query rejects at once; 'hang': none ever answers; 'answer': as the database does. */
  behave(mode: 'answer' | 'fail' | 'hang'): void
  /** Holds every transaction that starts from now on until `open()`; resolves once one waits there. */
  closeGate(): Promise<void>
  open(): void
}

export function controlled(db: Database): ControlledDatabase {
  let mode: 'answer' | 'fail' | 'hang' = 'answer'
  let gate: { opened: Promise<void>; open(): void; reached(): void } | null = null
  let reached: Promise<void> = Promise.resolve()
  const never = new Promise<never>(() => undefined)
  return {
    kind: db.kind,
    behave: (next) => (mode = next),
    closeGate() {
      let open = () => {}
      let arrive = () => {}
      const opened = new Promise<void>((resolve) => (open = resolve))
      reached = new Promise<void>((resolve) => (arrive = resolve))
      gate = { opened, open, reached: arrive }
      return reached
    },
    open() {
      gate?.open()
      gate = null
    },
    async query(sql, params, prepared) {
      if (mode === 'fail') throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
      if (mode === 'hang') return never
      return db.query(sql, params, prepared)
    },
    exec: (sql) => db.exec(sql),
    async transaction(work) {
      const waiting = gate
      if (waiting) {
        waiting.reached()
        await waiting.opened
      }
      return db.transaction(work)
    },
    listen: (channel, listener) => db.listen(channel, listener),
    close: () => db.close(),
  }
}
