// The message key for how turning notifications on went, true to the municipality's rules: where the
// browser cannot notify, the calendar feed is offered to remind of deadlines only where there are some.
import { useMunicipalityRules } from './useMunicipalityRules'

export function useNotificationResultKey() {
  const { hasChangeDeadline } = useMunicipalityRules()
  return (result: string): string =>
    result === 'unsupported' && !hasChangeDeadline.value
      ? 'notifications.result.unsupportedNoDeadline'
      : `notifications.result.${result}`
}
