-- What the municipality's console reads, along indexes instead of scans (stays by start, change
-- requests by stay and state, messages and summer applications by time), and the access log.

-- A stored instant (the API's UTC form, `...Z`) as a timestamptz, for ordering and ranges. Declared
-- immutable, as indexes need, because the text names its own zone: neither TimeZone nor DateStyle
-- changes what it means.
CREATE FUNCTION api_instant(text) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT $1::timestamptz $$;

CREATE INDEX records_stays_by_start ON records (municipality_id, api_instant(data ->> 'start'), id)
  WHERE entity = 'stay' AND NOT deleted;
CREATE INDEX records_change_requests_by_stay ON records ((data ->> 'stayId'))
  WHERE entity = 'changeRequest' AND NOT deleted;
CREATE INDEX records_change_requests_by_status ON records (municipality_id, (data ->> 'status'))
  WHERE entity = 'changeRequest' AND NOT deleted;
CREATE INDEX records_messages_by_time ON records (municipality_id, api_instant(data ->> 'createdAt'), id)
  WHERE entity = 'message' AND NOT deleted;
CREATE INDEX records_summer_applications_by_time
  ON records (municipality_id, api_instant(data ->> 'submittedAt'), id)
  WHERE entity = 'summerApplication' AND NOT deleted;
CREATE INDEX households_by_municipality_id ON households (municipality_id, id);
CREATE INDEX users_by_household ON users (household_id) WHERE household_id IS NOT NULL;

-- Every staff read of a household's data and every staff change: who, when, which route, which
-- household (one row per household per request; null where a change concerns no one household).
-- Never in the change feed, and nothing of what was read or written: no bodies, no names.
-- Append-only: the server has no UPDATE or DELETE of it, and the trigger below refuses them. Where the
-- API connects as its own role, also `REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM <api role>`.
CREATE TABLE access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  -- No foreign keys to users or households: the log outlives the accounts and households it names.
  user_id uuid NOT NULL,
  -- The route's operation id in the OpenAPI document, e.g. staffListStays.
  action text NOT NULL,
  household_id uuid,
  -- The rows written for one request share it.
  request_id uuid NOT NULL
);
CREATE INDEX access_log_by_municipality ON access_log (municipality_id, id);
CREATE INDEX access_log_by_household ON access_log (municipality_id, household_id, id);

CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only';
END
$$;
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
