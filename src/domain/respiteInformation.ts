// The municipality's information about respite as a family reads it: the topics in reading order, in the
// family's language, falling back to Bokmål; a topic with no text is left out.
import type { RespiteInformation, RespiteInformationTexts } from '../protocol/entities'
import type { Locale } from '../protocol/locale'

export const INFORMATION_TOPICS = [
  'about',
  'expect',
  'assessed',
  'notGrounds',
  'apply',
  'cost',
  'transport',
] as const satisfies readonly (keyof RespiteInformationTexts)[]
export type InformationTopic = (typeof INFORMATION_TOPICS)[number]

/** The texts in this language, or in Bokmål where the municipality has not written this language. */
export function informationIn(
  information: RespiteInformation | null | undefined,
  locale: Locale,
): RespiteInformationTexts | null {
  if (!information) return null
  return information[locale] ?? information.nb
}

/** The topics written about, in reading order. */
export function informationTopics(texts: RespiteInformationTexts | null): { topic: InformationTopic; text: string }[] {
  return INFORMATION_TOPICS.flatMap((topic) => {
    const text = texts?.[topic].trim()
    return text ? [{ topic, text }] : []
  })
}
