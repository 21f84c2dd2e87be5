// The records the municipal API syncs to the family's devices, one schema per entity.
import { z } from 'zod'
import { ReplacedEdit } from './fieldEdits'
import { MessageFacts } from './messageFacts'
import { ReasonCode } from './staffReasons'
import { RetentionDays } from './retentionSetting'
import { ChangeDeadlineRule, SummerRespite } from './municipalityRules'
import { Id, Instant, LocalDate, LongText, PhoneNumber, ShortText, Text, Url, WallClock } from './primitives'

export const StayKind = z.enum([
  'home', // i hjemmet
  'privateProvider', // privat avlaster / avlastningshjem
  'supportContact', // støttekontakt
  'bpa', // brukerstyrt personlig assistanse
  'municipalUnit', // kommunal avlastningsenhet / avlastningsbolig
  'nursingHome', // døgnopphold i sykehjem
  'dayOffer', // dagtilbud
])
export type StayKind = z.infer<typeof StayKind>

export { ChangeDeadlineRule, SummerRespite } from './municipalityRules'

export const Contact = z.object({ name: ShortText, phone: PhoneNumber.nullable(), email: z.email().nullable() })

/** The municipality's own words about respite, one text per topic; an empty text is not shown. */
export const RespiteInformationTexts = z.object({
  /** What respite is, and who it is for. */
  about: Text.trim().min(1).max(2000),
  /** What the family can expect: confidentiality, participation, allocation by need, the agreed time. */
  expect: LongText,
  /** What to bring to a stay away from home. Absent in records written before the topic came. */
  bring: LongText.optional(),
  /** What is assessed when someone applies. */
  assessed: LongText,
  /** What does not on its own give respite. */
  notGrounds: LongText,
  /** How to apply; the forms' addresses and the postal address are the record's own fields. */
  apply: LongText,
  cost: LongText,
  transport: LongText,
})
export type RespiteInformationTexts = z.infer<typeof RespiteInformationTexts>

/** Bokmål is required; Nynorsk and English fall back to it. */
export const RespiteInformation = z.object({
  nb: RespiteInformationTexts,
  nn: RespiteInformationTexts.optional(),
  en: RespiteInformationTexts.optional(),
})
export type RespiteInformation = z.infer<typeof RespiteInformation>

export const Municipality = z.object({
  id: Id,
  name: ShortText,
  changeDeadline: ChangeDeadlineRule.nullable(),
  summerRespite: SummerRespite.nullable(),
  contacts: z.array(Contact),
  applyUrl: Url.nullable(),
  /** The paper application form to print; absent in records from before it was kept. */
  paperFormUrl: Url.nullable().optional(),
  postalAddress: Text.max(300).nullable(),
  /** Where the office that allocates respite can be visited; absent in records from before it was kept. */
  visitingAddress: Text.max(300).nullable().optional(),
  /** Absent or null until the municipality writes it. */
  information: RespiteInformation.nullable().optional(),
  /** Days a closed household's data is kept (src/protocol/retentionSetting.ts); absent: the default. */
  retentionDays: RetentionDays.optional(),
})
export type Municipality = z.infer<typeof Municipality>

export const Place = z.object({
  id: Id,
  name: ShortText,
  kind: StayKind,
  address: Text.max(300),
  phone: PhoneNumber.nullable(),
  notes: LongText,
})
export type Place = z.infer<typeof Place>

export const Recipient = z.object({
  id: Id,
  name: ShortText,
  /** A colour the calendar uses for this person, `#rrggbb`. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  medicationListReviewedAt: Instant.nullable(),
  /** For the printed medication list. Any year: a recipient may be elderly. Absent: not on record. */
  birthDate: z.iso.date().nullable().optional(),
  /** Known allergies as the municipality has them, for the printed medication list. */
  allergies: Text.max(500).nullable().optional(),
})
export type Recipient = z.infer<typeof Recipient>

export const QuotaUnit = z.enum(['days', 'hours', 'stays'])
export const QuotaPeriod = z.enum(['week', 'month', 'year'])

export const Decision = z.object({
  id: Id,
  recipientId: Id,
  kinds: z.array(StayKind).min(1),
  amount: z.number().positive(),
  unit: QuotaUnit,
  period: QuotaPeriod,
  validFrom: LocalDate,
  validTo: LocalDate.nullable(),
  decidedAt: Instant,
  notes: LongText,
})
export type Decision = z.infer<typeof Decision>

export const StayStatus = z.enum(['planned', 'changed', 'cancelledByFamily', 'cancelledByMunicipality'])
export type StayStatus = z.infer<typeof StayStatus>

export const Stay = z.object({
  id: Id,
  recipientId: Id,
  placeId: Id,
  kind: StayKind,
  start: Instant,
  end: Instant,
  status: StayStatus,
  transportTo: Text.max(300).nullable(),
  transportFrom: Text.max(300).nullable(),
  notes: LongText,
  updatedAt: Instant,
})
export type Stay = z.infer<typeof Stay>

export const ChangeRequestType = z.enum(['cancel', 'changeTime'])
/**
 * `overtaken`: the municipality moved or cancelled the stay before answering the request.
 * `withdrawn`: the family took the request back before the municipality answered.
 */
export const ChangeRequestStatus = z.enum(['pending', 'accepted', 'declined', 'overtaken', 'withdrawn'])

export const ChangeRequest = z.object({
  id: Id,
  stayId: Id,
  type: ChangeRequestType,
  proposedStart: Instant.nullable(),
  proposedEnd: Instant.nullable(),
  message: LongText,
  /** When the family made the request on the device (may be long before it was sent). */
  createdAt: Instant,
  /** When the server received it: the moment the deadline is judged against. */
  receivedAt: Instant,
  /** The deadline that applied, or null where the municipality has no rule. */
  deadline: Instant.nullable(),
  /** On time by the municipality's rule; null where there is no rule. */
  onTime: z.boolean().nullable(),
  status: ChangeRequestStatus,
  answerNote: LongText.nullable(),
  /** Why it was declined, worded in the family's language; absent on older answers. */
  answerReason: ReasonCode.nullable().optional(),
  answeredAt: Instant.nullable(),
  /** A cancellation that arrived when the stay was already cancelled: granted on arrival, nobody had to answer. */
  alreadyCancelled: z.boolean().optional(),
})
export type ChangeRequest = z.infer<typeof ChangeRequest>

export const MessageKind = z.enum(['stayChanged', 'stayCancelled', 'stayPlanned', 'requestAnswered', 'notice'])
export type MessageKind = z.infer<typeof MessageKind>

export const Message = z.object({
  id: Id,
  kind: MessageKind,
  /** The staff's own title and words, in a notice they wrote. Absent where `facts` tell what happened: the
   * reader's side words those in its own language. Messages from before facts came carry Bokmål text here. */
  title: ShortText.optional(),
  body: LongText.optional(),
  stayId: Id.nullable(),
  changeRequestId: Id.nullable(),
  createdAt: Instant,
  readAt: Instant.nullable(),
  /** What happened, for the app to word in the family's language (src/domain/wording/messageWording.ts).
   * Null for the staff's own notices; absent in messages from before facts were sent. */
  facts: MessageFacts.nullable().optional(),
  /** An answer from the office to a family's message: the id of the thread's first message. */
  replyTo: Id.optional(),
  /** Who at the office wrote an answer, as the family reads it. */
  sentBy: ShortText.optional(),
})
export type Message = z.infer<typeof Message>

/**
 * What a parent wrote to the office outside a change request. The first message of a thread has its own
 * id as `threadId`; the office's answers are messages (`Message.replyTo`), so they reach the family as
 * every message does, pushed and counted unread.
 */
export const FamilyMessage = z.object({
  id: Id,
  threadId: Id,
  /** The child it is about, where the parent chose one. */
  recipientId: Id.nullable(),
  body: Text.trim().min(1).max(2000),
  /** The parent who wrote it, so the other parent and the office know. */
  authorName: ShortText,
  /** When the server received it (on the device until then: when it was written). */
  sentAt: Instant,
})
export type FamilyMessage = z.infer<typeof FamilyMessage>

export const ChecklistCategory = z.enum([
  'medicines', // egne medisiner
  'medicationList', // oppdatert medisinliste
  'consumables', // medisinsk forbruksmateriell
  'toiletries', // toalettartikler
  'clothes', // klær
  'aids', // hjelpemidler
  'other',
])
export type ChecklistCategory = z.infer<typeof ChecklistCategory>

/** A packing item: on the recipient's template (stayId null) or on one stay's own list. */
/** Which stays a template item is packed for: day stays, overnight stays, or any (also when absent). */
export const StayFor = z.enum(['any', 'day', 'overnight'])
export type StayFor = z.infer<typeof StayFor>

export const ChecklistItem = z.object({
  id: Id,
  recipientId: Id,
  stayId: Id.nullable(),
  category: ChecklistCategory,
  label: ShortText,
  quantity: z.int().min(1).max(999),
  position: z.number(),
  /**
   * Template items only: when the item joined the template. A stay that had started before then does
   * not list it. Absent or null: on the template since before any stay (seeded defaults).
   */
  addedAt: Instant.nullable().optional(),
  /**
   * Template items only: when the item left the template (removed, or replaced by a changed version).
   * Stays not yet started no longer list it; a stay that had started before then still does.
   */
  removedAt: Instant.nullable().optional(),
  /** Template items only: packed for day stays, overnight stays or any. Absent: any. */
  forStays: StayFor.optional(),
})
export type ChecklistItem = z.infer<typeof ChecklistItem>

/** Whether one item is packed for one stay. Last write (by `updatedAt`) wins. */
export const Packing = z.object({
  id: z.string().min(1).max(80),
  stayId: Id,
  itemId: Id,
  packed: z.boolean(),
  updatedAt: Instant,
})
export type Packing = z.infer<typeof Packing>

export const Medication = z.object({
  id: Id,
  recipientId: Id,
  name: ShortText,
  strength: Text.max(100),
  dose: Text.max(100),
  times: z.array(WallClock).max(12),
  notes: LongText,
})
export type Medication = z.infer<typeof Medication>

/**
 * The child's "about me" card for the respite place, beside the medication list: one per child, its id
 * the child's id, so two parents starting it offline edit the same record (sync rule 8).
 */
export const AboutMe = z.object({
  id: Id,
  recipientId: Id,
  routines: LongText,
  communication: LongText,
  calming: LongText,
  upsetting: LongText,
  food: LongText,
  sleep: LongText,
  emergencyContacts: z.array(z.object({ name: ShortText, phone: PhoneNumber })).max(5),
})
export type AboutMe = z.infer<typeof AboutMe>

export const DateRange = z.object({ from: LocalDate, to: LocalDate })
/** A wished summer period; `priority` 1 is a first choice, 2 a second. Absent on older applications. */
export const SummerPeriod = DateRange.extend({ priority: z.int().min(1).max(2).optional() })

export const SummerApplication = z.object({
  id: Id,
  recipientId: Id,
  year: z.int().min(2000).max(2100),
  periods: z.array(SummerPeriod).min(1).max(14),
  message: LongText,
  submittedAt: Instant,
  status: z.enum(['submitted', 'granted', 'declined']),
  answerNote: LongText.nullable(),
  /** Why it was declined, worded in the family's language; absent on older answers. */
  answerReason: ReasonCode.nullable().optional(),
})
export type SummerApplication = z.infer<typeof SummerApplication>

export const entitySchemas = {
  municipality: Municipality,
  place: Place,
  recipient: Recipient,
  decision: Decision,
  stay: Stay,
  changeRequest: ChangeRequest,
  message: Message,
  checklistItem: ChecklistItem,
  packing: Packing,
  medication: Medication,
  aboutMe: AboutMe,
  summerApplication: SummerApplication,
  replacedEdit: ReplacedEdit,
  familyMessage: FamilyMessage,
} as const
export type EntityName = keyof typeof entitySchemas
export const EntityName = z.enum(Object.keys(entitySchemas) as [EntityName, ...EntityName[]])
export type EntityOf<N extends EntityName> = z.infer<(typeof entitySchemas)[N]>
