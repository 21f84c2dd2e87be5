-- Retention of health data (README "Retention"): a household is closed when its service ends, and the data
-- of a household closed longer than its municipality's retention period is deleted, by a job in the
-- database that the server calls on a schedule with the time. Expand only: a nullable column, an index,
-- functions and a trigger. The access log is not touched: it keeps its own period.

-- When the household's service ended, while it is closed; null while it is open. And when the job first
-- found it closed: staff see a household on the list a month at least before its data goes, even one whose
-- service ended long before the job first ran (the first run after this upgrade) or before it reopened.
ALTER TABLE households ADD COLUMN closed_at timestamptz;
ALTER TABLE households ADD COLUMN closed_seen_at timestamptz;
CREATE INDEX households_closed ON households (municipality_id, closed_at, id) WHERE closed_at IS NOT NULL;

-- The rule of src/domain/householdClosing.ts (test/server/retention/closingRuleAgrees.test.ts holds the
-- two together): the later of the end of the last day of its last decision (Norwegian time) and the end
-- of its last stay not cancelled; null with no decision, or with one valid until further notice.
CREATE FUNCTION household_service_end(household uuid) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN count(*) = 0 OR bool_or(d.data ->> 'validTo' IS NULL) THEN NULL ELSE greatest(
    ((max(d.data ->> 'validTo')::date + 1)::timestamp AT TIME ZONE 'Europe/Oslo'),
    (SELECT max(api_instant(s.data ->> 'end')) FROM records s
      WHERE s.household_id = household AND s.entity = 'stay' AND NOT s.deleted
        AND s.data ->> 'status' NOT IN ('cancelledByFamily', 'cancelledByMunicipality'))) END
  FROM records d WHERE d.household_id = household AND d.entity = 'decision' AND NOT d.deleted
$$;

-- When a household closed at `closed_at` is deleted: the period's whole days of 24 hours after it, and no
-- sooner than 30 days (the shortest period) after the job found it closed, `closed_seen_at`.
CREATE FUNCTION household_deletion_due(closed_at timestamptz, closed_seen_at timestamptz, retention_days integer)
  RETURNS timestamptz LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT greatest(closed_at + retention_days * interval '24 hours', closed_seen_at + interval '720 hours') $$;

-- The municipality's period: its record's `retentionDays`, or the server's default.
CREATE FUNCTION municipality_retention_days(municipality uuid, default_days integer) RETURNS integer
  LANGUAGE sql STABLE AS $$
  SELECT coalesce((data ->> 'retentionDays')::integer, default_days) FROM municipalities WHERE id = municipality
$$;

-- Everything of one household goes, but the access log (no key to it: it outlives the household).
-- What names the household's records by their ids (request handling, the record system's and imports' ids)
-- goes first; deleting the household takes its devices and their jobs, reminders, calendar feed and
-- planning overrides with it (ON DELETE CASCADE), and deleting its caregivers their sessions, sign-ins
-- under way and person-number hashes (user_identities).
CREATE FUNCTION delete_household(household uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM change_request_handling WHERE change_request_id IN (
    SELECT id FROM records WHERE household_id = household AND entity = 'changeRequest');
  -- A record system's or an import's id of the household, its caregivers or any of its records.
  DELETE FROM fhir_identifiers f USING households h
    WHERE h.id = household AND f.municipality_id = h.municipality_id AND (
      f.stay_id = household::text
      OR f.stay_id IN (SELECT id FROM records WHERE household_id = household)
      OR f.stay_id IN (SELECT id::text FROM users WHERE household_id = household));
  DELETE FROM records WHERE household_id = household;
  DELETE FROM applied_mutations WHERE household_id = household;
  DELETE FROM field_authors WHERE household_id = household;
  DELETE FROM staff_notes WHERE household_id = household;
  DELETE FROM notice_sends WHERE household_id = household;
  DELETE FROM oidc_sessions WHERE token_hash IN (
    SELECT s.token_hash FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.household_id = household);
  DELETE FROM users WHERE household_id = household;
  DELETE FROM households WHERE id = household;
END $$;

-- The job: closes the households whose service ended by `as_of`, reopens those that have service again (a
-- new decision, a stay ahead), and deletes those whose deletion is due (household_deletion_due). Each
-- household to delete is locked and judged again first, so a decision written meanwhile keeps it.
CREATE FUNCTION run_household_retention(as_of timestamptz, default_days integer)
  RETURNS TABLE (closed integer, reopened integer, deleted integer) LANGUAGE plpgsql AS $$
DECLARE
  household record;
BEGIN
  closed := 0;
  reopened := 0;
  deleted := 0;
  FOR household IN
    SELECT h.id, h.closed_at, household_service_end(h.id) AS ended FROM households h
    WHERE h.closed_at IS NOT NULL OR h.id IN (
      SELECT household_id FROM records WHERE entity = 'decision' AND NOT records.deleted AND household_id IS NOT NULL
      GROUP BY household_id HAVING bool_and(data ->> 'validTo' IS NOT NULL))
  LOOP
    IF household.ended IS NOT NULL AND household.ended <= as_of THEN
      IF household.closed_at IS NULL THEN
        closed := closed + 1;
        UPDATE households SET closed_at = household.ended, closed_seen_at = as_of WHERE id = household.id;
      ELSIF household.closed_at <> household.ended THEN
        UPDATE households SET closed_at = household.ended WHERE id = household.id;
      END IF;
    ELSIF household.closed_at IS NOT NULL THEN
      reopened := reopened + 1;
      UPDATE households SET closed_at = NULL, closed_seen_at = NULL WHERE id = household.id;
    END IF;
  END LOOP;
  FOR household IN
    SELECT h.id, h.closed_seen_at, municipality_retention_days(h.municipality_id, default_days) AS days
    FROM households h
    WHERE h.closed_at IS NOT NULL AND household_deletion_due(h.closed_at, h.closed_seen_at,
      municipality_retention_days(h.municipality_id, default_days)) <= as_of
    ORDER BY h.id FOR UPDATE
  LOOP
    IF household_deletion_due(household_service_end(household.id), household.closed_seen_at, household.days) <= as_of THEN
      PERFORM delete_household(household.id);
      deleted := deleted + 1;
    END IF;
  END LOOP;
  RETURN NEXT;
END $$;

-- A decision or stay written for a closed household whose service end it moves (a new decision, a
-- stay ahead, a decision ended later) reopens it at once; the job closes it again when that end comes.
-- Once per statement, as the change notices of 0023: a plan of many stays looks once, not per stay.
CREATE FUNCTION reopen_households_of_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed WHERE entity IN ('decision', 'stay') AND household_id IS NOT NULL) THEN
    UPDATE households h SET closed_at = NULL, closed_seen_at = NULL
    WHERE h.closed_at IS NOT NULL
      AND h.id IN (SELECT household_id FROM changed WHERE entity IN ('decision', 'stay'))
      AND household_service_end(h.id) IS DISTINCT FROM h.closed_at;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER records_reopen_households_on_insert AFTER INSERT ON records REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reopen_households_of_rows();
CREATE TRIGGER records_reopen_households_on_update AFTER UPDATE ON records REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reopen_households_of_rows();
