// The texts families read, per language, as the form holds them (every topic a string, every language
// present) and as the record stores them (Bokmål required, another language left out when empty).
import { RespiteInformationTexts, type RespiteInformation } from '../../protocol'
import { LOCALES, type Locale } from '../../protocol/locale'

export type InformationTopic = keyof RespiteInformationTexts
/** The topics in the order families read them: the record's own order. */
export const INFORMATION_TOPICS = Object.keys(RespiteInformationTexts.shape) as InformationTopic[]

export type TopicFields = Record<InformationTopic, string>
export type TextsFields = Record<Locale, TopicFields>

const emptyTopics = (): TopicFields => Object.fromEntries(INFORMATION_TOPICS.map((topic) => [topic, ''])) as TopicFields

export function textsFields(information: RespiteInformation | null | undefined): TextsFields {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, { ...emptyTopics(), ...information?.[locale] }]),
  ) as TextsFields
}

const isEmpty = (topics: TopicFields) => INFORMATION_TOPICS.every((topic) => !topics[topic].trim())
const texts = (topics: TopicFields): RespiteInformationTexts => ({ ...topics })

/** The topics written about in this language (else Bokmål), in reading order, as the family's app shows them. */
export function topicsFamiliesRead(information: RespiteInformation | null | undefined, locale: Locale) {
  const texts = information ? (information[locale] ?? information.nb) : null
  return INFORMATION_TOPICS.flatMap((topic) => {
    const text = texts?.[topic]?.trim()
    return text ? [{ topic, text }] : []
  })
}

/** Null when nothing is written in any language: families then read that there is no information yet. */
export function informationOf(fields: TextsFields): RespiteInformation | null {
  if (LOCALES.every((locale) => isEmpty(fields[locale]))) return null
  return {
    nb: texts(fields.nb),
    ...(isEmpty(fields.nn) ? {} : { nn: texts(fields.nn) }),
    ...(isEmpty(fields.en) ? {} : { en: texts(fields.en) }),
  }
}
