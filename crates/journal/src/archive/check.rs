//! Every field of a backup checked before the journal is touched, each by
//! the parser that reads it back.

use super::format::*;
use super::*;

fn check_time(text: &str) -> Result<(), Said> {
    NaiveDateTime::parse_from_str(text, TIME_FORMAT)
        .map(drop)
        .map_err(|_| Said::new("import-why-time").with("value", text))
}

fn check_day(text: &str) -> Result<(), Said> {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) if d.format("%Y-%m-%d").to_string() == text => Ok(()),
        _ => Err(Said::new("import-why-day").with("value", text)),
    }
}

fn check_len(text: &str, max_chars: usize) -> Result<(), Said> {
    let chars = text.chars().count();
    if chars > max_chars {
        Err(Said::new("import-why-long")
            .with("chars", chars)
            .with("most", max_chars))
    } else {
        Ok(())
    }
}

fn check_rating(value: Option<u8>) -> Result<(), Said> {
    match value {
        Some(v) if v > 10 => Err(Said::new("import-why-rating").with("value", v)),
        _ => Ok(()),
    }
}

fn check_all<T>(
    what: &'static str,
    rows: &[T],
    check: impl Fn(&T) -> Result<(), Said>,
) -> Result<(), ImportError> {
    for (i, row) in rows.iter().enumerate() {
        check(row).map_err(|why| ImportError::Invalid {
            what,
            index: i + 1,
            why,
        })?;
    }
    Ok(())
}

pub(super) fn validate(data: &Data) -> Result<(), ImportError> {
    check_all(KIND_CHECKINS, &data.checkins, |c| {
        check_day(&c.day)?;
        let context = match &c.context {
            None => None,
            Some(id) => Some(
                Context::from_id(id)
                    .ok_or_else(|| Said::new("import-why-context").with("value", id.as_str()))?,
            ),
        };
        let tags = c
            .tags
            .iter()
            .map(|t| {
                Tag::from_id(t).ok_or_else(|| Said::new("import-why-tag").with("value", t.as_str()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let draft = CheckInDraft {
            ratings: Ratings {
                exhaustion: c.exhaustion,
                stress: c.stress,
                mood: c.mood,
                sleep: c.sleep,
                self_kindness: c.self_kindness,
                meaning: c.meaning,
            },
            context,
            tags,
            note: c.note.clone(),
        };
        draft.validate().map_err(|e| e.said())?;
        check_time(&c.created_at)?;
        check_time(&c.updated_at)
    })?;
    let mut days: Vec<&str> = data.checkins.iter().map(|c| c.day.as_str()).collect();
    days.sort_unstable();
    if let Some(pair) = days.windows(2).find(|w| w[0] == w[1]) {
        return Err(ImportError::Invalid {
            what: KIND_CHECKINS,
            index: data.checkins.len(),
            why: Said::new("import-why-two-days").with("day", pair[0]),
        });
    }
    let catalogue = tend_core::content::catalogue().map_err(|_| ImportError::Invalid {
        what: KIND_SESSIONS,
        index: 0,
        why: Said::new("error-content"),
    })?;
    check_all(KIND_SESSIONS, &data.sessions, |s| {
        if catalogue.get(&s.exercise).is_none() {
            return Err(Said::new("import-why-practice").with("value", s.exercise.as_str()));
        }
        let feeling = |calm: Option<u8>, kind: Option<u8>| {
            calm.zip(kind).map(|(calm, kind)| Feeling { calm, kind })
        };
        if !(1..=3600).contains(&s.seconds_offered) {
            return Err(Said::new("import-why-session-length"));
        }
        let record = SessionRecord {
            exercise: s.exercise.clone(),
            seconds_since_start: 0,
            seconds_offered: s.seconds_offered,
            seconds_played: s.seconds_played,
            finished: s.finished,
            before: feeling(s.before_calm, s.before_kind),
            after: feeling(s.after_calm, s.after_kind),
            note: s.note.clone(),
        };
        record.validate()?;
        for v in [s.before_calm, s.before_kind, s.after_calm, s.after_kind] {
            check_rating(v)?;
        }
        s.started_at.as_deref().map(check_time).transpose()?;
        check_time(&s.saved_at)
    })?;
    check_all(KIND_ENTRIES, &data.entries, |e| {
        if e.body.len() > MAX_BODY_BYTES {
            return Err(Said::new("invalid-entry-size").with("mb", MAX_BODY_BYTES / 1024 / 1024));
        }
        if e.tags
            .iter()
            .any(|t| t.is_empty() || t.contains(TAG_SEPARATOR))
        {
            return Err(Said::new("import-why-tag-empty"));
        }
        let draft = EntryDraft {
            id: None,
            title: e.title.clone(),
            body: e.body.clone(),
            prompt: e.prompt.clone(),
            tags: e.tags.clone(),
        };
        draft.validate()?;
        check_len(e.prompt.as_deref().unwrap_or(""), MAX_SHORT)?;
        check_time(&e.created_at)?;
        check_time(&e.updated_at)?;
        e.deleted_at.as_deref().map(check_time).transpose()?;
        Ok(())
    })?;
    check_all(KIND_FAVOURITES, &data.favourites, |f| {
        check_len(&f.exercise, MAX_SHORT)?;
        check_time(&f.added_at)
    })?;
    check_all(KIND_MEASURES, &data.measure_results, |m| {
        if m.measure.is_empty() || m.measure.chars().count() > 40 {
            return Err(Said::new("import-why-measure-name"));
        }
        if m.answers.is_empty()
            || m.answers.len() > 100
            || !m.answers.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(Said::new("import-why-answers"));
        }
        check_day(&m.day)?;
        check_time(&m.taken_at)
    })?;
    check_all(KIND_CONTACTS, &data.contacts, |c| {
        let contact = Contact {
            id: None,
            name: c.name.clone(),
            number: c.number.clone(),
            note: c.note.clone(),
        };
        contact.validate().map(drop)
    })?;
    check_all(KIND_PATH, &data.path_events, |p| {
        let kind = PathEventKind::from_id(&p.kind)
            .ok_or_else(|| Said::new("import-why-path-kind").with("value", p.kind.as_str()))?;
        let id_ok = |id: &str| !id.is_empty() && id.len() <= 64;
        if !id_ok(&p.path) || p.step.as_deref().is_some_and(|s| !id_ok(s)) {
            return Err(Said::new("invalid-path-name"));
        }
        if kind.has_step() != p.step.is_some() {
            return Err(Said::new("invalid-path-step"));
        }
        if let Some(created) = &p.entry_created_at {
            check_time(created)?;
        }
        check_time(&p.at)
    })?;
    check_all(KIND_REMINDERS, &data.reminders, |r| {
        let kind = ReminderKind::from_id(&r.kind)
            .ok_or_else(|| Said::new("import-why-reminder-kind").with("value", r.kind.as_str()))?;
        let time = NaiveTime::parse_from_str(&r.at, "%H:%M")
            .map_err(|_| Said::new("import-why-reminder-time").with("value", r.at.as_str()))?;
        if r.days == 0 || r.days > 127 {
            return Err(Said::new("invalid-reminder-days"));
        }
        let reminder = Reminder {
            id: None,
            kind,
            rule: Rule {
                time,
                days: Weekdays::from_mask(r.days),
            },
            only_if_not_done: r.only_if_not_done,
            text: r.text.clone(),
            enabled: r.enabled,
        };
        reminder.validate()?;
        check_time(&r.created_at)
    })?;
    check_all(KIND_SETTINGS, &data.settings, |s| {
        if s.key.is_empty() {
            return Err(Said::new("import-why-setting-name"));
        }
        check_len(&s.key, MAX_SHORT)?;
        check_len(&s.value, MAX_VALUE)?;
        crate::settings::check_setting(&s.key, &s.value)
    })?;
    Ok(())
}
