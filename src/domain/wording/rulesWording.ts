// The municipality's rules as a family reads them, in nb, nn and en: the change deadline and the summer
// respite season. One home for the stay page, the message that tells of new rules and the console's preview.
import type { ChangeDeadlineRule, SummerRespite } from '../../protocol/municipalityRules'
import type { Locale } from '../../protocol/locale'
import { formatDayRange } from '../dayRanges'
import { formatDayLong, formatTime, formatWallClock } from '../norwegianDates'

interface RulesTexts {
  deadline: (time: string, daysBefore: number) => string
  noDeadline: string
  summer: (period: string, day: string, time: string) => string
  noSummer: string
  changedTitle: string
}

const texts: Record<Locale, RulesTexts> = {
  nb: {
    deadline: (time, days) =>
      `Endringer og avlysninger må meldes senest kl. ${time} ${
        days === 0
          ? 'samme dag som oppholdet begynner'
          : days === 1
            ? 'dagen før oppholdet'
            : `${days} dager før oppholdet`
      }.`,
    noDeadline: 'Kommunen har ingen fast frist for endringer. Ta kontakt med avlastningsstedet så tidlig som mulig.',
    summer: (period, day, time) => `Søk om sommeravlastning for ${period} innen ${day} kl. ${time}.`,
    noSummer: 'Kommunen har ikke kunngjort noen søknadsfrist for sommeravlastning.',
    changedTitle: 'Nye frister fra kommunen',
  },
  nn: {
    deadline: (time, days) =>
      `Endringar og avlysingar må meldast seinast kl. ${time} ${
        days === 0
          ? 'same dag som opphaldet byrjar'
          : days === 1
            ? 'dagen før opphaldet'
            : `${days} dagar før opphaldet`
      }.`,
    noDeadline: 'Kommunen har ingen fast frist for endringar. Ta kontakt med avlastingsstaden så tidleg som mogleg.',
    summer: (period, day, time) => `Søk om sommaravlasting for ${period} innan ${day} kl. ${time}.`,
    noSummer: 'Kommunen har ikkje kunngjort nokon søknadsfrist for sommaravlasting.',
    changedTitle: 'Nye fristar frå kommunen',
  },
  en: {
    deadline: (time, days) =>
      `Changes and cancellations must be made by ${time} ${
        days === 0
          ? 'on the day the stay begins'
          : days === 1
            ? 'the day before the stay'
            : `${days} days before the stay`
      }.`,
    noDeadline: 'The municipality has no fixed deadline for changes. Contact the respite place as early as you can.',
    summer: (period, day, time) => `Apply for summer respite for ${period} by ${day} at ${time}.`,
    noSummer: 'The municipality has not announced an application deadline for summer respite.',
    changedTitle: 'New deadlines from the municipality',
  },
}

/** "Endringer og avlysninger må meldes senest kl. 15.00 dagen før oppholdet." */
export function deadlineRuleSentence(rule: ChangeDeadlineRule | null, locale: Locale): string {
  return rule ? texts[locale].deadline(formatWallClock(rule.time, locale), rule.daysBefore) : texts[locale].noDeadline
}

/** "Søk om sommeravlastning for 21. juni–15. august 2027 innen fredag 30. april kl. 12.00." */
export function summerRespiteSentence(summer: SummerRespite | null, locale: Locale): string {
  if (!summer) return texts[locale].noSummer
  // Calendar days have no zone: noon UTC read in UTC is that day.
  const noon = (date: string) => `${date}T12:00:00.000Z`
  const days = formatDayRange(noon(summer.from), noon(summer.to), locale, 'UTC')
  const sameYear = summer.from.slice(0, 4) === summer.to.slice(0, 4)
  const period = sameYear ? `${days} ${summer.from.slice(0, 4)}` : days
  const deadline = summer.applicationDeadline
  return texts[locale].summer(period, formatDayLong(deadline, locale), formatTime(deadline, locale))
}

/** The title of the message that tells every household of new rules. */
export function rulesChangedTitle(locale: Locale): string {
  return texts[locale].changedTitle
}
