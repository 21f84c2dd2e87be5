// Sync rule 8 by field: an edit of a record both parents edit is merged with the record as it is now
// against the version the edit was made from, so edits of different fields both stand and only the
// same field changed both ways, to different values, is a question for a parent.
import type { EditedEntity } from '../protocol/fieldEdits'

/**
 * `ask`: changed on both sides to different values, the parent chooses. `laterWins`: the order of a
 * list, no question worth asking (the edit that arrives last stands). `anySetAgrees`: a moment
 * something was retired; both sides retiring it agree, whatever the minute.
 */
export type FieldRule = 'ask' | 'laterWins' | 'anySetAgrees'

/** The fields of each edited entity that do not simply ask; every other field asks. */
export const FIELD_RULES: Record<EditedEntity, Readonly<Record<string, FieldRule>>> = {
  medication: {},
  aboutMe: {},
  checklistItem: { position: 'laterWins', removedAt: 'anySetAgrees' },
}

export interface FieldMerge<T> {
  /** The record with every field that merged; a field in `conflicts` keeps the value it has now. */
  merged: T
  /** Fields changed on both sides to different values, in the record's order. */
  conflicts: string[]
}

type FieldRecord = object

/** Equal as the records travel: deep, and an absent optional field the same as null. */
export function sameValue(one: unknown, other: unknown): boolean {
  if (one === other || ((one ?? null) === null && (other ?? null) === null)) return true
  if (typeof one !== 'object' || typeof other !== 'object' || one === null || other === null) return false
  if (Array.isArray(one) !== Array.isArray(other)) return false
  const keys = new Set([...Object.keys(one), ...Object.keys(other)])
  return [...keys].every((key) => sameValue(fieldOf(one, key), fieldOf(other, key)))
}

function fieldOf(record: FieldRecord | null, field: string): unknown {
  return record ? (record as Record<string, unknown>)[field] : undefined
}

function fieldsOf(...records: (FieldRecord | null)[]): string[] {
  // Stryker disable next-line ArrayDeclaration: a field no record has is the same on both sides, so it never differs
  return [...new Set(records.flatMap((record) => (record ? Object.keys(record) : [])))]
}

/** The fields whose values differ between two versions of a record. */
export function differingFields(one: FieldRecord | null, other: FieldRecord | null): string[] {
  return fieldsOf(one, other).filter((field) => !sameValue(fieldOf(one, field), fieldOf(other, field)))
}

/** Whether a field both sides changed differently is settled without asking (`laterWins` is settled before). */
function agrees(rule: FieldRule, mine: unknown, theirs: unknown): boolean {
  return rule === 'anySetAgrees' && (mine ?? null) !== null && (theirs ?? null) !== null
}

/**
 * Merges `mine` (an edit made from `base`) into `theirs` (the record as it is now). A field the edit
 * did not change keeps theirs; a field only the edit changed takes mine; a field both changed alike
 * is settled; a field both changed differently is a conflict unless its rule settles it (`laterWins`
 * takes mine, `anySetAgrees` keeps theirs). `base` null: a new record meeting one made elsewhere, so
 * every field that differs was written on both sides.
 */
export function mergeFields<T extends FieldRecord>(
  base: T | null,
  mine: T,
  theirs: T,
  rules: Readonly<Record<string, FieldRule>> = {},
): FieldMerge<T> {
  const merged: Record<string, unknown> = { ...(theirs as Record<string, unknown>) }
  const conflicts: string[] = []
  for (const field of fieldsOf(mine, theirs)) {
    const [was, mineNow, theirsNow] = [fieldOf(base, field), fieldOf(mine, field), fieldOf(theirs, field)]
    if (sameValue(mineNow, theirsNow) || (base !== null && sameValue(mineNow, was))) continue
    // Stryker disable next-line StringLiteral: every rule but laterWins and anySetAgrees asks
    const rule = rules[field] ?? 'ask'
    if ((base !== null && sameValue(theirsNow, was)) || rule === 'laterWins') merged[field] = mineNow
    else if (!agrees(rule, mineNow, theirsNow)) conflicts.push(field)
  }
  for (const field of Object.keys(merged)) if (merged[field] === undefined) delete merged[field]
  return { merged: merged as T, conflicts }
}
