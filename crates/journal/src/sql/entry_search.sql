SELECT e.id, e.title, e.tags,
       snippet(entry_fts, 1, char(1), char(2), '…', 16) AS excerpt,
       e.updated_at
FROM entry_fts
JOIN entry e ON e.id = entry_fts.rowid
WHERE entry_fts MATCH ?1 AND e.deleted_at IS NULL
ORDER BY rank
LIMIT 100
