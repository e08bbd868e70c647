-- Tend journal, schema 2: practice sessions.

CREATE TABLE practice_session (
    id              INTEGER PRIMARY KEY,
    exercise        TEXT NOT NULL,
    seconds_offered INTEGER NOT NULL CHECK (seconds_offered BETWEEN 1 AND 3600),
    seconds_played  INTEGER NOT NULL CHECK (seconds_played BETWEEN 0 AND seconds_offered),
    finished        INTEGER NOT NULL CHECK (finished IN (0, 1)),
    before_calm     INTEGER CHECK (before_calm BETWEEN 0 AND 10),
    before_kind     INTEGER CHECK (before_kind BETWEEN 0 AND 10),
    after_calm      INTEGER CHECK (after_calm BETWEEN 0 AND 10),
    after_kind      INTEGER CHECK (after_kind BETWEEN 0 AND 10),
    note            TEXT NOT NULL DEFAULT '',
    saved_at        TEXT NOT NULL
) STRICT;

CREATE INDEX practice_session_by_exercise ON practice_session (exercise);
