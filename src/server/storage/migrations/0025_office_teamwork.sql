-- The allocation office at work: who took and who answered a request, staff-only notes per household,
-- a notice sent once to many households, an access log fit for review (the record, a retention
-- period) and the staff's roles. All expand: new tables, nullable columns, a new function body.

-- "I'm taking this" and who answered: staff only, never in the change feed (families see the answer,
-- not which of the staff gave it).
CREATE TABLE change_request_handling (
  change_request_id text PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  -- No foreign keys to users: a request's history outlives the account that handled it.
  claimed_by uuid,
  claimed_at timestamptz,
  answered_by uuid,
  answered_at timestamptz
);

-- Notes about a household that only the municipality's staff read; never synced to the family.
CREATE TABLE staff_notes (
  id uuid PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  household_id uuid NOT NULL REFERENCES households (id),
  user_id uuid NOT NULL,
  at timestamptz NOT NULL,
  body text NOT NULL
);
CREATE INDEX staff_notes_by_household ON staff_notes (municipality_id, household_id, at);

-- One notice sent to one or many households in one transaction; the client's key makes a retry
-- answer the first send instead of sending again.
CREATE TABLE notice_sends (
  id uuid PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  client_key text NOT NULL,
  user_id uuid NOT NULL,
  sent_at timestamptz NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  -- Null: every household of the municipality at the time of sending.
  household_id uuid,
  household_count integer NOT NULL,
  UNIQUE (municipality_id, client_key)
);
CREATE INDEX notice_sends_by_time ON notice_sends (municipality_id, sent_at, id);

-- Which record (stay, request, application, message) a change or a read of one concerned.
ALTER TABLE access_log ADD COLUMN record_id text;
CREATE INDEX access_log_by_user ON access_log (municipality_id, user_id, id);
CREATE INDEX access_log_by_time ON access_log (municipality_id, at);

-- The log stays append-only for everyone but the retention job, which says who it is for its own
-- transaction only (SET LOCAL pusterom.access_log_retention = 'on') and deletes rows older than the period.
CREATE OR REPLACE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('pusterom.access_log_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'the access log is append-only';
END
$$;

-- What a staff member may do: everything (caseworker), plan and answer but not the municipality's
-- settings (planner), or only read (readOnly). Null on caregivers; staff without one are caseworkers.
ALTER TABLE users ADD COLUMN staff_role text CHECK (staff_role IN ('caseworker', 'planner', 'readOnly'));
