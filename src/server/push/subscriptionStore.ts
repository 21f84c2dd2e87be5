// The devices that asked for notifications, per household, with each device's choices. Endpoints are
// kept and looked up in their one spelling, so one device is one subscription however it is written.
import type { Locale } from '../../protocol/locale'
import { defaultPushPreferences, PushPreferences } from '../../protocol/push'
import type { Queryable } from '../storage/database'
import { normalEndpoint } from './normalEndpoint'

export interface StoredSubscription {
  id: string
  householdId: string
  endpoint: string
  keys: { p256dh: string; auth: string }
  locale: Locale
  preferences: PushPreferences
}

interface Row {
  id: string
  household_id: string
  endpoint: string
  p256dh: string
  auth: string
  locale: Locale
  preferences: unknown
}

function fromRow(row: Row): StoredSubscription {
  // A row written by an older server may lack a newer kind: fill it from the defaults.
  const stored = (
    typeof row.preferences === 'string' ? JSON.parse(row.preferences) : row.preferences
  ) as Partial<PushPreferences>
  const merged = { ...defaultPushPreferences, ...stored, kinds: { ...defaultPushPreferences.kinds, ...stored?.kinds } }
  const parsed = PushPreferences.safeParse(merged)
  return {
    id: row.id,
    householdId: row.household_id,
    endpoint: row.endpoint,
    keys: { p256dh: row.p256dh, auth: row.auth },
    locale: row.locale,
    preferences: parsed.success ? parsed.data : defaultPushPreferences,
  }
}

const COLUMNS = 'id, household_id, endpoint, p256dh, auth, locale, preferences'

/** What is not a URL cannot match a stored endpoint: it is looked up as sent, and found nowhere. */
const spelled = (endpoint: string) => normalEndpoint(endpoint) ?? endpoint

export interface SubscriptionInput {
  endpoint: string
  keys: { p256dh: string; auth: string }
  locale?: Locale
  preferences?: PushPreferences
}

export function subscriptionStore(db: Queryable) {
  return {
    /**
     * Saves a device's subscription. An endpoint another household has moves here only when the caller
     * shows its keys too (the same browser, signed in to this household now); otherwise nothing changes
     * and null is answered, which the caller must not tell apart from a success.
     */
    async upsert(householdId: string, input: SubscriptionInput, at: string): Promise<StoredSubscription | null> {
      const rows = await db.query<Row>(
        `INSERT INTO push_subscriptions (household_id, endpoint, p256dh, auth, locale, preferences, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
         ON CONFLICT (endpoint) DO UPDATE SET household_id = EXCLUDED.household_id, p256dh = EXCLUDED.p256dh,
           auth = EXCLUDED.auth, locale = COALESCE($8, push_subscriptions.locale),
           preferences = CASE WHEN $9 THEN EXCLUDED.preferences
             WHEN push_subscriptions.household_id = EXCLUDED.household_id THEN push_subscriptions.preferences
             ELSE EXCLUDED.preferences END,
           updated_at = EXCLUDED.updated_at
         WHERE push_subscriptions.household_id = EXCLUDED.household_id
           OR (push_subscriptions.p256dh = EXCLUDED.p256dh AND push_subscriptions.auth = EXCLUDED.auth)
         RETURNING ${COLUMNS}`,
        [
          householdId,
          spelled(input.endpoint),
          input.keys.p256dh,
          input.keys.auth,
          input.locale ?? 'nb',
          JSON.stringify(input.preferences ?? defaultPushPreferences),
          at,
          input.locale ?? null,
          input.preferences !== undefined,
        ],
      )
      return rows[0] ? fromRow(rows[0]) : null
    },

    /** Sets one device's choices; false when the household has no such device. */
    async setPreferences(
      householdId: string,
      endpoint: string,
      preferences: PushPreferences,
      locale: Locale | undefined,
      at: string,
    ): Promise<boolean> {
      const rows = await db.query<{ id: string }>(
        `UPDATE push_subscriptions SET preferences = $3, locale = COALESCE($4, locale), updated_at = $5
         WHERE household_id = $1 AND endpoint = $2 RETURNING id`,
        [householdId, spelled(endpoint), JSON.stringify(preferences), locale ?? null, at],
      )
      return rows.length > 0
    },

    async find(householdId: string, endpoint: string): Promise<StoredSubscription | null> {
      const rows = await db.query<Row>(
        `SELECT ${COLUMNS} FROM push_subscriptions WHERE household_id = $1 AND endpoint = $2`,
        [householdId, spelled(endpoint)],
      )
      return rows[0] ? fromRow(rows[0]) : null
    },

    /** Forgets a device; false when the household has no such device. */
    async remove(householdId: string, endpoint: string): Promise<boolean> {
      const rows = await db.query<{ id: string }>(
        'DELETE FROM push_subscriptions WHERE household_id = $1 AND endpoint = $2 RETURNING id',
        [householdId, spelled(endpoint)],
      )
      return rows.length > 0
    },

    /** The push service said the subscription is gone for good (404/410). */
    async removeById(id: string): Promise<void> {
      await db.query('DELETE FROM push_subscriptions WHERE id = $1', [id])
    },

    async ofHousehold(householdId: string): Promise<StoredSubscription[]> {
      const rows = await db.query<Row>(
        `SELECT ${COLUMNS} FROM push_subscriptions WHERE household_id = $1 ORDER BY created_at, id`,
        [householdId],
      )
      return rows.map(fromRow)
    },

    async byId(id: string): Promise<StoredSubscription | null> {
      const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM push_subscriptions WHERE id = $1`, [id])
      return row ? fromRow(row) : null
    },
  }
}

export type SubscriptionStore = ReturnType<typeof subscriptionStore>
