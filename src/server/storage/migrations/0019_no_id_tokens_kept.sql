-- Signing out asks the provider to end its session with the client's name (client_id) and the address
-- to come back to, not with the ID token (id_token_hint), which carries the person number into the
-- browser's history and the provider's logs. So no ID token is kept any more, and those kept go now.
ALTER TABLE session_handoffs ALTER COLUMN id_token_sealed DROP NOT NULL;
ALTER TABLE oidc_sessions ALTER COLUMN id_token_sealed DROP NOT NULL;
UPDATE session_handoffs SET id_token_sealed = NULL;
UPDATE oidc_sessions SET id_token_sealed = NULL;
