// The device's own copy of the household's respite data (IndexedDB through Dexie).
// Schema versions only ever get added: an installed app must upgrade from every earlier one. The first screen
// reads some tables before Dexie has loaded, so before any upgrade (firstScreenReads.ts): a version that changes
// the rows or indexes it reads changes that read with it.
import Dexie, { type EntityTable } from 'dexie'
import type {
  AboutMe,
  Change,
  FieldConflict,
  ChangeRequest,
  ChecklistItem,
  Decision,
  FamilyMessage,
  Medication,
  Message,
  Municipality,
  Mutation,
  Packing,
  Place,
  RefusalReason,
  Recipient,
  ReplacedEdit,
  Stay,
  SummerApplication,
} from '../../protocol'
import { releaseDatabaseOnPageHide } from './releaseOnPageHide'

/** A mutation waiting to be sent; `seq` keeps the device's order. */
export type OutboxEntry = Mutation & {
  seq?: number
  /** Times the server failed on this mutation alone while answering the device otherwise. */
  attempts: number
  lastError: string | null
  /** Set when the server kept failing on it: no longer sent or shown until the family retries or discards it. */
  setAsideAt?: string | null
}

/** A mutation the server refused: kept so the family is told why. */
export interface Rejection {
  id: string
  name: Mutation['name']
  args: Mutation['args']
  code: string
  /** The server's words, in Bokmål; the app words `reason` in the family's language where it is there. */
  message: string
  reason?: RefusalReason
  /** With a `conflict` on an edit: the server's record as it was then, for the family to choose. */
  current?: Change
  /** With a conflict on an edit merged by field: the fields both parents changed differently. */
  fields?: FieldConflict[]
  rejectedAt: string
  seen: boolean
}

export interface KeyValue<T = unknown> {
  key: string
  value: T
}

export class PusteromDatabase extends Dexie {
  municipality!: EntityTable<Municipality, 'id'>
  places!: EntityTable<Place, 'id'>
  recipients!: EntityTable<Recipient, 'id'>
  decisions!: EntityTable<Decision, 'id'>
  stays!: EntityTable<Stay, 'id'>
  changeRequests!: EntityTable<ChangeRequest, 'id'>
  messages!: EntityTable<Message, 'id'>
  checklistItems!: EntityTable<ChecklistItem, 'id'>
  packing!: EntityTable<Packing, 'id'>
  medications!: EntityTable<Medication, 'id'>
  aboutMe!: EntityTable<AboutMe, 'id'>
  summerApplications!: EntityTable<SummerApplication, 'id'>
  replacedEdits!: EntityTable<ReplacedEdit, 'id'>
  familyMessages!: EntityTable<FamilyMessage, 'id'>
  outbox!: EntityTable<OutboxEntry, 'seq'>
  rejections!: EntityTable<Rejection, 'id'>
  /** Sync bookkeeping: the pull cursor, the last successful sync. */
  syncState!: EntityTable<KeyValue, 'key'>
  /** Device settings: the session, the language, whether storage is persistent. */
  meta!: EntityTable<KeyValue, 'key'>

  // The name firstRead.ts opens too.
  constructor(name = 'pusterom') {
    super(name)
    this.version(1).stores({
      municipality: 'id',
      places: 'id',
      recipients: 'id',
      decisions: 'id, recipientId',
      stays: 'id, start, [recipientId+start], status',
      changeRequests: 'id, stayId, status',
      messages: 'id, createdAt, stayId',
      checklistItems: 'id, recipientId, stayId',
      packing: 'id, stayId, itemId',
      medications: 'id, recipientId',
      summerApplications: 'id, recipientId, year',
      outbox: '++seq, &id',
      rejections: 'id, rejectedAt',
      syncState: 'key',
      meta: 'key',
    })
    // Adds the children's "about me" cards; every earlier table and row stays as it was.
    this.version(2).stores({ aboutMe: 'id, recipientId' })
    // Adds the notices that a parent's change was replaced by the other parent's choice (sync rule 8).
    this.version(3).stores({ replacedEdits: 'id' })
    // Adds what the parents wrote to the office outside a change request, by thread.
    this.version(4).stores({ familyMessages: 'id, threadId, sentAt' })
    // Drops the stays' status index, which no query reads: each of the 4,000 stays of a first sync of five
    // years wrote one of its four index entries there.
    this.version(5).stores({ stays: 'id, start, [recipientId+start]' })
  }
}

/** The tables that hold synced entities, by the entity names of the sync protocol. */
export const tableOfEntity = {
  municipality: 'municipality',
  place: 'places',
  recipient: 'recipients',
  decision: 'decisions',
  stay: 'stays',
  changeRequest: 'changeRequests',
  message: 'messages',
  checklistItem: 'checklistItems',
  packing: 'packing',
  medication: 'medications',
  aboutMe: 'aboutMe',
  summerApplication: 'summerApplications',
  replacedEdit: 'replacedEdits',
  familyMessage: 'familyMessages',
} as const satisfies Record<string, keyof PusteromDatabase>

export const db = new PusteromDatabase()
// Before any query opens it: this module loads with Dexie, after the first screen (loadDatabase.ts).
if (typeof window !== 'undefined') releaseDatabaseOnPageHide(db)
