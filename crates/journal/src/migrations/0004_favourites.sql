-- Tend journal, schema 4: favourite exercises.

CREATE TABLE favourite (
    exercise TEXT PRIMARY KEY NOT NULL,
    added_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
