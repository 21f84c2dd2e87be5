-- Which mutation last wrote each record, so a device's second offline edit of a record can build on
-- its first (sync rule 8); and the municipality's record (rules, summer respite, contacts) in the
-- change feed, shared by all its households like places (sync rule 10).

ALTER TABLE records ADD COLUMN mutation_id uuid;

INSERT INTO records (entity, id, municipality_id, household_id, data)
SELECT 'municipality', id::text, id, NULL, data FROM municipalities
ON CONFLICT (entity, id) DO NOTHING;
