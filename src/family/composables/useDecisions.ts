// Per person, what the municipality has granted and how much of it is used and planned this period, live.
import { computed } from 'vue'
import { db } from '../db/database'
import { decisionsWithStays, type DecisionsData } from '../db/decisionQueries'
import { localDateOf } from '../../domain/localDates'
import { isInForce, quotaUse, type QuotaUse } from '../../domain/quota'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import type { Decision, Recipient } from '../../protocol'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'

export interface RecipientDecisions {
  recipient: Recipient
  /** Decisions in force now, with their use this period. */
  current: QuotaUse[]
  /** Decisions that have ended or not begun, newest first. */
  other: Decision[]
}

export function useDecisions() {
  const { now } = useAppTime()
  // The period only changes with the day, so the query follows the day, not every tick.
  const today = computed(() => localDateOf(now.value, NORWEGIAN_TIME_ZONE))
  const empty: DecisionsData = { recipients: [], decisions: [], staysByDecision: new Map() }
  const { data, loaded } = useLiveQuery(() => decisionsWithStays(db, now.value, NORWEGIAN_TIME_ZONE), empty, [today])

  const byRecipient = computed<RecipientDecisions[]>(() => {
    const { recipients, decisions, staysByDecision } = data.value
    return [...recipients]
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
      .map((recipient) => {
        const own = decisions.filter((decision) => decision.recipientId === recipient.id)
        const current = own
          .map((decision) => quotaUse(decision, staysByDecision.get(decision.id) ?? [], now.value, NORWEGIAN_TIME_ZONE))
          .filter((use) => use !== null)
        const other = own
          .filter((decision) => !isInForce(decision, today.value))
          .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))
        return { recipient, current, other }
      })
  })

  return { byRecipient, loaded }
}
