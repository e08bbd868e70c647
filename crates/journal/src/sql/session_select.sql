SELECT id, exercise, seconds_offered, seconds_played, finished,
       before_calm, before_kind, after_calm, after_kind, note, saved_at, started_at
FROM practice_session
ORDER BY id
