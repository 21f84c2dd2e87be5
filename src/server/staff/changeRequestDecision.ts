// The municipality answers a family's request: accepting a cancellation cancels the stay, accepting a
// new time moves it. The family gets the answer and a message.
import type { z } from 'zod'
import type { ChangeRequest, StaffChangeRequestDecision, Stay } from '../../protocol'
import { ApiError, notFound } from '../errors/apiError'
import type { StaffPrincipal } from '../auth/principal'
import type { CreatedMessage } from '../events'
import { newMessage, requestAnsweredNotice } from '../notices/stayNotices'
import type { Database } from '../storage/database'
import { findRecord, writeInMunicipality } from '../storage/records'
import { recordAccess } from './accessLog'
import { AlreadyAnswered, answeredBy, recordAnswer } from './requestHandling'
import { judgePlan } from './planning/planningCheck'
import { recordOverride } from './planning/planningOverrides'

export interface DecisionOutcome {
  changeRequest: ChangeRequest
  messages: CreatedMessage[]
}

function staySettledBy(request: ChangeRequest, stay: Stay, now: string): Stay | null {
  if (request.status !== 'accepted') return null
  if (request.type === 'cancel') return { ...stay, status: 'cancelledByFamily', updatedAt: now }
  return {
    ...stay,
    start: request.proposedStart ?? stay.start,
    end: request.proposedEnd ?? stay.end,
    status: 'changed',
    updatedAt: now,
  }
}

export async function decideChangeRequest(
  db: Database,
  staff: StaffPrincipal,
  requestId: string,
  decision: z.infer<typeof StaffChangeRequestDecision>,
  now: string,
): Promise<DecisionOutcome> {
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const found = await findRecord(writer.tx, 'changeRequest', requestId, { municipalityId: staff.municipalityId })
    if (!found?.householdId) throw notFound()
    if (found.data.status !== 'pending')
      throw new AlreadyAnswered(await answeredBy(writer.tx, requestId, found.data.answeredAt))
    const stay = await findRecord(writer.tx, 'stay', found.data.stayId, { householdId: found.householdId })
    if (!stay) throw notFound()
    const cancelled = stay.data.status === 'cancelledByFamily' || stay.data.status === 'cancelledByMunicipality'
    if (decision.status === 'accepted' && cancelled) throw new ApiError('conflict', 'The stay is already cancelled')

    const changeRequest: ChangeRequest = {
      ...found.data,
      status: decision.status,
      answerNote: decision.note ?? null,
      ...(decision.reason && { answerReason: decision.reason }),
      answeredAt: now,
    }
    await writer.put('changeRequest', changeRequest, found.householdId)
    await recordAnswer(writer.tx, staff, requestId, now)
    await recordAccess(writer.tx, {
      staff,
      action: 'staffDecideChangeRequest',
      householdIds: [found.householdId],
      recordId: requestId,
      at: now,
    })
    const settled = staySettledBy(changeRequest, stay.data, now)
    if (settled && changeRequest.type === 'changeTime') {
      // The family's new time is judged like a move by staff: the same collisions, the same override.
      const { recipientId, placeId, kind } = stay.data
      const plan = { recipientId, placeId, kind, times: [{ start: settled.start, end: settled.end }] }
      const before = { start: stay.data.start, end: stay.data.end }
      const check = { plan: { ...plan, before }, stayId: stay.data.id, override: decision.override }
      const accepted = await judgePlan(writer, check, Date.parse(now))
      const reason = decision.override?.reason ?? ''
      await recordOverride(writer.tx, {
        staff,
        householdId: found.householdId,
        stayIds: [stay.data.id],
        codes: accepted,
        reason,
        at: now,
      })
    }
    if (settled) await writer.put('stay', settled, found.householdId)
    const place = await findRecord(writer.tx, 'place', stay.data.placeId, { municipalityId: staff.municipalityId })
    if (!place) throw notFound()
    const message = newMessage(requestAnsweredNotice(changeRequest, stay.data, place.data, decision.reason), now)
    await writer.put('message', message, found.householdId)
    return {
      changeRequest,
      messages: [{ householdId: found.householdId, message, stayStart: (settled ?? stay.data).start }],
    }
  })
}
