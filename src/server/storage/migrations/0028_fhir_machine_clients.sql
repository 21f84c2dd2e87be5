-- The FHIR face's machine clients (the municipality's record system, signed in with OAuth 2.0 client
-- credentials as Maskinporten and HelseID sign systems in). Expand only: two nullable columns and an index.
--
-- A municipality's organisation number (Enhetsregisteret), which the record system's access token names:
-- the token's organisation is mapped to the one municipality it belongs to. Null: no machine client may act
-- for the municipality. Not yet UNIQUE (a new unique index waits for a later release, see README.md here):
-- until then the FHIR face refuses an organisation number that more than one municipality has.
ALTER TABLE municipalities ADD COLUMN organisation_number text;
CREATE INDEX municipalities_by_organisation_number ON municipalities (organisation_number)
  WHERE organisation_number IS NOT NULL;

-- The machine client that read or changed, where it was one and not a staff member (its OAuth client id);
-- `user_id` then holds the id derived from it, so the previous release's reads of the log keep working.
ALTER TABLE access_log ADD COLUMN client_id text;
