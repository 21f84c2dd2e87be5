-- Sign-in attempts counted before the password is checked, one row per key and window, raised in one
-- statement, so attempts arriving together cannot all slip under the limit (across processes too).
-- Keys: a username from one client address, and a client address across all usernames.
CREATE TABLE login_attempts (
  attempt_key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  attempts integer NOT NULL
);
CREATE INDEX login_attempts_by_window ON login_attempts (window_start);

-- Failures were written after the check, which let concurrent guesses through; nothing reads them now.
DROP TABLE login_failures;
