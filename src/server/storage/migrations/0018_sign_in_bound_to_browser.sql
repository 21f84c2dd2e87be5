-- A sign-in under way belongs to the browser that began it: the start sets a short-lived cookie with a
-- random secret, kept here only as its hash, and the callback is taken only with that cookie. Without it
-- a callback address begun in one browser signed in whichever browser opened it (login CSRF).
-- Sign-ins begun before this have none and are refused at their callback ("sign in again").
ALTER TABLE oidc_logins ADD COLUMN browser_hash text;
