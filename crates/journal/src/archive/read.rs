//! The journal read out, row by row, into the backup's layout.

use super::format::*;
use super::*;

pub(super) fn read_all(conn: &Connection) -> Result<Data, JournalError> {
    fn rows<T>(
        conn: &Connection,
        sql: &str,
        map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>, JournalError> {
        let mut stmt = conn.prepare(sql)?;
        let out = stmt.query_map([], map)?.collect::<Result<Vec<T>, _>>()?;
        Ok(out)
    }
    let checkins = rows(
        conn,
        "SELECT day, exhaustion, stress, mood, sleep, self_kindness, meaning, context, note,
                created_at, updated_at,
                (SELECT group_concat(tag, ',') FROM
                    (SELECT tag FROM checkin_tag t WHERE t.day = c.day ORDER BY tag)) AS tags
         FROM checkin c ORDER BY day",
        |r| {
            let tags: Option<String> = r.get("tags")?;
            Ok(CheckinRow {
                day: r.get("day")?,
                exhaustion: r.get("exhaustion")?,
                stress: r.get("stress")?,
                mood: r.get("mood")?,
                sleep: r.get("sleep")?,
                self_kindness: r.get("self_kindness")?,
                meaning: r.get("meaning")?,
                context: r.get("context")?,
                tags: split_tags(tags.as_deref().unwrap_or(""), ','),
                note: r.get("note")?,
                created_at: r.get("created_at")?,
                updated_at: r.get("updated_at")?,
            })
        },
    )?;
    let sessions = rows(
        conn,
        "SELECT exercise, seconds_offered, seconds_played, finished, before_calm, before_kind,
                after_calm, after_kind, note, started_at, saved_at
         FROM practice_session ORDER BY id",
        |r| {
            Ok(SessionRow {
                exercise: r.get("exercise")?,
                seconds_offered: r.get("seconds_offered")?,
                seconds_played: r.get("seconds_played")?,
                finished: r.get("finished")?,
                before_calm: r.get("before_calm")?,
                before_kind: r.get("before_kind")?,
                after_calm: r.get("after_calm")?,
                after_kind: r.get("after_kind")?,
                note: r.get("note")?,
                started_at: r.get("started_at")?,
                saved_at: r.get("saved_at")?,
            })
        },
    )?;
    let entries = rows(
        conn,
        "SELECT title, body, prompt, tags, created_at, updated_at, deleted_at
         FROM entry ORDER BY id",
        |r| {
            let tags: String = r.get("tags")?;
            Ok(EntryRow {
                title: r.get("title")?,
                body: r.get("body")?,
                prompt: r.get("prompt")?,
                tags: split_tags(&tags, TAG_SEPARATOR),
                created_at: r.get("created_at")?,
                updated_at: r.get("updated_at")?,
                deleted_at: r.get("deleted_at")?,
            })
        },
    )?;
    let favourites = rows(
        conn,
        "SELECT exercise, added_at FROM favourite ORDER BY exercise",
        |r| {
            Ok(FavouriteRow {
                exercise: r.get(0)?,
                added_at: r.get(1)?,
            })
        },
    )?;
    let measure_results = rows(
        conn,
        "SELECT measure, answers, day, taken_at FROM measure_result ORDER BY id",
        |r| {
            Ok(MeasureRow {
                measure: r.get(0)?,
                answers: r.get(1)?,
                day: r.get(2)?,
                taken_at: r.get(3)?,
            })
        },
    )?;
    let contacts = rows(
        conn,
        "SELECT name, number, note FROM contact ORDER BY id",
        |r| {
            Ok(ContactRow {
                name: r.get(0)?,
                number: r.get(1)?,
                note: r.get(2)?,
            })
        },
    )?;
    let reminders = rows(
        conn,
        "SELECT kind, at, days, only_if_not_done, text, enabled, created_at
         FROM reminder ORDER BY id",
        |r| {
            Ok(ReminderRow {
                kind: r.get(0)?,
                at: r.get(1)?,
                days: r.get(2)?,
                only_if_not_done: r.get(3)?,
                text: r.get(4)?,
                enabled: r.get(5)?,
                created_at: r.get(6)?,
            })
        },
    )?;
    let path_events = rows(
        conn,
        "SELECT p.path, p.kind, p.step, e.created_at, p.at
         FROM path_event p LEFT JOIN entry e ON e.id = p.entry ORDER BY p.id",
        |r| {
            Ok(PathEventRow {
                path: r.get(0)?,
                kind: r.get(1)?,
                step: r.get(2)?,
                entry_created_at: r.get(3)?,
                at: r.get(4)?,
            })
        },
    )?;
    // The reminders' own bookkeeping (when the loop last looked, snoozes)
    // belongs to this device, not to the backup.
    let settings = rows(
        conn,
        "SELECT key, value FROM setting WHERE key NOT LIKE 'reminders.%' ORDER BY key",
        |r| {
            Ok(SettingRow {
                key: r.get(0)?,
                value: r.get(1)?,
            })
        },
    )?;
    Ok(Data {
        checkins,
        sessions,
        entries,
        favourites,
        measure_results,
        contacts,
        settings,
        reminders,
        path_events,
    })
}
