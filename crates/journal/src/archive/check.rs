//! Every field of a backup checked before the journal is touched, each by
//! the parser that reads it back.

use super::format::*;
use super::*;

fn check_time(text: &str) -> Result<(), String> {
    NaiveDateTime::parse_from_str(text, TIME_FORMAT)
        .map(drop)
        .map_err(|_| format!("{text:?} is not a date and time"))
}

fn check_day(text: &str) -> Result<(), String> {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) if d.format("%Y-%m-%d").to_string() == text => Ok(()),
        _ => Err(format!("{text:?} is not a date")),
    }
}

fn check_len(name: &str, text: &str, max_chars: usize) -> Result<(), String> {
    let chars = text.chars().count();
    if chars > max_chars {
        Err(format!(
            "its {name} is {chars} characters, more than {max_chars}"
        ))
    } else {
        Ok(())
    }
}

fn check_rating(name: &str, value: Option<u8>) -> Result<(), String> {
    match value {
        Some(v) if v > 10 => Err(format!("its {name} is {v}, more than 10")),
        _ => Ok(()),
    }
}

fn check_all<T>(
    what: &'static str,
    rows: &[T],
    check: impl Fn(&T) -> Result<(), String>,
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
    check_all("check-in", &data.checkins, |c| {
        check_day(&c.day)?;
        let context = match &c.context {
            None => None,
            Some(id) => Some(
                Context::from_id(id)
                    .ok_or_else(|| format!("{id:?} is not a context Tend knows"))?,
            ),
        };
        let tags = c
            .tags
            .iter()
            .map(|t| Tag::from_id(t).ok_or_else(|| format!("{t:?} is not a tag Tend knows")))
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
        draft.validate().map_err(|e| e.to_string())?;
        check_time(&c.created_at)?;
        check_time(&c.updated_at)
    })?;
    let mut days: Vec<&str> = data.checkins.iter().map(|c| c.day.as_str()).collect();
    days.sort_unstable();
    if let Some(pair) = days.windows(2).find(|w| w[0] == w[1]) {
        return Err(ImportError::Invalid {
            what: "check-in",
            index: data.checkins.len(),
            why: format!("there are two for {}", pair[0]),
        });
    }
    let catalogue = tend_core::content::catalogue().map_err(|why| ImportError::Invalid {
        what: "practice session",
        index: 0,
        why,
    })?;
    check_all("practice session", &data.sessions, |s| {
        if catalogue.get(&s.exercise).is_none() {
            return Err(format!("{:?} is not a practice Tend knows", s.exercise));
        }
        let feeling = |calm: Option<u8>, kind: Option<u8>| {
            calm.zip(kind).map(|(calm, kind)| Feeling { calm, kind })
        };
        if !(1..=3600).contains(&s.seconds_offered) {
            return Err("its length is not possible".into());
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
        for (name, v) in [
            ("calm before", s.before_calm),
            ("kindness before", s.before_kind),
            ("calm after", s.after_calm),
            ("kindness after", s.after_kind),
        ] {
            check_rating(name, v)?;
        }
        s.started_at.as_deref().map(check_time).transpose()?;
        check_time(&s.saved_at)
    })?;
    check_all("journal entry", &data.entries, |e| {
        if e.body.len() > MAX_BODY_BYTES {
            return Err(format!(
                "its text is {} bytes, more than {MAX_BODY_BYTES}",
                e.body.len()
            ));
        }
        if e.tags
            .iter()
            .any(|t| t.is_empty() || t.contains(TAG_SEPARATOR))
        {
            return Err("one of its tags is empty or holds a control character".into());
        }
        let draft = EntryDraft {
            id: None,
            title: e.title.clone(),
            body: e.body.clone(),
            prompt: e.prompt.clone(),
            tags: e.tags.clone(),
        };
        draft.validate()?;
        check_len("prompt", e.prompt.as_deref().unwrap_or(""), MAX_SHORT)?;
        check_time(&e.created_at)?;
        check_time(&e.updated_at)?;
        e.deleted_at.as_deref().map(check_time).transpose()?;
        Ok(())
    })?;
    check_all("favourite", &data.favourites, |f| {
        check_len("exercise", &f.exercise, MAX_SHORT)?;
        check_time(&f.added_at)
    })?;
    check_all("questionnaire result", &data.measure_results, |m| {
        if m.measure.is_empty() || m.measure.chars().count() > 40 {
            return Err("its questionnaire's name is empty or too long".into());
        }
        if m.answers.is_empty()
            || m.answers.len() > 100
            || !m.answers.bytes().all(|b| b.is_ascii_digit())
        {
            return Err("its answers are not a row of digits".into());
        }
        check_day(&m.day)?;
        check_time(&m.taken_at)
    })?;
    check_all("contact", &data.contacts, |c| {
        let contact = Contact {
            id: None,
            name: c.name.clone(),
            number: c.number.clone(),
            note: c.note.clone(),
        };
        contact.validate().map(drop)
    })?;
    check_all("step of the path", &data.path_events, |p| {
        let kind = PathEventKind::from_id(&p.kind)
            .ok_or_else(|| format!("{:?} is not something that happens on a path", p.kind))?;
        let id_ok = |id: &str| !id.is_empty() && id.len() <= 64;
        if !id_ok(&p.path) || p.step.as_deref().is_some_and(|s| !id_ok(s)) {
            return Err("its path or step has no proper name".into());
        }
        if kind.has_step() != p.step.is_some() {
            return Err("a step is named for done and undone, and only for them".into());
        }
        if let Some(created) = &p.entry_created_at {
            check_time(created)?;
        }
        check_time(&p.at)
    })?;
    check_all("reminder", &data.reminders, |r| {
        let kind = ReminderKind::from_id(&r.kind)
            .ok_or_else(|| format!("{:?} is not a kind of reminder Tend knows", r.kind))?;
        let time = NaiveTime::parse_from_str(&r.at, "%H:%M")
            .map_err(|_| format!("{:?} is not a time of day", r.at))?;
        if r.days == 0 || r.days > 127 {
            return Err("its days of the week are not possible".into());
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
    check_all("setting", &data.settings, |s| {
        if s.key.is_empty() {
            return Err("it has no name".into());
        }
        check_len("name", &s.key, MAX_SHORT)?;
        check_len("value", &s.value, MAX_VALUE)?;
        crate::settings::check_setting(&s.key, &s.value)
    })?;
    Ok(())
}
