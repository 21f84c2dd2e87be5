// The capacity form's state: a place's unit, size, open weekdays and closed periods as typed (dates as
// Norwegians write them), what is wrong with them in words, and the capacity to send once all of it reads.
import { reactive, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatDateNumeric } from '../../domain/norwegianDates'
import { parseTypedDate } from '../../domain/typedDateTime'
import type { CapacityUnit, PlaceCapacity } from '../../protocol'

export interface TypedPeriod {
  key: number
  from: string
  to: string
  note: string
}

/** What is wrong, by field name (`size`, `openDays`, `closed.0.from`, …). */
export type CapacityProblems = Record<string, string>

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

export function useCapacityForm() {
  const { t } = useI18n()
  let keys = 0
  const form = reactive({
    unit: 'beds' as CapacityUnit,
    size: '1',
    openDays: [...EVERY_DAY],
    closed: [] as TypedPeriod[],
  })
  const problems = shallowRef<CapacityProblems>({})

  function fill(capacity: PlaceCapacity | null) {
    form.unit = capacity?.unit ?? 'beds'
    form.size = String(capacity?.size ?? 1)
    form.openDays = [...(capacity?.openDays ?? EVERY_DAY)]
    form.closed = (capacity?.closed ?? []).map((period) => ({
      key: keys++,
      from: formatDateNumeric(period.from),
      to: formatDateNumeric(period.to),
      note: period.note,
    }))
    problems.value = {}
  }

  const addPeriod = () => form.closed.push({ key: keys++, from: '', to: '', note: '' })
  const removePeriod = (key: number) => (form.closed = form.closed.filter((period) => period.key !== key))

  /** The capacity to send, or null when something does not read (then `problems` says what). */
  function read(): PlaceCapacity | null {
    const found: CapacityProblems = {}
    const size = Number(form.size.trim())
    if (!Number.isInteger(size) || size < 1 || size > 500) found.size = t('consoleNights.capacity.badSize')
    if (form.openDays.length === 0) found.openDays = t('consoleNights.capacity.noOpenDay')
    const closed = form.closed.map((period, index) => {
      const day = (field: 'from' | 'to', labelKey: string) => {
        const value = parseTypedDate(period[field])
        if (!value) found[`closed.${index}.${field}`] = t('consoleDates.badDate', { field: t(labelKey) })
        return value ?? ''
      }
      const from = day('from', 'consoleNights.capacity.closedFrom')
      const to = day('to', 'consoleNights.capacity.closedTo')
      if (from && to && to < from) found[`closed.${index}.to`] = t('consoleDates.endBeforeStart')
      if (!period.note.trim()) found[`closed.${index}.note`] = t('consoleNights.capacity.noNote')
      return { from, to, note: period.note.trim() }
    })
    problems.value = found
    if (Object.keys(found).length > 0) return null
    return { unit: form.unit, size, openDays: [...form.openDays].sort(), closed }
  }

  return { form, problems, fill, addPeriod, removePeriod, read }
}
