-- Planning judges each new or moved stay against the child's decisions and stays and the place's stays
-- (staff/planning/planningCheck.ts): found by the child and by the place, not by reading every stay and
-- decision of the municipality, so a record system's week for 1,000 children is planned in seconds.
CREATE INDEX records_by_recipient ON records (municipality_id, entity, (data ->> 'recipientId'))
  WHERE NOT deleted;
CREATE INDEX records_stays_by_place ON records (municipality_id, (data ->> 'placeId'), api_instant(data ->> 'start'))
  WHERE entity = 'stay' AND NOT deleted;
-- (Numbered after 0030, which landed before it; 0029 was never used.)
