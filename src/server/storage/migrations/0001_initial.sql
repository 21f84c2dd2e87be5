-- Accounts, sessions, the family-visible records with their change sequence, and applied mutations.

CREATE TABLE municipalities (
  id uuid PRIMARY KEY,
  -- The Municipality of src/protocol (name, change deadline rule, summer respite, contacts, ...).
  data jsonb NOT NULL
);

CREATE TABLE households (
  id uuid PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX households_by_municipality ON households (municipality_id);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('caregiver', 'staff')),
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  household_id uuid REFERENCES households (id),
  -- Null where the user can only sign in through ID-porten.
  password_hash text,
  CHECK ((role = 'caregiver') = (household_id IS NOT NULL))
);

CREATE TABLE sessions (
  -- sha256 of the bearer token, hex: a leaked table does not sign anyone in.
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE login_failures (
  -- username and client address, so one address cannot lock a user out everywhere.
  attempt_key text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (attempt_key, at);

-- Every change to a record takes the next number; a pull asks for numbers above its cursor.
CREATE SEQUENCE record_seq;

CREATE TABLE records (
  entity text NOT NULL,
  id text NOT NULL,
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  -- Null for what the whole municipality shares (places).
  household_id uuid REFERENCES households (id),
  seq bigint NOT NULL DEFAULT nextval('record_seq'),
  deleted boolean NOT NULL DEFAULT false,
  -- The entity as src/protocol defines it; null once deleted (a tombstone).
  data jsonb,
  PRIMARY KEY (entity, id),
  CHECK (deleted = (data IS NULL))
);
CREATE INDEX records_by_household_seq ON records (household_id, seq) WHERE household_id IS NOT NULL;
CREATE INDEX records_shared_by_municipality_seq ON records (municipality_id, seq) WHERE household_id IS NULL;

CREATE TABLE applied_mutations (
  household_id uuid NOT NULL REFERENCES households (id),
  mutation_id uuid NOT NULL,
  name text NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'rejected')),
  -- The rejection ({code, message}) to answer again when the same mutation is replayed.
  error jsonb,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (household_id, mutation_id)
);
