// The stays family actions were about, read from the device so a notice can name them: who the stay is
// for and when it starts, found through the stay or through the request about it.
import type { MutationSubject } from '../../domain/mutationSubject'
import type { PusteromDatabase } from './database'

export interface SubjectStay {
  recipientName: string
  start: string
}

/** By the subject's stay id or request id; subjects about no stay, or one the device does not know, are left out. */
export async function subjectStays(
  database: PusteromDatabase,
  subjects: readonly MutationSubject[],
): Promise<Map<string, SubjectStay>> {
  const found = new Map<string, SubjectStay>()
  for (const subject of subjects) {
    const key = subject.stayId ?? subject.changeRequestId
    if (!key || found.has(key)) continue
    const stayId = subject.stayId ?? (await database.changeRequests.get(key))?.stayId
    const stay = stayId ? await database.stays.get(stayId) : undefined
    if (!stay) continue
    const recipient = await database.recipients.get(stay.recipientId)
    found.set(key, { recipientName: recipient?.name ?? '', start: stay.start })
  }
  return found
}
