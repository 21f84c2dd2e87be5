// A notice from the municipality to one household, optionally about one of its stays.
import type { z } from 'zod'
import type { Message, StaffMessageCreate } from '../../protocol'
import { householdInMunicipality } from '../accounts/accountStore'
import { notFound } from '../errors/apiError'
import type { StaffPrincipal } from '../auth/principal'
import type { CreatedMessage } from '../events'
import { newMessage } from '../notices/stayNotices'
import type { Database } from '../storage/database'
import { findRecord, writeInMunicipality } from '../storage/records'
import { recordAccess } from './accessLog'

export async function sendNotice(
  db: Database,
  staff: StaffPrincipal,
  input: z.infer<typeof StaffMessageCreate>,
  now: string,
): Promise<{ message: Message; messages: CreatedMessage[] }> {
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    if (!(await householdInMunicipality(writer.tx, input.householdId, staff.municipalityId))) throw notFound()
    const stayId = input.stayId ?? null
    const stay = stayId ? await findRecord(writer.tx, 'stay', stayId, { householdId: input.householdId }) : null
    if (stayId && !stay) throw notFound()
    const message = newMessage({ kind: 'notice', title: input.title, body: input.body, stayId }, now)
    await writer.put('message', message, input.householdId)
    await recordAccess(writer.tx, { staff, action: 'staffSendMessage', householdIds: [input.householdId], at: now })
    return { message, messages: [{ householdId: input.householdId, message, stayStart: stay?.data.start ?? null }] }
  })
}
