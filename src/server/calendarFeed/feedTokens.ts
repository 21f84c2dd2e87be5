// Each household's private calendar-feed address: a long random token that can be replaced (rotated)
// when it has been shared too widely. Kept readable so every parent's phone can show the same address.
import { randomBytes } from 'node:crypto'
import type { Queryable } from '../storage/database'

const TOKEN = /^[A-Za-z0-9_-]{43}$/
const newToken = () => randomBytes(32).toString('base64url')

export function feedTokens(db: Queryable) {
  return {
    /** The household's token, made on first use. */
    async of(householdId: string, at: string): Promise<string> {
      await db.query(
        'INSERT INTO calendar_feeds (household_id, token, created_at) VALUES ($1, $2, $3) ON CONFLICT (household_id) DO NOTHING',
        [householdId, newToken(), at],
      )
      const rows = await db.query<{ token: string }>('SELECT token FROM calendar_feeds WHERE household_id = $1', [
        householdId,
      ])
      return (rows[0] as { token: string }).token
    },
    /** A new token; the old address stops working at once. */
    async rotate(householdId: string, at: string): Promise<string> {
      const token = newToken()
      await db.query(
        `INSERT INTO calendar_feeds (household_id, token, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (household_id) DO UPDATE SET token = EXCLUDED.token, created_at = EXCLUDED.created_at`,
        [householdId, token, at],
      )
      return token
    },
    /** The household a token belongs to, or null (also for anything not shaped like a token). */
    async householdOf(token: string): Promise<string | null> {
      if (!TOKEN.test(token)) return null
      const rows = await db.query<{ household_id: string }>(
        'SELECT household_id FROM calendar_feeds WHERE token = $1',
        [token],
      )
      return rows[0]?.household_id ?? null
    },
  }
}

export type FeedTokens = ReturnType<typeof feedTokens>
