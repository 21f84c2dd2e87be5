// The edits on this phone that met the other parent's change (sync rule 8), as the conflict notice shows
// them: the record by name, and each field both changed with both values and who made the other change.
import { computed } from 'vue'
import type { EditedEntity } from '../../protocol'
import { useSyncStatusStore } from '../stores/syncStatus'
import { askedFields, myVersion } from '../sync/conflictFields'
import type { EditConflict } from '../sync/rejections'
import { useEditedFieldWords } from './useEditedFieldWords'

export interface AskedField {
  field: string
  name: string
  mine: string
  theirs: string
  /** Who made the change that stands now; null when not known. */
  by: string | null
}

export interface ConflictView {
  id: string
  record: string
  /** The other parent deleted the record: the question is whether it comes back. */
  deleted: boolean
  fields: AskedField[]
}

export function useEditConflicts() {
  const sync = useSyncStatusStore()
  const words = useEditedFieldWords()

  function viewOf(conflict: EditConflict): ConflictView {
    const entity = conflict.current.entity as EditedEntity // every edit conflict is of an edited entity
    const mine = myVersion(conflict) as Record<string, unknown>
    const theirs = (conflict.current.data ?? {}) as Record<string, unknown>
    const name = 'label' in mine ? mine.label : 'name' in mine ? mine.name : null
    return {
      id: conflict.id,
      record: words.recordTitle(entity, typeof name === 'string' ? name : null),
      deleted: conflict.current.deleted || conflict.current.data === null,
      fields: askedFields(conflict).map((field) => ({
        field,
        name: words.fieldName(entity, field),
        mine: words.valueText(field, mine[field]),
        theirs: words.valueText(field, theirs[field]),
        by: conflict.fields?.find((asked) => asked.field === field)?.by ?? null,
      })),
    }
  }

  return {
    conflicts: computed(() => sync.editConflicts.map(viewOf)),
    keepMine: sync.keepMine,
    keepTheirs: sync.keepTheirs,
  }
}
