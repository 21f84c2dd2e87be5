-- The change channel's source: every write to the records the family syncs tells the server processes
-- listening on this database (LISTEN) who may now pull, in the writing transaction itself, so the notice
-- is delivered at commit and never for a change rolled back. One notice per statement and owner, never
-- the data: `<municipality> <household or -> <highest seq> <entities, comma-separated>`.

-- Each schema its own channel (tests and benchmarks share one database, one schema each); md5 keeps the
-- name within PostgreSQL's 63 bytes whatever the schema is called.
CREATE FUNCTION change_notice_channel(schema_name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT 'pusterom_changes_' || md5(schema_name) $$;

CREATE FUNCTION tell_record_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(
    change_notice_channel(TG_TABLE_SCHEMA),
    concat_ws(' ', municipality_id, coalesce(household_id::text, '-'), max_seq, entities))
  FROM (
    SELECT municipality_id, household_id, max(seq) AS max_seq, string_agg(DISTINCT entity, ',') AS entities
    FROM changed GROUP BY municipality_id, household_id
  ) AS owners;
  RETURN NULL;
END $$;

-- A trigger with a transition table takes one event; an upsert fires both.
CREATE TRIGGER records_tell_inserts AFTER INSERT ON records REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION tell_record_changes();
CREATE TRIGGER records_tell_updates AFTER UPDATE ON records REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION tell_record_changes();
