// A message's title in the family's language. The server words its notices about stays and answers in
// Bokmål; in another language the app names the kind itself, so Nynorsk never shows "Opphold avlyst"
// beside "Avlyst opphald". Staff's own notices keep the title they were written with.
import { useI18n } from 'vue-i18n'
import type { Message } from '../protocol'

export function useMessageTitle() {
  const { t, locale } = useI18n()
  return (message: Message): string =>
    locale.value === 'nb' || message.kind === 'notice' ? message.title : t(`inbox.kind.${message.kind}`)
}
