-- Notification work as jobs in the database, so several server processes can share one PostgreSQL
-- (architecture rule 11): any process takes a due job with FOR UPDATE SKIP LOCKED and leases it by
-- moving its due time; a process that dies leaves the job to be taken again when the lease ends.
-- The jobs are written by triggers, in the same transaction as the change that causes them.

-- When each subscribed household's reminders must next be looked at ('-infinity': at once).
CREATE TABLE reminder_jobs (
  household_id uuid PRIMARY KEY REFERENCES households (id) ON DELETE CASCADE,
  due_at timestamptz NOT NULL
);
CREATE INDEX reminder_jobs_by_due ON reminder_jobs (due_at);

-- One push of one of the municipality's messages to one device (a transactional outbox).
CREATE TABLE push_jobs (
  subscription_id uuid NOT NULL REFERENCES push_subscriptions (id) ON DELETE CASCADE,
  message_id text NOT NULL,
  due_at timestamptz NOT NULL DEFAULT '-infinity',
  attempts integer NOT NULL DEFAULT 0,
  PRIMARY KEY (subscription_id, message_id)
);
CREATE INDEX push_jobs_by_due ON push_jobs (due_at);

CREATE FUNCTION remind_households_now(households uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO reminder_jobs (household_id, due_at)
  SELECT DISTINCT household_id, '-infinity'::timestamptz FROM push_subscriptions WHERE household_id = ANY (households)
  ON CONFLICT (household_id) DO UPDATE SET due_at = '-infinity'
$$;

-- A stay planned, moved or cancelled, or a device that subscribed or changed its choices: look again.
CREATE FUNCTION remind_household_of_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM remind_households_now(ARRAY[NEW.household_id]);
  RETURN NULL;
END $$;
CREATE TRIGGER stays_reschedule_reminders AFTER INSERT OR UPDATE ON records FOR EACH ROW
  WHEN (NEW.entity = 'stay' AND NEW.household_id IS NOT NULL) EXECUTE FUNCTION remind_household_of_row();
CREATE TRIGGER subscriptions_reschedule_reminders AFTER INSERT OR UPDATE ON push_subscriptions FOR EACH ROW
  EXECUTE FUNCTION remind_household_of_row();

-- New rules or summer dates of a municipality: every subscribed household of it looks again.
CREATE FUNCTION remind_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM remind_households_now(ARRAY(SELECT id FROM households WHERE municipality_id = NEW.id));
  RETURN NULL;
END $$;
CREATE TRIGGER municipalities_reschedule_reminders AFTER UPDATE ON municipalities FOR EACH ROW
  WHEN (OLD.data IS DISTINCT FROM NEW.data) EXECUTE FUNCTION remind_municipality();

-- A message from the municipality: one push job per device of the household.
CREATE FUNCTION queue_message_pushes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO push_jobs (subscription_id, message_id)
  SELECT id, NEW.id FROM push_subscriptions WHERE household_id = NEW.household_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER messages_queue_pushes AFTER INSERT ON records FOR EACH ROW
  WHEN (NEW.entity = 'message' AND NEW.household_id IS NOT NULL) EXECUTE FUNCTION queue_message_pushes();

INSERT INTO reminder_jobs (household_id, due_at)
SELECT DISTINCT household_id, '-infinity'::timestamptz FROM push_subscriptions;
