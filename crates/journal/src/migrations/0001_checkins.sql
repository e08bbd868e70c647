-- Tend journal, schema 1: the daily check-in and settings.
-- Never edit a migration once it has landed; add the next one instead.

PRAGMA application_id = 1415933540; -- 0x54656E64, "Tend": marks the file as ours

CREATE TABLE checkin (
    day           TEXT PRIMARY KEY NOT NULL
                  CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    exhaustion    INTEGER NOT NULL CHECK (exhaustion BETWEEN 0 AND 10),
    stress        INTEGER NOT NULL CHECK (stress BETWEEN 0 AND 10),
    mood          INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 10),
    sleep         INTEGER NOT NULL CHECK (sleep BETWEEN 0 AND 10),
    self_kindness INTEGER NOT NULL CHECK (self_kindness BETWEEN 0 AND 10),
    meaning       INTEGER NOT NULL CHECK (meaning BETWEEN 0 AND 10),
    context       TEXT CHECK (context IN ('work_day', 'caring_at_home', 'both', 'rest_day')),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE checkin_tag (
    day TEXT NOT NULL REFERENCES checkin (day) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (day, tag)
) STRICT, WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
