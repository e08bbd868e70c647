SELECT id, title, tags, substr(body, 1, 160) AS excerpt, updated_at
FROM entry
WHERE deleted_at IS NULL
ORDER BY updated_at DESC, id DESC
