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
