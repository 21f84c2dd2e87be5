// One date or time field of a console form, typed as Norwegians write them (src/domain/typedDateTime.ts): the
// text stays as typed, what it reads as is a LocalDate or an `HH:MM` time, and a field that cannot be read
// says so in words that name it, after the field is left or the form sent.
import { computed, reactive, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatDateNumeric, formatWallClock } from '../../domain/norwegianDates'
import { parseTypedDate, parseTypedTime } from '../../domain/typedDateTime'
import { useLocale } from '../../i18n/useLocale'

type Kind = 'date' | 'time'

/**
 * A field whose label is the message `labelKey`, showing `initial` (`YYYY-MM-DD` or `HH:MM`, or '') as
 * "08.12.2026" or "16.00". `read` is '' while empty and null while unreadable.
 */
export function useTypedField(kind: Kind, labelKey: string, initial = '', options: { required?: boolean } = {}) {
  const { t } = useI18n()
  const locale = useLocale()
  const show = (value: string) =>
    value === '' ? '' : kind === 'date' ? formatDateNumeric(value) : formatWallClock(value, locale.value)
  const text = shallowRef(show(initial))
  const shown = shallowRef<'none' | 'unreadable' | 'all'>('none')
  /** A problem the form found with this field and others (an end before its start), until it is typed again. */
  const problem = shallowRef<string | null>(null)
  watch(text, () => (problem.value = null))
  const read = computed<string | null>(() => {
    if (text.value.trim() === '') return ''
    return kind === 'date' ? parseTypedDate(text.value) : parseTypedTime(text.value)
  })
  const label = computed(() => t(labelKey))
  const error = computed(() => {
    if (problem.value) return problem.value
    if (shown.value === 'none') return null
    if (read.value === null)
      return t(kind === 'date' ? 'consoleDates.badDate' : 'consoleDates.badTime', { field: label.value })
    if (read.value === '' && options.required && shown.value === 'all')
      return t('consoleDates.missing', { field: label.value })
    return null
  })

  return reactive({
    text,
    read,
    error,
    problem,
    /** What the field shows beside its input: for TypedDateTimeField's props. */
    props: computed(() => ({
      kind,
      label: label.value,
      hint: t(kind === 'date' ? 'consoleDates.dateHint' : 'consoleDates.timeHint'),
      error: error.value,
      required: options.required ?? false,
    })),
    /** Leaving the field says whether it reads; an empty field is told when the form is sent. */
    blur: () => {
      if (shown.value === 'none') shown.value = 'unreadable'
    },
    /** The value to send, or null (and the field says why) when it is unreadable or missing. */
    check: (): string | null => {
      shown.value = 'all'
      return error.value ? null : read.value
    },
    set: (typed: string) => {
      text.value = typed
    },
    fill: (value: string) => {
      text.value = show(value)
      shown.value = 'none'
    },
  })
}

export type TypedField = ReturnType<typeof useTypedField>

/** Checks every field (each then shows its problem) and gives their values, or null when one is wrong. */
export function checkAll<K extends string>(fields: Record<K, TypedField>): Record<K, string> | null {
  const entries = Object.entries<TypedField>(fields).map(([key, field]) => [key, field.check()] as const)
  return entries.every(([, value]) => value !== null) ? (Object.fromEntries(entries) as Record<K, string>) : null
}
