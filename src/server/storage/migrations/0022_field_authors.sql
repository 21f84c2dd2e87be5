-- Sync rule 8 by field: who last wrote each field of the records both parents edit (medications,
-- checklist items, "about me" cards), and when. A conflict names who made the other change, and a
-- parent whose value another replaces on purpose is told (a `replacedEdit` record in the feed).
CREATE TABLE field_authors (
  household_id uuid NOT NULL REFERENCES households (id),
  entity text NOT NULL,
  record_id text NOT NULL,
  -- A field of the record by its name in the protocol, or '*' for the record itself (its deletion).
  field text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  written_at timestamptz NOT NULL,
  PRIMARY KEY (entity, record_id, field)
);
