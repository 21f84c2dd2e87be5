// The municipality changes its name, rules, summer respite or contacts. A new change deadline or
// summer deadline is told to every household of the municipality.
import { isDeepStrictEqual } from 'node:util'
import type { z } from 'zod'
import type { Municipality, StaffMunicipalityUpdate } from '../../protocol'
import { householdsOfMunicipality } from '../accounts/accountStore'
import { getMunicipality, saveMunicipality } from '../accounts/municipalityStore'
import { notFound } from '../errors/apiError'
import type { StaffPrincipal } from '../auth/principal'
import type { CreatedMessage } from '../events'
import { rulesChangedNotice } from '../notices/ruleNotices'
import { newMessage } from '../notices/stayNotices'
import type { Database } from '../storage/database'
import { writeInMunicipality } from '../storage/records'
import { recordAccess } from './accessLog'
import { applyPatch } from './applyPatch'

export async function updateMunicipality(
  db: Database,
  staff: StaffPrincipal,
  update: z.infer<typeof StaffMunicipalityUpdate>,
  now: string,
): Promise<{ municipality: Municipality; messages: CreatedMessage[] }> {
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const before = await getMunicipality(writer.tx, staff.municipalityId)
    if (!before) throw notFound()
    const municipality = await saveMunicipality(writer.tx, applyPatch(before, update))
    // About the municipality, not one household: one entry with no household.
    await recordAccess(writer.tx, { staff, action: 'staffUpdateMunicipality', householdIds: [null], at: now })
    // Stored JSON comes back with its keys in another order: compare values, not text.
    const deadlineChanged = !isDeepStrictEqual(before.changeDeadline, municipality.changeDeadline)
    const summerChanged = !isDeepStrictEqual(before.summerRespite, municipality.summerRespite)
    if (!deadlineChanged && !summerChanged) return { municipality, messages: [] }

    const draft = rulesChangedNotice({
      ...(deadlineChanged ? { deadline: municipality.changeDeadline } : {}),
      ...(summerChanged ? { summer: municipality.summerRespite } : {}),
    })
    const households = await householdsOfMunicipality(writer.tx, staff.municipalityId)
    const messages = households.map((householdId) => ({
      householdId,
      message: newMessage(draft, now),
      stayStart: null,
    }))
    await writer.putMany(
      'message',
      messages.map(({ householdId, message }) => ({ data: message, householdId })),
    )
    return { municipality, messages }
  })
}
