-- Tend journal, schema 5: tags on journal entries, searchable with the text.
-- Tags are stored with the entry, separated by the unit separator (which a
-- tag can never hold), and the full-text index gains a column for them.

DROP TRIGGER entry_fts_insert;
DROP TRIGGER entry_fts_delete;
DROP TRIGGER entry_fts_update;
DROP TABLE entry_fts;

ALTER TABLE entry ADD COLUMN tags TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE entry_fts USING fts5(
    title, body, tags,
    content = 'entry', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO entry_fts (entry_fts) VALUES ('rebuild');

CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN
    INSERT INTO entry_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;

CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
END;

CREATE TRIGGER entry_fts_update AFTER UPDATE OF title, body, tags ON entry BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
    INSERT INTO entry_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;
