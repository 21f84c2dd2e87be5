// Notes about a household that only the municipality's staff read: kept apart from the records, so
// they never reach the family's change feed. Reading and writing them goes to the access log.
import { randomUUID } from 'node:crypto'
import type { StaffNote } from '../../protocol/routes/staffTeamworkRoutes'
import { householdInMunicipality } from '../accounts/accountStore'
import type { StaffPrincipal } from '../auth/principal'
import { notFound } from '../errors/apiError'
import type { Database } from '../storage/database'
import { recordAccess } from './accessLog'

interface NoteRow {
  id: string
  household_id: string
  user_id: string
  user_name: string | null
  at: Date | string
  body: string
}

const noteOf = (row: NoteRow): StaffNote => ({
  id: row.id,
  householdId: row.household_id,
  userId: row.user_id,
  userName: row.user_name,
  at: new Date(row.at).toISOString(),
  body: row.body,
})

export async function listNotes(db: Database, staff: StaffPrincipal, householdId: string, now: string) {
  return db.transaction(async (tx) => {
    if (!(await householdInMunicipality(tx, householdId, staff.municipalityId))) throw notFound()
    const rows = await tx.query<NoteRow>(
      `SELECT n.id, n.household_id, n.user_id, u.name AS user_name, n.at, n.body
       FROM staff_notes n LEFT JOIN users u ON u.id = n.user_id
       WHERE n.municipality_id = $1 AND n.household_id = $2 ORDER BY n.at DESC, n.id LIMIT 200`,
      [staff.municipalityId, householdId],
    )
    await recordAccess(tx, { staff, action: 'staffListNotes', householdIds: [householdId], at: now })
    return { items: rows.map(noteOf) }
  })
}

export async function addNote(db: Database, staff: StaffPrincipal, householdId: string, body: string, now: string) {
  return db.transaction(async (tx) => {
    if (!(await householdInMunicipality(tx, householdId, staff.municipalityId))) throw notFound()
    const id = randomUUID()
    const [row] = await tx.query<NoteRow>(
      `WITH note AS (
         INSERT INTO staff_notes (id, municipality_id, household_id, user_id, at, body)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *)
       SELECT note.id, note.household_id, note.user_id, u.name AS user_name, note.at, note.body
       FROM note LEFT JOIN users u ON u.id = note.user_id`,
      [id, staff.municipalityId, householdId, staff.userId, now, body.trim()],
    )
    await recordAccess(tx, { staff, action: 'staffAddNote', householdIds: [householdId], recordId: id, at: now })
    return noteOf(row!)
  })
}
