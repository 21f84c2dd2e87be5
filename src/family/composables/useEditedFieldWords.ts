// The words for a field of a record both parents edit, and for its values, in the family's language:
// what a conflict asks about and what a parent is told when the other replaced their change.
import { useI18n } from 'vue-i18n'
import { formatDayShort, formatTime, formatWallClock } from '../../domain/norwegianDates'
import type { EditedEntity } from '../../protocol'
import { useLocale } from '../../i18n/useLocale'

/** The label each field has in its form; a field not named here is "other". */
const FIELD_LABELS: Record<EditedEntity, Readonly<Record<string, string>>> = {
  medication: {
    name: 'medication.name',
    strength: 'medication.strength',
    dose: 'medication.dose',
    times: 'medication.times',
    notes: 'medication.notes',
  },
  checklistItem: {
    label: 'packing.form.label',
    quantity: 'packing.form.quantity',
    category: 'packing.form.category',
    forStays: 'packing.form.forStays',
    position: 'editConflict.position',
    removedAt: 'editConflict.removedAt',
  },
  aboutMe: {
    routines: 'aboutMe.fields.routines',
    communication: 'aboutMe.fields.communication',
    calming: 'aboutMe.fields.calming',
    upsetting: 'aboutMe.fields.upsetting',
    food: 'aboutMe.fields.food',
    sleep: 'aboutMe.fields.sleep',
    emergencyContacts: 'aboutMe.contacts',
  },
}

function isContact(value: unknown): value is { name: string; phone: string } {
  return typeof value === 'object' && value !== null && 'name' in value && 'phone' in value
}

export function useEditedFieldWords() {
  const { t } = useI18n()
  const locale = useLocale()
  const lang = () => locale.value

  function fieldName(entity: EditedEntity, field: string): string {
    return t(FIELD_LABELS[entity][field] ?? 'editConflict.otherField')
  }

  function valueText(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return t('editConflict.empty')
    if (field === 'times' && Array.isArray(value))
      return value.length === 0
        ? t('medication.asNeeded')
        : value.map((time) => formatWallClock(String(time), lang())).join(', ')
    if (field === 'emergencyContacts' && Array.isArray(value))
      return value.length === 0
        ? t('editConflict.empty')
        : value.map((contact) => (isContact(contact) ? `${contact.name}: ${contact.phone}` : '')).join('; ')
    if (field === 'quantity') return t('packing.quantity', { count: Number(value) })
    if (field === 'category' || field === 'forStays') return t(`packing.${field}.${String(value)}`)
    if (field === 'removedAt' && typeof value === 'string') return when(value)
    return typeof value === 'string' ? value : JSON.stringify(value)
  }

  /** How the parent knows the record: the medicine or item by name, the card by the child's name when known. */
  function recordTitle(entity: EditedEntity, name: string | null): string {
    if (entity !== 'aboutMe') return name ?? ''
    return name ? t('aboutMe.titleFor', { name }) : t('aboutMe.title')
  }

  function when(instant: string): string {
    return t('editConflict.replaced.when', { day: formatDayShort(instant, lang()), time: formatTime(instant, lang()) })
  }

  return { fieldName, valueText, recordTitle, when }
}
