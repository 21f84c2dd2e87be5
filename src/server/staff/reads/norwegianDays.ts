// The staff lists' day filters: a day as Norwegians mean it (from midnight in Norwegian time), as an instant.
import { startOfLocalDate } from '../../../domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../../domain/zonedTime'

export function dayStart(date: string): string {
  return new Date(startOfLocalDate(date, NORWEGIAN_TIME_ZONE)).toISOString()
}
