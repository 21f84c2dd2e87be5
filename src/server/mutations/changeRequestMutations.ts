// The family asks to cancel a stay or to move it, or takes such a request back while it waits for an
// answer; the deadline is judged when the server receives a request. A cancellation of a stay that is
// already cancelled (by the municipality, or by another request it granted) is no refusal: the
// family has what it asked, so the request is kept, granted on arrival, in the stay's history.
import {
  newChangeRequest,
  requestedCancellation,
  requestedTimeChange,
  type RequestedChange,
} from '../../domain/changeRequest'
import { isCancelled } from '../../domain/stayState'
import type { ChangeRequest, MutationArgs, Stay } from '../../protocol'
import { getMunicipality } from '../accounts/municipalityStore'
import { findRecordsWhere } from '../storage/records'
import { assertIdIsOurs, ownRecord, Rejection, type MutationContext } from './mutationContext'

async function assertRequestable(context: MutationContext, stay: Stay): Promise<void> {
  if (isCancelled(stay)) throw new Rejection('conflict', { key: 'stayCancelled' })
  if (Date.parse(context.receivedAt) >= Date.parse(stay.start)) {
    throw new Rejection('conflict', { key: 'stayStarted' })
  }
  const open = await findRecordsWhere(
    context.writer.tx,
    'changeRequest',
    { householdId: context.householdId },
    'stayId',
    stay.id,
  )
  if (open.some((request) => request.data.status === 'pending')) {
    throw new Rejection('conflict', { key: 'requestPending' })
  }
}

async function createRequest(
  context: MutationContext,
  stay: Stay,
  requested: RequestedChange,
  settled: Partial<ChangeRequest> = {},
): Promise<void> {
  const { exists } = await assertIdIsOurs(context, 'changeRequest', requested.id)
  if (exists) throw new Rejection('conflict', { key: 'requestAlreadySent' })
  const municipality = await getMunicipality(context.writer.tx, context.municipalityId)
  const moments = { createdAt: context.createdAt, receivedAt: context.receivedAt }
  await context.writer.put(
    'changeRequest',
    { ...newChangeRequest(requested, moments, stay.start, municipality?.changeDeadline ?? null), ...settled },
    context.householdId,
  )
}

export async function requestCancellation(
  context: MutationContext,
  args: MutationArgs<'requestCancellation'>,
): Promise<void> {
  const stay = await ownRecord(context, 'stay', args.stayId)
  if (isCancelled(stay)) {
    const granted = { status: 'accepted', answeredAt: context.receivedAt, alreadyCancelled: true } as const
    return createRequest(context, stay, requestedCancellation(args), granted)
  }
  await assertRequestable(context, stay)
  await createRequest(context, stay, requestedCancellation(args))
}

export async function requestTimeChange(
  context: MutationContext,
  args: MutationArgs<'requestTimeChange'>,
): Promise<void> {
  if (Date.parse(args.end) <= Date.parse(args.start)) throw new Rejection('invalid_request', { key: 'endBeforeStart' })
  const stay = await ownRecord(context, 'stay', args.stayId)
  await assertRequestable(context, stay)
  await createRequest(context, stay, requestedTimeChange(args))
}

export async function withdrawChangeRequest(
  context: MutationContext,
  args: MutationArgs<'withdrawChangeRequest'>,
): Promise<void> {
  const request = await ownRecord(context, 'changeRequest', args.changeRequestId)
  if (request.status !== 'pending') throw new Rejection('conflict', { key: 'requestAnswered' })
  await context.writer.put(
    'changeRequest',
    { ...request, status: 'withdrawn', answeredAt: context.receivedAt },
    context.householdId,
  )
}
