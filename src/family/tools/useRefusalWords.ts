// Why the server refused a change, in the app's language: from the refusal's reason where the server gave
// one (src/domain/wording/refusalWording.ts), else the server's own message.
import { refusalText } from '../../domain/wording/refusalWording'
import type { RefusalReason } from '../../protocol/refusals'
import { useLocale } from '../../i18n/useLocale'

export interface Refused {
  reason?: RefusalReason | undefined
  message: string
}

export function useRefusalWords() {
  const locale = useLocale()
  return (refused: Refused): string => (refused.reason ? refusalText(refused.reason, locale.value) : refused.message)
}
