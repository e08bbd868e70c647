//! A checked backup added to the journal in one transaction; rows it
//! already holds are not added again.

use super::format::*;
use super::*;

pub(super) fn apply(tx: &Transaction<'_>, data: &Data) -> Result<ImportReport, JournalError> {
    let mut report = ImportReport::default();
    let mut existing = tx.prepare(
        "SELECT exhaustion, stress, mood, sleep, self_kindness, meaning, context, note
         FROM checkin WHERE day = ?1",
    )?;
    let mut insert_checkin = tx.prepare(
        "INSERT INTO checkin (day, exhaustion, stress, mood, sleep, self_kindness, meaning,
                              context, note, created_at, updated_at)
         VALUES (:day, :exhaustion, :stress, :mood, :sleep, :self_kindness, :meaning,
                 :context, :note, :created_at, :updated_at)",
    )?;
    let mut insert_tag = tx.prepare("INSERT INTO checkin_tag (day, tag) VALUES (?1, ?2)")?;
    for c in &data.checkins {
        type Answers = (u8, u8, u8, u8, u8, u8, Option<String>, String);
        let held: Option<Answers> = existing
            .query_row([&c.day], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })
            .optional()?;
        match held {
            Some(held) => {
                let theirs = (
                    c.exhaustion,
                    c.stress,
                    c.mood,
                    c.sleep,
                    c.self_kindness,
                    c.meaning,
                    c.context.clone(),
                    c.note.clone(),
                );
                if held != theirs {
                    report.days_kept += 1;
                }
            }
            None => {
                insert_checkin.execute(named_params! {
                    ":day": c.day,
                    ":exhaustion": c.exhaustion,
                    ":stress": c.stress,
                    ":mood": c.mood,
                    ":sleep": c.sleep,
                    ":self_kindness": c.self_kindness,
                    ":meaning": c.meaning,
                    ":context": c.context,
                    ":note": c.note,
                    ":created_at": c.created_at,
                    ":updated_at": c.updated_at,
                })?;
                // A tag said twice is one tag, as the check-in form keeps it.
                let tags: std::collections::BTreeSet<&String> = c.tags.iter().collect();
                for tag in tags {
                    insert_tag.execute([&c.day, tag])?;
                }
                report.added.checkins += 1;
            }
        }
    }
    // Sessions have no natural key and there can be tens of thousands, so
    // the ones already held are looked up once, not once per row.
    type SessionKey = (String, String, u32, String);
    let mut held: std::collections::HashSet<SessionKey> = tx
        .prepare("SELECT exercise, saved_at, seconds_played, note FROM practice_session")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    let mut add_session = tx.prepare(
        "INSERT INTO practice_session (exercise, seconds_offered, seconds_played, finished,
             before_calm, before_kind, after_calm, after_kind, note, started_at, saved_at)
         VALUES (:exercise, :offered, :played, :finished, :bc, :bk, :ac, :ak, :note, :started, :saved)",
    )?;
    for s in &data.sessions {
        let key = (
            s.exercise.clone(),
            s.saved_at.clone(),
            s.seconds_played,
            s.note.clone(),
        );
        if held.contains(&key) {
            continue;
        }
        report.added.sessions += add_session.execute(named_params! {
            ":exercise": s.exercise,
            ":offered": s.seconds_offered,
            ":played": s.seconds_played,
            ":finished": s.finished,
            ":bc": s.before_calm,
            ":bk": s.before_kind,
            ":ac": s.after_calm,
            ":ak": s.after_kind,
            ":note": s.note,
            ":started": s.started_at,
            ":saved": s.saved_at,
        })?;
        held.insert(key);
    }
    let mut add_entry = tx.prepare(
        "INSERT INTO entry (title, body, prompt, tags, created_at, updated_at, deleted_at)
         SELECT :title, :body, :prompt, :tags, :created, :updated, :deleted
         WHERE NOT EXISTS (SELECT 1 FROM entry
                           WHERE created_at = :created AND title = :title AND body = :body)",
    )?;
    for e in &data.entries {
        report.added.entries += add_entry.execute(named_params! {
            ":title": e.title,
            ":body": e.body,
            ":prompt": e.prompt,
            ":tags": e.tags.join(&TAG_SEPARATOR.to_string()),
            ":created": e.created_at,
            ":updated": e.updated_at,
            ":deleted": e.deleted_at,
        })?;
    }
    let mut add_favourite = tx.prepare(
        "INSERT INTO favourite (exercise, added_at) VALUES (?1, ?2)
         ON CONFLICT (exercise) DO NOTHING",
    )?;
    for f in &data.favourites {
        report.added.favourites += add_favourite.execute([&f.exercise, &f.added_at])?;
    }
    let mut add_measure = tx.prepare(
        "INSERT INTO measure_result (measure, answers, day, taken_at)
         SELECT :measure, :answers, :day, :taken
         WHERE NOT EXISTS (SELECT 1 FROM measure_result
                           WHERE measure = :measure AND taken_at = :taken AND answers = :answers)",
    )?;
    for m in &data.measure_results {
        report.added.measure_results += add_measure.execute(named_params! {
            ":measure": m.measure,
            ":answers": m.answers,
            ":day": m.day,
            ":taken": m.taken_at,
        })?;
    }
    let mut add_contact = tx.prepare(
        "INSERT INTO contact (name, number, note)
         SELECT :name, :number, :note
         WHERE NOT EXISTS (SELECT 1 FROM contact WHERE name = :name AND number = :number)",
    )?;
    for c in &data.contacts {
        report.added.contacts += add_contact.execute(named_params! {
            ":name": c.name,
            ":number": c.number,
            ":note": c.note,
        })?;
    }
    let mut add_setting = tx
        .prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING")?;
    for s in &data.settings {
        report.added.settings += add_setting.execute([&s.key, &s.value])?;
    }
    let mut add_reminder = tx.prepare(
        "INSERT INTO reminder (kind, at, days, only_if_not_done, text, enabled, created_at)
         SELECT :kind, :at, :days, :only, :text, :enabled, :created
         WHERE NOT EXISTS (SELECT 1 FROM reminder
                           WHERE kind = :kind AND at = :at AND days = :days AND text = :text)",
    )?;
    for r in &data.reminders {
        report.added.reminders += add_reminder.execute(named_params! {
            ":kind": r.kind,
            ":at": r.at,
            ":days": r.days,
            ":only": r.only_if_not_done,
            ":text": r.text,
            ":enabled": r.enabled,
            ":created": r.created_at,
        })?;
    }
    // After the entries, so a writing step finds the entry it was done in.
    let mut add_path_event = tx.prepare(
        "INSERT INTO path_event (path, kind, step, entry, at)
         SELECT :path, :kind, :step,
                (SELECT id FROM entry WHERE created_at = :entry_created ORDER BY id LIMIT 1), :at
         WHERE NOT EXISTS (SELECT 1 FROM path_event
                           WHERE path = :path AND kind = :kind AND step IS :step AND at = :at)",
    )?;
    for p in &data.path_events {
        report.added.path_events += add_path_event.execute(named_params! {
            ":path": p.path,
            ":kind": p.kind,
            ":step": p.step,
            ":entry_created": p.entry_created_at,
            ":at": p.at,
        })?;
    }
    Ok(report)
}
