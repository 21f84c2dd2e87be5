// Teamwork on the families' requests: which staff member took one ("I'm taking this") and who answered
// it. Kept beside the request, for staff only: the family sees the answer, not who of the staff gave it.
import type { AnsweredBy } from '../../protocol'
import { ApiError, notFound } from '../errors/apiError'
import type { StaffPrincipal } from '../auth/principal'
import type { Database, Queryable } from '../storage/database'
import { findRecord } from '../storage/records'
import { recordAccess } from './accessLog'

/** A second answer to a request: 409 in the error shape, naming who answered it and when. */
export class AlreadyAnswered extends ApiError {
  constructor(readonly answered: AnsweredBy) {
    super('conflict', 'The request has already been answered')
  }

  override body() {
    const body = super.body()
    return { error: { ...body.error, answered: this.answered } }
  }
}

/** Who answered the request and when; the answer's time alone where no one is recorded (answered before). */
export async function answeredBy(db: Queryable, requestId: string, answeredAt: string | null): Promise<AnsweredBy> {
  const rows = await db.query<{ name: string | null; at: Date | string }>(
    `SELECT u.name, h.answered_at AS at FROM change_request_handling h LEFT JOIN users u ON u.id = h.answered_by
     WHERE h.change_request_id = $1 AND h.answered_at IS NOT NULL`,
    [requestId],
  )
  const row = rows[0]
  if (row) return { by: row.name, at: new Date(row.at).toISOString() }
  return { by: null, at: answeredAt ?? new Date(0).toISOString() }
}

/** Records the answer's author in the answer's own transaction. */
export async function recordAnswer(tx: Queryable, staff: StaffPrincipal, requestId: string, now: string) {
  await tx.query(
    `INSERT INTO change_request_handling (change_request_id, municipality_id, answered_by, answered_at)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (change_request_id) DO UPDATE SET answered_by = $3, answered_at = $4`,
    [requestId, staff.municipalityId, staff.userId, now],
  )
}

/** Takes a waiting request (or lets it go with `take` false); the last to take it holds it. */
export async function claimRequest(
  db: Database,
  staff: StaffPrincipal,
  requestId: string,
  take: boolean,
  now: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const found = await findRecord(tx, 'changeRequest', requestId, { municipalityId: staff.municipalityId })
    if (!found?.householdId) throw notFound()
    if (found.data.status !== 'pending')
      throw new AlreadyAnswered(await answeredBy(tx, requestId, found.data.answeredAt))
    await tx.query(
      `INSERT INTO change_request_handling (change_request_id, municipality_id, claimed_by, claimed_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (change_request_id) DO UPDATE SET claimed_by = $3, claimed_at = $4`,
      [requestId, staff.municipalityId, take ? staff.userId : null, take ? now : null],
    )
    await recordAccess(tx, {
      staff,
      action: take ? 'staffClaimChangeRequest' : 'staffReleaseChangeRequest',
      householdIds: [found.householdId],
      recordId: requestId,
      at: now,
    })
  })
}
