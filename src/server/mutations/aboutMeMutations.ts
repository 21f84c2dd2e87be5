// The child's "about me" card: both parents edit it, so an edit is merged with the card as it is now (sync rule 8).
import type { MutationArgs } from '../../protocol'
import { ownRecord, Rejection, type MutationContext } from './mutationContext'
import { applyEdit } from './recordEdits'

export async function upsertAboutMe(
  context: MutationContext,
  { aboutMe, ...edit }: MutationArgs<'upsertAboutMe'>,
): Promise<void> {
  // One card per child: the same id on both parents' phones, so a second new card meets the first as a conflict.
  if (aboutMe.id !== aboutMe.recipientId) throw new Rejection('invalid_request', { key: 'aboutMeOfAnotherChild' })
  await ownRecord(context, 'recipient', aboutMe.recipientId)
  await applyEdit(context, 'aboutMe', aboutMe, edit)
}
