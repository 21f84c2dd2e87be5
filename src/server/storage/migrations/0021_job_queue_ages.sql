-- When each job was queued, so the metrics can tell how long the oldest due job has waited: a job due
-- "at once" has due_at '-infinity', which says nothing about its age. Expand only (see README.md here):
-- the previous version's inserts name neither column and get the default.
ALTER TABLE push_jobs ADD COLUMN queued_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE reminder_jobs ADD COLUMN queued_at timestamptz NOT NULL DEFAULT now();

-- A household asked to look again keeps the time of the first ask it has not yet answered.
CREATE OR REPLACE FUNCTION remind_households_now(households uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO reminder_jobs AS job (household_id, due_at)
  SELECT DISTINCT household_id, '-infinity'::timestamptz FROM push_subscriptions WHERE household_id = ANY (households)
  ON CONFLICT (household_id) DO UPDATE SET due_at = '-infinity',
    queued_at = CASE WHEN job.due_at = '-infinity' THEN job.queued_at ELSE now() END
$$;
