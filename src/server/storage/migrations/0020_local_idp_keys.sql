-- Demo mode: the local stand-in providers' keys (the ID tokens' signing key, the demo client's key and
-- secret, the cookie key), made on first start and kept with the data, so that a restart does not make
-- what they signed before unreadable (signing out after a restart ended on the stand-in's error page).
CREATE TABLE local_idp_keys (
  id smallint PRIMARY KEY CHECK (id = 1),
  keys jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
