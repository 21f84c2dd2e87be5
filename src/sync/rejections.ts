// The family's actions the server refused, kept until the family has seen why.
import type { PusteromDatabase, Rejection } from '../db/database'

export async function unseenRejections(db: PusteromDatabase): Promise<Rejection[]> {
  const all = await db.rejections.orderBy('rejectedAt').toArray()
  return all.filter((rejection) => !rejection.seen)
}

export async function markRejectionsSeen(db: PusteromDatabase): Promise<void> {
  await db.rejections.toCollection().modify({ seen: true })
}
