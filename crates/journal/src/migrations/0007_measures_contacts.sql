-- Tend journal, schema 7: answers to the periodic measures, and the user's
-- own contacts for the Get help screen.

CREATE TABLE measure_result (
    id       INTEGER PRIMARY KEY,
    measure  TEXT NOT NULL CHECK (length(measure) BETWEEN 1 AND 40),
    -- One digit per item, in the form's order: "34521".
    answers  TEXT NOT NULL CHECK (answers GLOB '[0-9]*' AND answers NOT GLOB '*[^0-9]*'),
    day      TEXT NOT NULL
             CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    taken_at TEXT NOT NULL
) STRICT;

CREATE INDEX measure_result_by_measure ON measure_result (measure, day);

CREATE TABLE contact (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    number TEXT NOT NULL CHECK (length(number) <= 40),
    note   TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 300)
) STRICT;
