// The child's "about me" card: both parents edit it, so an edit counts only on the version it was made from.
import type { MutationArgs } from '../../protocol'
import { assertEditedFromCurrent } from './editedFrom'
import { ownRecord, Rejection, type MutationContext } from './mutationContext'

export async function upsertAboutMe(
  context: MutationContext,
  { aboutMe, ...base }: MutationArgs<'upsertAboutMe'>,
): Promise<void> {
  // One card per child: the same id on both parents' phones, so a second new card meets the first as a conflict.
  if (aboutMe.id !== aboutMe.recipientId) throw new Rejection('invalid_request', { key: 'aboutMeOfAnotherChild' })
  await ownRecord(context, 'recipient', aboutMe.recipientId)
  await assertEditedFromCurrent(context, 'aboutMe', aboutMe.id, base)
  await context.writer.put('aboutMe', aboutMe, context.householdId)
}
