-- Planning safety: what each place has room for, and the plans staff let through despite a collision,
-- with the reason they gave. The municipality's own planning data: never in the change feed.

-- A place's beds, rooms, children at a time or day places; the weekdays it is open; the periods it is
-- closed. A place without a row has no limit to be full against.
CREATE TABLE place_capacities (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  -- The place's record id (records.entity = 'place').
  place_id text NOT NULL,
  unit text NOT NULL CHECK (unit IN ('beds', 'rooms', 'children', 'dayPlaces')),
  size integer NOT NULL CHECK (size BETWEEN 1 AND 500),
  -- ISO weekdays: 1 is Monday, 7 Sunday.
  open_days smallint[] NOT NULL,
  -- [{"from": "2026-12-24", "to": "2027-01-01", "note": "…"}], days in Norwegian time.
  closed jsonb NOT NULL DEFAULT '[]',
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (municipality_id, place_id)
);

-- A stay planned, moved or reinstated although it collided (a full place, beyond the decision, …):
-- which collisions staff accepted, why, who and when. Goes with the household when it is deleted.
CREATE TABLE planning_overrides (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  household_id uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  stay_id text NOT NULL,
  codes text[] NOT NULL,
  reason text NOT NULL,
  -- No foreign key: the record outlives the staff account.
  user_id uuid NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX planning_overrides_by_stay ON planning_overrides (municipality_id, stay_id, id);
