// The texts families read, per language, as the form holds them (every topic a string, every language
// present) and as the record stores them (Bokmål required, another language left out when empty).
import { INFORMATION_TOPICS, type InformationTopic } from '../../domain/respiteInformation'
import type { RespiteInformation, RespiteInformationTexts } from '../../protocol'
import { LOCALES, type Locale } from '../../protocol/locale'

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

/** Null when nothing is written in any language: families then read that there is no information yet. */
export function informationOf(fields: TextsFields): RespiteInformation | null {
  if (LOCALES.every((locale) => isEmpty(fields[locale]))) return null
  return {
    nb: texts(fields.nb),
    ...(isEmpty(fields.nn) ? {} : { nn: texts(fields.nn) }),
    ...(isEmpty(fields.en) ? {} : { en: texts(fields.en) }),
  }
}
