-- Tend journal, schema 6: when each practice session began. Sessions saved
-- before this schema have no start time.

ALTER TABLE practice_session ADD COLUMN started_at TEXT;
