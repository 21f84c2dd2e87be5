// Why the municipality's server refused a change, in the family's language where the app knows the rule
// by name, else in the server's own (Bokmål) words.
import { useI18n } from 'vue-i18n'
import type { Rejection } from '../db/database'

export function useRefusalReason() {
  const { t } = useI18n()
  return (rejection: Pick<Rejection, 'reason' | 'message'>): string => {
    if (!rejection.reason) return rejection.message
    const key = `rejection.reason.${rejection.reason}`
    // A rule this app has no words for (a newer server's) comes back as its key.
    const said = t(key, {}, { missingWarn: false, fallbackWarn: false })
    return said === key ? rejection.message : said
  }
}
