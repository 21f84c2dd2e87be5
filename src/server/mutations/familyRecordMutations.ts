// The family's own records besides packing: medications, the medication list review, summer
// applications and read marks on messages.
import type { MutationArgs, SummerApplication } from '../../protocol'
import { getMunicipality } from '../accounts/municipalityStore'
import { noteAuthors, WHOLE_RECORD } from './fieldAuthors'
import {
  assertIdIsOurs,
  deviceTime,
  notFoundRejection,
  ownRecord,
  Rejection,
  type MutationContext,
} from './mutationContext'
import { applyEdit } from './recordEdits'

export async function upsertMedication(
  context: MutationContext,
  { medication, ...edit }: MutationArgs<'upsertMedication'>,
): Promise<void> {
  await ownRecord(context, 'recipient', medication.recipientId)
  await applyEdit(context, 'medication', medication, edit)
}

export async function deleteMedication(
  context: MutationContext,
  { id }: MutationArgs<'deleteMedication'>,
): Promise<void> {
  const { exists } = await assertIdIsOurs(context, 'medication', id)
  if (!exists) throw notFoundRejection('medication')
  if (await context.writer.remove('medication', id, context.householdId))
    await noteAuthors(context, 'medication', id, [WHOLE_RECORD])
}

/** The latest review counts: a review made earlier on another phone does not move it back. */
export async function markMedicationListReviewed(
  context: MutationContext,
  args: MutationArgs<'markMedicationListReviewed'>,
): Promise<void> {
  const recipient = await ownRecord(context, 'recipient', args.recipientId)
  const at = deviceTime(context, args.at)
  const previous = recipient.medicationListReviewedAt
  if (previous && Date.parse(previous) >= Date.parse(at)) return
  await context.writer.put('recipient', { ...recipient, medicationListReviewedAt: at }, context.householdId)
}

export async function submitSummerApplication(
  context: MutationContext,
  args: MutationArgs<'submitSummerApplication'>,
): Promise<void> {
  await ownRecord(context, 'recipient', args.recipientId)
  const season = (await getMunicipality(context.writer.tx, context.municipalityId))?.summerRespite ?? null
  if (!season) throw new Rejection('invalid_request', { key: 'noSummerRespite' })
  // Judged when the server receives it, as change requests are: a queued application may arrive late.
  if (Date.parse(context.receivedAt) > Date.parse(season.applicationDeadline)) {
    throw new Rejection('conflict', { key: 'summerDeadlinePassed' })
  }
  for (const period of args.periods) {
    if (period.from > period.to) throw new Rejection('invalid_request', { key: 'periodEndsBeforeStart' })
    if (!period.from.startsWith(`${args.year}-`) || !period.to.startsWith(`${args.year}-`)) {
      throw new Rejection('invalid_request', { key: 'periodsOutsideYear', year: args.year })
    }
    if (period.from < season.from || period.to > season.to) {
      throw new Rejection('invalid_request', { key: 'periodsOutsideSeason' })
    }
  }
  const { exists } = await assertIdIsOurs(context, 'summerApplication', args.applicationId)
  if (exists) {
    const previous = await ownRecord(context, 'summerApplication', args.applicationId)
    if (previous.status !== 'submitted') throw new Rejection('conflict', { key: 'applicationHandled' })
  }
  const application: SummerApplication = {
    id: args.applicationId,
    recipientId: args.recipientId,
    year: args.year,
    periods: args.periods,
    message: args.message,
    submittedAt: context.receivedAt,
    status: 'submitted',
    answerNote: null,
  }
  await context.writer.put('summerApplication', application, context.householdId)
}

/** The first read counts. */
export async function markMessageRead(context: MutationContext, args: MutationArgs<'markMessageRead'>): Promise<void> {
  const message = await ownRecord(context, 'message', args.messageId)
  if (message.readAt !== null) return
  await context.writer.put('message', { ...message, readAt: deviceTime(context, args.at) }, context.householdId)
}
