// The notice every household of a municipality receives when its change deadline or summer respite changes.
import { formatWallClock } from '../../domain/norwegianDates'
import type { ChangeDeadlineRule, SummerRespite } from '../../protocol'
import type { MessageDraft } from './stayNotices'
import { dayAndTime } from './norwegianTime'

function daysBeforePhrase(days: number): string {
  if (days === 0) return 'samme dag som oppholdet begynner'
  if (days === 1) return 'dagen før oppholdet'
  return `${days} dager før oppholdet`
}

export function deadlineRuleSentence(rule: ChangeDeadlineRule | null): string {
  if (!rule) return 'Kommunen har ingen fast frist for endringer. Ta kontakt med avlastningsstedet så tidlig som mulig.'
  return `Endringer og avbestillinger må meldes senest kl. ${formatWallClock(rule.time, 'nb')} ${daysBeforePhrase(rule.daysBefore)}.`
}

export function summerRespiteSentence(summer: SummerRespite | null): string {
  if (!summer) return 'Kommunen har ikke kunngjort noen søknadsfrist for sommeravlastning.'
  const from = summer.from.split('-').reverse().join('.')
  const to = summer.to.split('-').reverse().join('.')
  return `Søk om sommeravlastning for perioden ${from}–${to} innen ${dayAndTime(summer.applicationDeadline)}.`
}

export function rulesChangedNotice(changes: {
  deadline?: ChangeDeadlineRule | null
  summer?: SummerRespite | null
}): MessageDraft {
  const sentences: string[] = []
  if (changes.deadline !== undefined) sentences.push(deadlineRuleSentence(changes.deadline))
  if (changes.summer !== undefined) sentences.push(summerRespiteSentence(changes.summer))
  return { kind: 'notice', title: 'Nye frister fra kommunen', body: sentences.join(' ') }
}
