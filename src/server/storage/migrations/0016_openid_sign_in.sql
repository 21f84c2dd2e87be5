-- Signing in through OpenID providers (ID-porten for families, the municipality's own for staff).
-- Several server processes may run: every step of a sign-in lives here, never in one process's memory.

-- The server's key for hashing national identity numbers (when PID_HASH_KEY is not set), made on first start.
CREATE TABLE pid_hash_key (
  id smallint PRIMARY KEY CHECK (id = 1),
  key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Who a provider's person is here. For ID-porten the subject is an HMAC of the person number (pid),
-- never the number itself; for the staff provider it is the configured claim (sub or e-mail).
CREATE TABLE user_identities (
  provider text NOT NULL CHECK (provider IN ('idporten', 'staff')),
  subject text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (provider, subject)
);
CREATE INDEX user_identities_by_user ON user_identities (user_id);

-- A sign-in under way: from the redirect to the provider until its answer comes back, once.
CREATE TABLE oidc_logins (
  -- sha256 of the state parameter, hex.
  state_hash text PRIMARY KEY,
  provider text NOT NULL CHECK (provider IN ('idporten', 'staff')),
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  redirect_uri text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_logins_by_expiry ON oidc_logins (expires_at);

-- The one-time code the app trades for a session, so no bearer token ever sits in a URL.
CREATE TABLE session_handoffs (
  -- sha256 of the code, hex.
  code_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  provider text NOT NULL CHECK (provider IN ('idporten', 'staff')),
  -- The provider's ID token (it holds the person number), sealed with a key only the code gives.
  id_token_sealed text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX session_handoffs_by_expiry ON session_handoffs (expires_at);

-- The ID token behind a session, for ending the provider's session at sign-out (id_token_hint).
-- Sealed with a key derived from the session token, which the server keeps only as a hash: a copy of
-- this table reads nothing. Keyed like sessions, without a reference, so that table stays as it is.
CREATE TABLE oidc_sessions (
  token_hash text PRIMARY KEY,
  provider text NOT NULL CHECK (provider IN ('idporten', 'staff')),
  id_token_sealed text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_sessions_by_expiry ON oidc_sessions (expires_at);
