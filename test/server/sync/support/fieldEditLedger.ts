// The field-edit property test's account of every field a parent changed (sync rule 8 by field): at the
// end each is as they left it, or was changed again by someone who had seen their value, or the parent
// was asked about it, or a parent deleted the record after it. Anything else is an edit lost unseen.
import { differingFields, sameValue } from '../../../../src/domain/fieldMerge'
import type { Mutation, MutationResult, ReplacedEdit } from '../../../../src/protocol'
import type { EntityView } from './syncWorld'

/** A mutation and the server's answer, in the order the server answered them; `author` is the username. */
export interface Settled {
  mutation: Mutation
  result: MutationResult
  author: string
}

interface FieldEdit {
  at: number
  record: string
  field: string
  value: unknown
  base: unknown
  settled: Settled
}

type Edited = { entity: 'medication' | 'checklistItem' | 'aboutMe'; mine: { id: string }; base: object | null }

function editOf(mutation: Mutation): Edited | null {
  if (mutation.name === 'upsertMedication')
    return { entity: 'medication', mine: mutation.args.medication, base: mutation.args.base ?? null }
  if (mutation.name === 'upsertChecklistItem')
    return { entity: 'checklistItem', mine: mutation.args.item, base: mutation.args.base ?? null }
  if (mutation.name === 'upsertAboutMe')
    return { entity: 'aboutMe', mine: mutation.args.aboutMe, base: mutation.args.base ?? null }
  return null
}

const fieldOf = (record: unknown, field: string) => (record as Record<string, unknown> | null)?.[field]

/** Every field each edit changed from what it began from (a new record's creation changes none). */
function fieldEdits(log: readonly Settled[]): FieldEdit[] {
  return log.flatMap((settled, at) => {
    const edit = editOf(settled.mutation)
    if (!edit?.base) return []
    return differingFields(edit.base, edit.mine).map((field) => ({
      at,
      record: `${edit.entity}/${edit.mine.id}`,
      field,
      value: fieldOf(edit.mine, field),
      base: fieldOf(edit.base, field),
      settled,
    }))
  })
}

/** Whether the edit wrote the field on the server: applied, or refused on other fields only. */
function wrote(edit: FieldEdit): boolean {
  const { status, error } = edit.settled.result
  return status === 'applied' || error?.fields?.some(({ field }) => field === edit.field) === false
}

/**
 * The edits lost without a word, described; and the notices that should have told a parent their value
 * was replaced by the other's "keep mine" but are missing. Both empty when sync rule 8 by field holds.
 * With how many field edits there were, and how many a parent replaced by choosing their own.
 */
export function lostEdits(log: readonly Settled[], onServer: EntityView, userIds: Map<string, string>) {
  const edits = fieldEdits(log)
  const lost: string[] = []
  const untold: string[] = []
  let chosenOver = 0
  for (const edit of edits) {
    const { status, error } = edit.settled.result
    if (status === 'rejected' && error?.code !== 'conflict') lost.push(`${edit.record} refused: ${error?.message}`)
    if (!wrote(edit)) continue // the parent was asked: the field, or the whole record the other deleted
    const [entity, id] = edit.record.split('/') as [keyof EntityView, string]
    if (sameValue(fieldOf(onServer[entity][id], edit.field), edit.value)) continue
    const deletedAfter = log.some(
      (later, at) =>
        at > edit.at &&
        later.result.status === 'applied' &&
        (later.mutation.name === 'deleteMedication' || later.mutation.name === 'deleteChecklistItem') &&
        `${later.mutation.name === 'deleteMedication' ? 'medication' : 'checklistItem'}/${later.mutation.args.id}` ===
          edit.record,
    )
    if (deletedAfter) continue
    const seenBy = edits.find(
      (later) =>
        later.at > edit.at &&
        later.record === edit.record &&
        later.field === edit.field &&
        wrote(later) &&
        sameValue(later.base, edit.value),
    )
    if (!seenBy) {
      lost.push(`${edit.settled.author}'s ${edit.field} ${JSON.stringify(edit.value)} on ${edit.record}`)
      continue
    }
    const chosen = seenBy.settled.mutation.args as { keepsMine?: true }
    if (!chosen.keepsMine || seenBy.settled.author === edit.settled.author) continue
    chosenOver += 1
    const told = Object.values(onServer.replacedEdit as Record<string, ReplacedEdit>).some(
      (replaced) =>
        replaced.userId === userIds.get(edit.settled.author) &&
        `${replaced.entity}/${replaced.recordId}` === edit.record &&
        replaced.field === edit.field &&
        sameValue(replaced.replaced, edit.value),
    )
    if (!told) untold.push(`${edit.settled.author}'s ${edit.field} ${JSON.stringify(edit.value)} on ${edit.record}`)
  }
  return { lost, untold, fieldEdits: edits.length, chosenOver }
}
