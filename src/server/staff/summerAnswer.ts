// The municipality answers a family's application for summer respite: granted or declined, with a note.
// The answer reaches the family through the change feed like every record the municipality owns.
import type { z } from 'zod'
import type { StaffSummerApplication, StaffSummerApplicationAnswer } from '../../protocol'
import { ApiError, notFound } from '../errors/apiError'
import type { StaffPrincipal } from '../auth/principal'
import type { Database } from '../storage/database'
import { findRecord, writeInMunicipality } from '../storage/records'
import { recordAccess } from './accessLog'

export async function answerSummerApplication(
  db: Database,
  staff: StaffPrincipal,
  applicationId: string,
  answer: z.infer<typeof StaffSummerApplicationAnswer>,
  now: string,
): Promise<StaffSummerApplication> {
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const found = await findRecord(writer.tx, 'summerApplication', applicationId, {
      municipalityId: staff.municipalityId,
    })
    if (!found?.householdId) throw notFound()
    if (found.data.status !== 'submitted') throw new ApiError('conflict', 'The application has already been answered')
    const recipient = await findRecord(writer.tx, 'recipient', found.data.recipientId, {
      householdId: found.householdId,
    })
    if (!recipient) throw notFound()
    const application = {
      ...found.data,
      status: answer.status,
      answerNote: answer.note ?? null,
      ...(answer.reason && { answerReason: answer.reason }),
    }
    await writer.put('summerApplication', application, found.householdId)
    await recordAccess(writer.tx, {
      staff,
      action: 'staffAnswerSummerApplication',
      householdIds: [found.householdId],
      recordId: application.id,
      at: now,
    })
    return {
      ...application,
      householdId: found.householdId,
      recipient: { id: recipient.data.id, name: recipient.data.name },
    }
  })
}
