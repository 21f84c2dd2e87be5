-- Each household's private calendar-feed token. Kept in the clear (unlike session tokens) so every
-- parent's phone can show the same address; rotating it is how an address that leaked is withdrawn.

CREATE TABLE calendar_feeds (
  household_id uuid PRIMARY KEY REFERENCES households (id) ON DELETE CASCADE,
  token text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL
);
