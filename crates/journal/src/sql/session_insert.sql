INSERT INTO practice_session (exercise, seconds_offered, seconds_played, finished,
                              before_calm, before_kind, after_calm, after_kind, note, saved_at, started_at)
VALUES (:exercise, :seconds_offered, :seconds_played, :finished,
        :before_calm, :before_kind, :after_calm, :after_kind, :note, :saved_at, :started_at)
