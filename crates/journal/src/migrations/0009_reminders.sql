-- Tend journal, schema 9: reminders, and the local days each one fired,
-- so that none fires twice on one day and a catch-up is sent only once.

CREATE TABLE reminder (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('check_in', 'practice', 'measure', 'own')),
    at               TEXT NOT NULL CHECK (at GLOB '[0-2][0-9]:[0-5][0-9]'),
    -- Monday is the lowest bit.
    days             INTEGER NOT NULL CHECK (days BETWEEN 1 AND 127),
    only_if_not_done INTEGER NOT NULL CHECK (only_if_not_done IN (0, 1)),
    text             TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 120),
    enabled          INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at       TEXT NOT NULL
) STRICT;

CREATE TABLE reminder_fired (
    reminder INTEGER NOT NULL REFERENCES reminder (id) ON DELETE CASCADE,
    day      TEXT NOT NULL
             CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    -- sent, skipped (paused, quiet hours, or passed over after a sleep),
    -- not_needed (already done that day).
    outcome  TEXT NOT NULL CHECK (outcome IN ('sent', 'skipped', 'not_needed')),
    at       TEXT NOT NULL,
    PRIMARY KEY (reminder, day)
) STRICT, WITHOUT ROWID;
