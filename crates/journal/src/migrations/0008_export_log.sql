-- Tend journal, schema 8: a record of what was exported and when, so the
-- user can see what has left the device. It never holds the content.

CREATE TABLE export_log (
    id       INTEGER PRIMARY KEY,
    made_at  TEXT NOT NULL,
    what     TEXT NOT NULL CHECK (what IN ('summary', 'reflection', 'backup', 'csv')),
    format   TEXT NOT NULL CHECK (length(format) BETWEEN 1 AND 20),
    -- The first and last day covered, for a summary or a reflection.
    first_day TEXT,
    last_day  TEXT
) STRICT;
