// Staff working together: taking a family's request so others see it is being handled, and notes about
// a household that only the municipality's staff read (never synced to the family).
import { z } from 'zod'
import { StaffRole } from '../api'
import { Id, Instant, LongText, ShortText } from '../primitives'
import { describeRoutes } from './route'
import { ById } from './staffWriteRoutes'

export const StaffClaim = z.strictObject({
  /** true: "I'm taking this"; false: let it go. */
  take: z.boolean(),
})
export const StaffNoteCreate = z.strictObject({ body: LongText.refine((text) => text.trim().length > 0) })
export const StaffNote = z.object({
  id: Id,
  householdId: Id,
  userId: Id,
  /** Null once the account no longer exists. */
  userName: ShortText.nullable(),
  at: Instant,
  body: LongText,
})
export type StaffNote = z.infer<typeof StaffNote>

/** A staff member of the municipality, as colleagues see them (the access log's staff filter). */
export const StaffColleague = z.object({ id: Id, name: ShortText, staffRole: StaffRole })

export const staffTeamworkRoutes = describeRoutes({
  staffListColleagues: {
    method: 'get',
    path: '/staff/colleagues',
    summary: "The municipality's staff members and their roles, by name",
    access: 'staff',
    response: z.object({ items: z.array(StaffColleague) }),
  },
  staffClaimChangeRequest: {
    method: 'post',
    path: '/staff/change-requests/:id/claim',
    summary: 'Takes a waiting request ("I\'m taking this") or lets it go; other staff see who has it',
    access: 'staff',
    params: ById,
    body: StaffClaim,
    response: null,
    status: 204,
    errors: ['not_found', 'conflict'],
  },
  staffListNotes: {
    method: 'get',
    path: '/staff/households/:id/notes',
    summary: 'Notes about a household that only staff read, newest first',
    access: 'staff',
    params: ById,
    response: z.object({ items: z.array(StaffNote) }),
    errors: ['not_found'],
  },
  staffAddNote: {
    method: 'post',
    path: '/staff/households/:id/notes',
    summary: 'Adds a note about a household that only staff read; never sent to the family',
    access: 'staff',
    params: ById,
    body: StaffNoteCreate,
    response: StaffNote,
    status: 201,
    errors: ['not_found'],
  },
})
