// One notice to one household or to all of them, sent in one transaction with the municipality's lock:
// every family gets it or none does. The client's key makes a retry answer the first send instead of
// sending again; the sent list shows each notice once, however many households it went to.
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { Id, Instant, type Page } from '../../protocol'
import type { StaffNoticeCreate, StaffNoticeSend } from '../../protocol/routes/staffNoticeRoutes'
import { householdInMunicipality, householdsOfMunicipality } from '../accounts/accountStore'
import type { StaffPrincipal } from '../auth/principal'
import { ApiError, notFound } from '../errors/apiError'
import type { CreatedMessage } from '../events'
import { newMessage } from '../notices/stayNotices'
import type { Database, Queryable } from '../storage/database'
import { writeInMunicipality } from '../storage/records'
import { recordAccess } from './accessLog'
import { decodeCursor, pageFrom, pageSize } from './reads/pageCursor'

interface SendRow {
  id: string
  client_key: string
  sent_at: Date | string
  sent_by: string | null
  title: string
  body: string
  household_id: string | null
  household_count: number
}

const sendOf = (row: SendRow): StaffNoticeSend => ({
  id: row.id,
  clientKey: row.client_key,
  sentAt: new Date(row.sent_at).toISOString(),
  sentBy: row.sent_by,
  title: row.title,
  body: row.body,
  householdId: row.household_id,
  householdCount: Number(row.household_count),
})

const SELECT_SENDS = `SELECT n.id, n.client_key, n.sent_at, u.name AS sent_by, n.title, n.body, n.household_id,
  n.household_count FROM notice_sends n LEFT JOIN users u ON u.id = n.user_id`

async function sendWithKey(db: Queryable, municipalityId: string, clientKey: string) {
  const rows = await db.query<SendRow>(`${SELECT_SENDS} WHERE n.municipality_id = $1 AND n.client_key = $2`, [
    municipalityId,
    clientKey,
  ])
  return rows[0] ? sendOf(rows[0]) : null
}

export async function sendNoticeOnce(
  db: Database,
  staff: StaffPrincipal,
  input: z.infer<typeof StaffNoticeCreate>,
  now: string,
): Promise<{ send: StaffNoticeSend; messages: CreatedMessage[] }> {
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const earlier = await sendWithKey(writer.tx, staff.municipalityId, input.clientKey)
    if (earlier) {
      const same =
        earlier.title === input.title && earlier.body === input.body && earlier.householdId === input.householdId
      if (!same) throw new ApiError('conflict', 'clientKey: already used for another notice', 'clientKey')
      return { send: earlier, messages: [] }
    }
    const { householdId } = input
    if (householdId && !(await householdInMunicipality(writer.tx, householdId, staff.municipalityId))) throw notFound()
    const households = householdId ? [householdId] : await householdsOfMunicipality(writer.tx, staff.municipalityId)
    const id = randomUUID()
    await writer.tx.query(
      `INSERT INTO notice_sends (id, municipality_id, client_key, user_id, sent_at, title, body, household_id, household_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        staff.municipalityId,
        input.clientKey,
        staff.userId,
        now,
        input.title,
        input.body,
        householdId,
        households.length,
      ],
    )
    const messages = households.map((to) => ({
      householdId: to,
      message: newMessage({ kind: 'notice', title: input.title, body: input.body }, now),
      stayStart: null,
    }))
    await writer.putMany(
      'message',
      messages.map(({ householdId: to, message }) => ({ data: message, householdId: to })),
    )
    await recordAccess(writer.tx, { staff, action: 'staffSendNotice', householdIds: households, recordId: id, at: now })
    return { send: (await sendWithKey(writer.tx, staff.municipalityId, input.clientKey))!, messages }
  })
}

/** Newest first, each notice once. */
export async function listNoticeSends(
  db: Queryable,
  municipalityId: string,
  filter: { cursor?: string; limit?: number },
): Promise<Page<StaffNoticeSend>> {
  const limit = pageSize(filter.limit)
  const after = decodeCursor(filter.cursor, z.tuple([Instant, Id]))
  const params: unknown[] = [municipalityId]
  let where = 'n.municipality_id = $1'
  if (after) {
    params.push(after[0], after[1])
    where += ' AND (n.sent_at, n.id) < ($2::timestamptz, $3::uuid)'
  }
  params.push(limit + 1)
  const rows = await db.query<SendRow>(
    `${SELECT_SENDS} WHERE ${where} ORDER BY n.sent_at DESC, n.id DESC LIMIT $${params.length}`,
    params,
  )
  return pageFrom(rows, limit, sendOf, (row) => [new Date(row.sent_at).toISOString(), row.id])
}
