// The "Our information" form: the municipality's rules and texts as editable fields, the record they make
// (for the preview and for saving), what in it the API would refuse, filled from what the server has.
import { computed, reactive, watchEffect } from 'vue'
import { instantOfLocal, localDateOf } from '../../domain/localDates'
import { formatDateNumeric, formatWallClock } from '../../domain/norwegianDates'
import { parseTypedDate, parseTypedTime } from '../../domain/typedDateTime'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import { useLocale } from '../../i18n/useLocale'
import {
  DEFAULT_RETENTION_DAYS,
  StaffMunicipalityUpdate,
  type ChangeDeadlineRule,
  type Municipality,
  type SummerRespite,
} from '../../protocol'
import { informationOf, textsFields } from './informationTexts'

export interface ContactFields {
  name: string
  phone: string
  email: string
}

const sameRule = (a: ChangeDeadlineRule | null, b: ChangeDeadlineRule | null) =>
  a === b || (!!a && !!b && a.daysBefore === b.daysBefore && a.time === b.time && a.timeZone === b.timeZone)
const sameSummer = (a: SummerRespite | null, b: SummerRespite | null) =>
  a === b ||
  (!!a &&
    !!b &&
    a.from === b.from &&
    a.to === b.to &&
    Date.parse(a.applicationDeadline) === Date.parse(b.applicationDeadline))

// The deadline's time and the summer's days are typed as Norwegians write them. A time that does not read goes
// into the record as typed, where the API's schema refuses it; a summer day that does not read leaves the
// season out of the record (the preview cannot show it) and is a problem at its field. Either way nothing is saved.
const SUMMER_DAYS = [
  ['summerFrom', 'summerRespite.from'],
  ['summerTo', 'summerRespite.to'],
  ['summerDeadline', 'summerRespite.applicationDeadline'],
] as const

export function useInformationForm(source: () => Municipality | null) {
  const locale = useLocale()
  const form = reactive({
    hasDeadline: false,
    daysBefore: 1,
    time: formatWallClock('15:00', locale.value),
    hasSummer: false,
    summerFrom: '',
    summerTo: '',
    summerDeadline: '',
    contacts: [] as ContactFields[],
    applyUrl: '',
    paperFormUrl: '',
    postalAddress: '',
    visitingAddress: '',
    texts: textsFields(null),
    retentionDays: DEFAULT_RETENTION_DAYS as number | string,
  })

  watchEffect(() => {
    const municipality = source()
    if (!municipality) return
    const { changeDeadline: rule, summerRespite: summer } = municipality
    form.hasDeadline = rule !== null
    form.daysBefore = rule?.daysBefore ?? 1
    form.time = formatWallClock(rule?.time ?? '15:00', locale.value)
    form.hasSummer = summer !== null
    form.summerFrom = summer ? formatDateNumeric(summer.from) : ''
    form.summerTo = summer ? formatDateNumeric(summer.to) : ''
    form.summerDeadline = summer
      ? formatDateNumeric(localDateOf(Date.parse(summer.applicationDeadline), NORWEGIAN_TIME_ZONE))
      : ''
    form.contacts = municipality.contacts.map((c) => ({ name: c.name, phone: c.phone ?? '', email: c.email ?? '' }))
    form.applyUrl = municipality.applyUrl ?? ''
    form.paperFormUrl = municipality.paperFormUrl ?? ''
    form.postalAddress = municipality.postalAddress ?? ''
    form.visitingAddress = municipality.visitingAddress ?? ''
    form.texts = textsFields(municipality.information)
    form.retentionDays = municipality.retentionDays ?? DEFAULT_RETENTION_DAYS
  })

  /** The rules as the form says them, in the API's shape. */
  const record = computed(() => ({
    changeDeadline: form.hasDeadline
      ? {
          daysBefore: Number(form.daysBefore),
          time: parseTypedTime(form.time) ?? form.time,
          timeZone: NORWEGIAN_TIME_ZONE,
        }
      : null,
    summerRespite: summerOf(
      parseTypedDate(form.summerFrom),
      parseTypedDate(form.summerTo),
      parseTypedDate(form.summerDeadline),
    ),
    contacts: form.contacts
      .filter((contact) => contact.name.trim())
      .map((c) => ({ name: c.name.trim(), phone: c.phone.trim() || null, email: c.email.trim() || null })),
    applyUrl: form.applyUrl.trim() || null,
    paperFormUrl: form.paperFormUrl.trim() || null,
    postalAddress: form.postalAddress.trim() || null,
    visitingAddress: form.visitingAddress.trim() || null,
    information: informationOf(form.texts),
    // Left out while it is the default the municipality never chose, so a later default reaches it.
    ...(form.retentionDays === DEFAULT_RETENTION_DAYS && source()?.retentionDays === undefined
      ? {}
      : { retentionDays: form.retentionDays === '' ? Number.NaN : Number(form.retentionDays) }),
  }))

  function summerOf(from: string | null, to: string | null, deadline: string | null): SummerRespite | null {
    if (!form.hasSummer || !from || !to || !deadline) return null
    // The deadline day ends at midnight, Norwegian time.
    return { from, to, applicationDeadline: instantOfLocal(deadline, '23:59', NORWEGIAN_TIME_ZONE) }
  }

  /** What the API would refuse, by the field's path (`information.nb.about`): checked before sending. */
  const problems = computed(() => {
    const result = StaffMunicipalityUpdate.safeParse(record.value)
    const refused = result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue] as const)
    const unread = SUMMER_DAYS.filter(
      ([field]) => form.hasSummer && form[field].trim() !== '' && !parseTypedDate(form[field]),
    ).map(([, path]) => [path, { code: 'invalid_format' }] as const)
    return new Map<string, { code: string }>([...refused, ...unread])
  })

  /** Whether saving changes the deadline or the summer season, which the server tells every household of. */
  const tellsFamilies = computed(() => {
    const saved = source()
    if (!saved) return false
    return (
      !sameRule(saved.changeDeadline, record.value.changeDeadline) ||
      !sameSummer(saved.summerRespite, record.value.summerRespite)
    )
  })

  return { form, record, problems, tellsFamilies }
}
