SELECT id, title, tags, substr(body, 1, 160) AS excerpt, updated_at
FROM entry
WHERE deleted_at IS NOT NULL AND deleted_at >= ?1
ORDER BY deleted_at DESC, id DESC
