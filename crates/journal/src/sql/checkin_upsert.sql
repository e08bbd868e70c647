INSERT INTO checkin (day, exhaustion, stress, mood, sleep, self_kindness, meaning,
                     context, note, created_at, updated_at)
VALUES (:day, :exhaustion, :stress, :mood, :sleep, :self_kindness, :meaning,
        :context, :note, :now, :now)
ON CONFLICT (day) DO UPDATE SET
    exhaustion    = excluded.exhaustion,
    stress        = excluded.stress,
    mood          = excluded.mood,
    sleep         = excluded.sleep,
    self_kindness = excluded.self_kindness,
    meaning       = excluded.meaning,
    context       = excluded.context,
    note          = excluded.note,
    updated_at    = excluded.updated_at
