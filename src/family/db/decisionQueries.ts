// The decisions (vedtak) of the household with the stays of each one's current period.
import { periodContaining, isInForce } from '../../domain/quota'
import { localDateOf, startOfLocalDate } from '../../domain/localDates'
import type { Decision, Recipient, Stay } from '../../protocol'
import type { PusteromDatabase } from './database'
import { staysBetween } from './stayQueries'

export interface DecisionsData {
  recipients: Recipient[]
  decisions: Decision[]
  /** Per decision in force, the stays of its current period. */
  staysByDecision: Map<string, Stay[]>
}

export async function decisionsWithStays(
  database: PusteromDatabase,
  nowMs: number,
  timeZone: string,
): Promise<DecisionsData> {
  const [recipients, decisions] = await Promise.all([database.recipients.toArray(), database.decisions.toArray()])
  const today = localDateOf(nowMs, timeZone)
  const staysByDecision = new Map<string, Stay[]>()
  await Promise.all(
    decisions
      .filter((decision) => isInForce(decision, today))
      .map(async (decision) => {
        const period = periodContaining(decision.period, today)
        const from = new Date(startOfLocalDate(period.from, timeZone)).toISOString()
        const until = new Date(startOfLocalDate(period.until, timeZone)).toISOString()
        staysByDecision.set(decision.id, await staysBetween(database, from, until, decision.recipientId))
      }),
  )
  return { recipients, decisions, staysByDecision }
}
