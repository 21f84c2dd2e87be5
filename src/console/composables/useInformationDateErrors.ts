// What is wrong with a date or time of "Our information", naming its field, from the API's schema's refusal
// at the record's path; a last summer day that reads but comes before the first says that instead.
import { useI18n } from 'vue-i18n'
import { parseTypedDate } from '../../domain/typedDateTime'

export function useInformationDateErrors(problems: () => ReadonlyMap<string, unknown>) {
  const { t } = useI18n()
  function error(path: string, labelKey: string, typed: string): string | null {
    if (!problems().has(path)) return null
    if (path === 'changeDeadline.time') return t('consoleDates.badTime', { field: t(labelKey) })
    if (path === 'summerRespite.to' && parseTypedDate(typed)) return t('consoleDates.endBeforeStart')
    return t('consoleDates.badDate', { field: t(labelKey) })
  }
  const hint = (kind: 'date' | 'time') => t(kind === 'date' ? 'consoleDates.dateHint' : 'consoleDates.timeHint')
  return { error, hint }
}
