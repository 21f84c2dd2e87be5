// Which of the municipality's information texts a family reads, and in which language: per topic, the
// family's language where the municipality wrote that topic in it, else Bokmål (the form promises this).
// One rule for the family's page and the console's preview of it.
import type { RespiteInformation, RespiteInformationTexts } from '../protocol/entities'
import type { Locale } from '../protocol/locale'

/** The topics in the order families read them. */
export const INFORMATION_TOPICS = [
  'about',
  'expect',
  'bring',
  'assessed',
  'notGrounds',
  'apply',
  'cost',
  'transport',
] as const satisfies readonly (keyof RespiteInformationTexts)[]
export type InformationTopic = (typeof INFORMATION_TOPICS)[number]

export interface TopicText {
  topic: InformationTopic
  text: string
  /** The language the text is written in: Bokmål where the family's language has no text for the topic. */
  locale: Locale
}

/** The topics written about, in reading order; a topic not written in `locale` is read in Bokmål. */
export function topicsFamiliesRead(information: RespiteInformation | null | undefined, locale: Locale): TopicText[] {
  if (!information) return []
  return INFORMATION_TOPICS.flatMap((topic): TopicText[] => {
    const own = information[locale]?.[topic]?.trim()
    if (own) return [{ topic, text: own, locale }]
    const bokmaal = information.nb[topic]?.trim()
    return bokmaal ? [{ topic, text: bokmaal, locale: 'nb' }] : []
  })
}
