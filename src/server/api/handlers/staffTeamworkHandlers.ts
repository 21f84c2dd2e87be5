// Staff working together: taking a request, and the notes about a household only staff read.
import { isoNow } from '../../../domain/clock'
import { staffTeamworkRoutes } from '../../../protocol/routes/staffTeamworkRoutes'
import { colleagues } from '../../accounts/staffRoles'
import { claimRequest } from '../../staff/requestHandling'
import { addNote, listNotes } from '../../staff/staffNotes'
import { attach } from '../route'

export const staffTeamworkHandlers = attach(staffTeamworkRoutes, {
  staffListColleagues: async ({ principal, deps }) => ({ items: await colleagues(deps.db, principal.municipalityId) }),
  staffClaimChangeRequest: ({ principal, params, body, deps }) =>
    claimRequest(deps.db, principal, params.id, body.take, isoNow(deps.clock)),
  staffListNotes: ({ principal, params, deps }) => listNotes(deps.db, principal, params.id, isoNow(deps.clock)),
  staffAddNote: ({ principal, params, body, deps }) =>
    addNote(deps.db, principal, params.id, body.body, isoNow(deps.clock)),
})
