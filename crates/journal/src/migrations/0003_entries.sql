-- Tend journal, schema 3: private journal entries and their full-text index.

CREATE TABLE entry (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    prompt     TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- Set when the user deletes it; cleared by undo. Deleted entries are
    -- left out of every list and search.
    deleted_at TEXT
) STRICT;

-- An external-content index over entry, kept in step by the triggers.
CREATE VIRTUAL TABLE entry_fts USING fts5(
    title, body,
    content = 'entry', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN
    INSERT INTO entry_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER entry_fts_update AFTER UPDATE OF title, body ON entry BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO entry_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
