// A plan's collision in the staff member's language, from the facts the server (or the domain's rule) gives.
import { useI18n } from 'vue-i18n'
import { stayKindNames } from '../../domain/stayKindNames'
import type { PlanningConflict, StayKind } from '../../protocol'
import { useConsoleFormat } from './useConsoleFormat'

export function useConflictText() {
  const { t } = useI18n()
  const format = useConsoleFormat()
  const kind = (value: StayKind) => stayKindNames[format.lang()][value]
  const days = (list: readonly string[]) => list.map(format.day).join(', ')

  return function conflictText(conflict: PlanningConflict): string {
    const start = format.dateTime(conflict.start)
    const key = `consolePlanning.conflict.${conflict.code}`
    switch (conflict.code) {
      case 'past_date':
        return t(key, { start })
      case 'kind_mismatch':
        return t(key, { kind: kind(conflict.kind), placeKind: kind(conflict.placeKind) })
      case 'double_booked':
        return t(key, {
          place: conflict.other.placeName,
          range: format.range(conflict.other.start, conflict.other.end),
        })
      case 'place_closed':
        return t(key, { days: days(conflict.days) })
      case 'place_full':
        return t(key, {
          days: days(conflict.days),
          size: conflict.size,
          unit: t(`consolePlanning.capacityUnits.${conflict.unit}`),
        })
      case 'no_decision':
        return t(key, { kind: kind(conflict.kind), start })
      case 'beyond_decision':
        return t(key, {
          already: conflict.already,
          granted: conflict.granted,
          planned: conflict.planned,
          unit: t(`consoleHouseholds.units.${conflict.unit}`),
          period: t(`consoleHouseholds.periods.${conflict.period}`),
          from: format.day(conflict.periodFrom),
        })
    }
  }
}
