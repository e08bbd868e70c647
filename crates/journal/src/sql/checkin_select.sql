SELECT day, exhaustion, stress, mood, sleep, self_kindness, meaning,
       context, note, created_at, updated_at,
       (SELECT group_concat(tag, ',') FROM checkin_tag t WHERE t.day = c.day) AS tags
FROM checkin c
