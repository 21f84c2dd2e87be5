// Why the server refused a change, in the app's language: from the refusal's reason where the server gave
// one (src/domain/wording/refusalWording.ts), else the server's own message.
import { useI18n } from 'vue-i18n'
import { refusalText } from '../../domain/wording/refusalWording'
import type { RefusalReason } from '../../protocol/refusals'
import type { Locale } from '../../protocol/locale'

export interface Refused {
  reason?: RefusalReason | undefined
  message: string
}

export function useRefusalWords() {
  const { locale } = useI18n()
  return (refused: Refused): string =>
    refused.reason ? refusalText(refused.reason, locale.value as Locale) : refused.message
}
