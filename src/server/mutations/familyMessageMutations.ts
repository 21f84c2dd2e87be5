// A parent writes to the office outside a change request: a new thread, or a further word in one of the
// household's own threads. The office answers through the staff API (src/server/staff/familyThreads.ts).
import type { MutationArgs } from '../../protocol'
import { findUserById } from '../accounts/accountStore'
import { assertIdIsOurs, ownRecord, Rejection, type MutationContext } from './mutationContext'

export async function sendFamilyMessage(
  context: MutationContext,
  args: MutationArgs<'sendFamilyMessage'>,
): Promise<void> {
  if (args.recipientId) await ownRecord(context, 'recipient', args.recipientId)
  // The same message sent again under another mutation id (a device restored from a copy) is already here.
  if ((await assertIdIsOurs(context, 'familyMessage', args.messageId)).exists) return
  if (args.threadId !== args.messageId) {
    const first = await ownRecord(context, 'familyMessage', args.threadId)
    if (first.threadId !== first.id) throw new Rejection('invalid_request', { key: 'missing', entity: 'familyMessage' })
  }
  const author = await findUserById(context.writer.tx, context.userId)
  await context.writer.put(
    'familyMessage',
    {
      id: args.messageId,
      threadId: args.threadId,
      recipientId: args.recipientId,
      body: args.body,
      authorName: author?.name ?? '',
      sentAt: context.receivedAt,
    },
    context.householdId,
  )
}
