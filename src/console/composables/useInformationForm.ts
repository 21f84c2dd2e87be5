// The "Our information" form: the municipality's rules as editable fields, the record they make (for the
// preview and for saving), filled from what the server has.
import { computed, reactive, watchEffect } from 'vue'
import { instantOfLocal, localDateOf } from '../../domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import type { Municipality } from '../../protocol'

export interface ContactFields {
  name: string
  phone: string
  email: string
}

export function useInformationForm(source: () => Municipality | null) {
  const form = reactive({
    hasDeadline: false,
    daysBefore: 1,
    time: '15:00',
    hasSummer: false,
    summerFrom: '',
    summerTo: '',
    summerDeadline: '',
    contacts: [] as ContactFields[],
  })

  watchEffect(() => {
    const municipality = source()
    if (!municipality) return
    const { changeDeadline: rule, summerRespite: summer } = municipality
    form.hasDeadline = rule !== null
    form.daysBefore = rule?.daysBefore ?? 1
    form.time = rule?.time ?? '15:00'
    form.hasSummer = summer !== null
    form.summerFrom = summer?.from ?? ''
    form.summerTo = summer?.to ?? ''
    form.summerDeadline = summer ? localDateOf(Date.parse(summer.applicationDeadline), NORWEGIAN_TIME_ZONE) : ''
    form.contacts = municipality.contacts.map((c) => ({ name: c.name, phone: c.phone ?? '', email: c.email ?? '' }))
  })

  /** The rules as the form says them, in the API's shape. */
  const record = computed(() => ({
    changeDeadline: form.hasDeadline
      ? { daysBefore: Number(form.daysBefore), time: form.time, timeZone: NORWEGIAN_TIME_ZONE }
      : null,
    summerRespite:
      form.hasSummer && form.summerFrom && form.summerTo && form.summerDeadline
        ? {
            from: form.summerFrom,
            to: form.summerTo,
            // The deadline day ends at midnight, Norwegian time.
            applicationDeadline: instantOfLocal(form.summerDeadline, '23:59', NORWEGIAN_TIME_ZONE),
          }
        : null,
    contacts: form.contacts
      .filter((contact) => contact.name.trim())
      .map((c) => ({ name: c.name.trim(), phone: c.phone.trim() || null, email: c.email.trim() || null })),
  }))

  return { form, record }
}
