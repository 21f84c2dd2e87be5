-- Notifications: the server's VAPID identity (when not configured), the devices that subscribed with
-- their choices, and the reminders each device has had, so each is sent once across restarts.

CREATE TABLE push_vapid_keys (
  id smallint PRIMARY KEY CHECK (id = 1),
  public_key text NOT NULL,
  private_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE push_subscriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  -- The push service's address for one browser; whoever signs in on it last owns it.
  endpoint text NOT NULL UNIQUE,
  p256dh text NOT NULL,
  auth text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('nb', 'nn', 'en')),
  -- The PushPreferences of src/protocol/push.ts.
  preferences jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX push_subscriptions_by_household ON push_subscriptions (household_id);

CREATE TABLE sent_reminders (
  subscription_id uuid NOT NULL REFERENCES push_subscriptions (id) ON DELETE CASCADE,
  -- e.g. deadline:<stay id>:<deadline instant>; a moved stay has a new deadline and so a new reminder.
  reminder_key text NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (subscription_id, reminder_key)
);
CREATE INDEX sent_reminders_by_time ON sent_reminders (sent_at);
