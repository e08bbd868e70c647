-- Tend journal, schema 10: the guided path. Each row is one thing that
-- happened on it (started, a step done or undone, paused, resumed, left);
-- tend-core works out where the user is from them, in order. A writing
-- step done keeps the journal entry it was written in.

CREATE TABLE path_event (
    id       INTEGER PRIMARY KEY,
    path     TEXT NOT NULL CHECK (length(path) BETWEEN 1 AND 64),
    kind     TEXT NOT NULL
             CHECK (kind IN ('started', 'paused', 'resumed', 'done', 'undone', 'left')),
    step     TEXT CHECK (step IS NULL OR length(step) BETWEEN 1 AND 64),
    entry    INTEGER REFERENCES entry (id) ON DELETE SET NULL,
    at       TEXT NOT NULL,
    CHECK ((kind IN ('done', 'undone')) = (step IS NOT NULL))
) STRICT;

CREATE INDEX path_event_by_path ON path_event (path, id);

-- A reminder may now be for the path's next step. SQLite cannot change a
-- CHECK in place, so the reminder tables are built again with every row
-- copied across (the days already fired first, so dropping the reminders
-- cascades to nothing).
CREATE TABLE reminder_fired_copy AS SELECT * FROM reminder_fired;
DROP TABLE reminder_fired;

CREATE TABLE reminder_v10 (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL
                     CHECK (kind IN ('check_in', 'practice', 'measure', 'path', 'own')),
    at               TEXT NOT NULL CHECK (at GLOB '[0-2][0-9]:[0-5][0-9]'),
    -- Monday is the lowest bit.
    days             INTEGER NOT NULL CHECK (days BETWEEN 1 AND 127),
    only_if_not_done INTEGER NOT NULL CHECK (only_if_not_done IN (0, 1)),
    text             TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 120),
    enabled          INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at       TEXT NOT NULL
) STRICT;
INSERT INTO reminder_v10 (id, kind, at, days, only_if_not_done, text, enabled, created_at)
    SELECT id, kind, at, days, only_if_not_done, text, enabled, created_at FROM reminder;
DROP TABLE reminder;
ALTER TABLE reminder_v10 RENAME TO reminder;

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
INSERT INTO reminder_fired (reminder, day, outcome, at)
    SELECT reminder, day, outcome, at FROM reminder_fired_copy;
DROP TABLE reminder_fired_copy;
