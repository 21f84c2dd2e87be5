// The server's version of every row a pending local effect has changed, so effects can be undone.
// Invariant: a row that any pending mutation changed has a copy; every other row is server truth.
import type {
  AboutMe,
  ChangeRequest,
  ChecklistItem,
  FamilyMessage,
  Medication,
  Message,
  Packing,
  Recipient,
  ReplacedEdit,
  SummerApplication,
} from '../../protocol'
import type { PusteromDatabase } from './database'

/** The tables local effects write, with their row types. */
export interface EffectRows {
  changeRequests: ChangeRequest
  checklistItems: ChecklistItem
  packing: Packing
  medications: Medication
  aboutMe: AboutMe
  recipients: Recipient
  summerApplications: SummerApplication
  messages: Message
  replacedEdits: ReplacedEdit
  familyMessages: FamilyMessage
}
export type EffectTable = keyof EffectRows

interface ServerCopy {
  table: EffectTable
  id: string
  row: EffectRows[EffectTable] | null
}

const COPY_PREFIX = 'serverCopy:'

/** The tables a transaction needs to apply or undo local effects. */
export function effectTables(db: PusteromDatabase) {
  return [
    db.changeRequests,
    db.checklistItems,
    db.packing,
    db.medications,
    db.aboutMe,
    db.recipients,
    db.summerApplications,
    db.messages,
    db.replacedEdits,
    db.familyMessages,
    db.stays,
    db.municipality,
    db.syncState,
  ]
}

function rowTable<K extends EffectTable>(db: PusteromDatabase, table: K) {
  return db.table<EffectRows[K], string>(table)
}

/** Row access for effects: the first write to a row keeps the server's version of it. */
export class EffectWriter {
  constructor(readonly db: PusteromDatabase) {}

  get<K extends EffectTable>(table: K, id: string): Promise<EffectRows[K] | undefined> {
    return rowTable(this.db, table).get(id)
  }

  where<K extends EffectTable>(table: K, index: string, value: string): Promise<EffectRows[K][]> {
    return rowTable(this.db, table).where(index).equals(value).toArray()
  }

  async put<K extends EffectTable>(table: K, row: EffectRows[K]): Promise<void> {
    await this.keepServerCopy(table, row.id)
    await rowTable(this.db, table).put(row)
  }

  async remove(table: EffectTable, id: string): Promise<void> {
    await this.keepServerCopy(table, id)
    await rowTable(this.db, table).delete(id)
  }

  private async keepServerCopy(table: EffectTable, id: string): Promise<void> {
    const key = `${COPY_PREFIX}${table}:${id}`
    if (await this.db.syncState.get(key)) return
    const row = (await rowTable(this.db, table).get(id)) ?? null
    const copy: ServerCopy = { table, id, row }
    await this.db.syncState.put({ key, value: copy })
  }
}

/** Puts every changed row back to the server's version and forgets the copies. */
export async function restoreServerCopies(db: PusteromDatabase): Promise<void> {
  const copies = await db.syncState.where('key').startsWith(COPY_PREFIX).toArray()
  for (const { value } of copies) {
    const copy = value as ServerCopy
    if (copy.row) await rowTable(db, copy.table).put(copy.row)
    else await rowTable(db, copy.table).delete(copy.id)
  }
  await db.syncState.bulkDelete(copies.map((copy) => copy.key))
}

/** How many rows currently differ from the server because of pending effects (for tests and diagnostics). */
export function serverCopyCount(db: PusteromDatabase): Promise<number> {
  return db.syncState.where('key').startsWith(COPY_PREFIX).count()
}
