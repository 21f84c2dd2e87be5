// The tables of notifications: the server's VAPID identity, the devices that subscribed, and which
// reminders each device has had (so each is sent once, across restarts).
export const PUSH_TABLES_SQL = `
CREATE TABLE IF NOT EXISTS push_vapid_keys (
  id smallint PRIMARY KEY CHECK (id = 1),
  public_key text NOT NULL,
  private_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS push_subscriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id uuid NOT NULL,
  endpoint text NOT NULL UNIQUE,
  p256dh text NOT NULL,
  auth text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('nb', 'nn', 'en')),
  preferences jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS push_subscriptions_household ON push_subscriptions (household_id);
CREATE TABLE IF NOT EXISTS sent_reminders (
  subscription_id uuid NOT NULL REFERENCES push_subscriptions (id) ON DELETE CASCADE,
  reminder_key text NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (subscription_id, reminder_key)
);
`
