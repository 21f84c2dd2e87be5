// Sync rule 8 by field on the wire: the records both parents edit, the fields an edit met the other
// parent's change on, and the record that tells a parent their change was replaced on purpose.
import { z } from 'zod'
import { Id, Instant, ShortText } from './primitives'

/** The family's records both parents edit, merged field by field. */
export const EditedEntity = z.enum(['medication', 'checklistItem', 'aboutMe'])
export type EditedEntity = z.infer<typeof EditedEntity>

/** A field of a record, by its name in the entity's schema. */
export const FieldName = z.string().regex(/^[a-zA-Z]{1,40}$/)

/** A field both parents changed to different values: who made the change that stands, and when. */
export const FieldConflict = z.object({
  field: FieldName,
  /** The name of the parent whose value the record has; null when not known (written before this was kept). */
  by: ShortText.nullable(),
  at: Instant.nullable(),
})
export type FieldConflict = z.infer<typeof FieldConflict>

/**
 * A parent chose their own value over another parent's in a conflict: kept in the household's feed
 * until the parent whose value was replaced has seen it. `field` null: a record they deleted came back.
 */
export const ReplacedEdit = z.object({
  id: Id,
  entity: EditedEntity,
  recordId: Id,
  /** The medicine's name or the item's label as it stands, or the child's name for an "about me" card. */
  recordName: ShortText,
  field: FieldName.nullable(),
  /** The value that was replaced, and the one that stands; null with a deletion undone. */
  replaced: z.json().nullable(),
  kept: z.json().nullable(),
  /** The parent whose change was replaced: the notice is theirs. */
  userId: Id,
  /** Who chose, as their name then, and when the server received the choice. */
  byName: ShortText,
  at: Instant,
  seenAt: Instant.nullable(),
})
export type ReplacedEdit = z.infer<typeof ReplacedEdit>
