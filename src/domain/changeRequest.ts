// A family's new change request, as both the device and the server record it: judged against the
// municipality's deadline rule at the moment it was received. Only the server knows that moment, so
// the device's own record of it carries the deadline but no verdict until the server's copy arrives.
import type { ChangeDeadlineRule, ChangeRequest, MutationArgs } from '../protocol'
import { changeDeadline, isOnTime } from './deadline'

export type RequestedChange = Pick<
  ChangeRequest,
  'id' | 'stayId' | 'type' | 'proposedStart' | 'proposedEnd' | 'message'
>

export function requestedCancellation(args: MutationArgs<'requestCancellation'>): RequestedChange {
  return {
    id: args.changeRequestId,
    stayId: args.stayId,
    type: 'cancel',
    proposedStart: null,
    proposedEnd: null,
    message: args.message,
  }
}

export function requestedTimeChange(args: MutationArgs<'requestTimeChange'>): RequestedChange {
  return {
    id: args.changeRequestId,
    stayId: args.stayId,
    type: 'changeTime',
    proposedStart: args.start,
    proposedEnd: args.end,
    message: args.message,
  }
}

/** A pending request; without a rule (or a known stay) there is no deadline to be on time for. */
export function newChangeRequest(
  requested: RequestedChange,
  moments: { createdAt: string; receivedAt: string },
  stayStart: string | null,
  rule: ChangeDeadlineRule | null,
): ChangeRequest {
  const judged = stayStart !== null && rule !== null
  return {
    ...requested,
    ...moments,
    deadline: judged ? changeDeadline(stayStart, rule) : null,
    onTime: judged ? isOnTime(moments.receivedAt, stayStart, rule) : null,
    status: 'pending',
    answerNote: null,
    answeredAt: null,
  }
}

/** The device's record of a request the server has not confirmed: the phone's clock never says on time or late. */
export function unconfirmedChangeRequest(
  requested: RequestedChange,
  createdAt: string,
  stayStart: string | null,
  rule: ChangeDeadlineRule | null,
): ChangeRequest {
  return { ...newChangeRequest(requested, { createdAt, receivedAt: createdAt }, stayStart, rule), onTime: null }
}
