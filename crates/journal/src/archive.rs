//! The full backup as one JSON file, and bringing one back.
//!
//! The file holds everything the user kept, row by row as the journal
//! stores it, with a format version, the app's version, when it was made,
//! how many rows of each kind it holds and a SHA-256 of the data. Reading
//! one checks all of that, and every field, before the journal is touched;
//! then it is applied in one transaction or not at all. A row the journal
//! already holds is not added again, so importing a file twice adds nothing,
//! and nothing already in the journal is ever changed by an import.

use crate::{Journal, JournalError, TIME_FORMAT};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::{Connection, OptionalExtension, Transaction, named_params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tend_core::backup::Counts;
use tend_core::entry::{EntryDraft, MAX_BODY_BYTES, TAG_SEPARATOR};
use tend_core::path::PathEventKind;
use tend_core::practice::{Feeling, SessionRecord};
use tend_core::reminder::{Reminder, ReminderKind, Rule, Weekdays};
use tend_core::support::Contact;
use tend_core::{CheckInDraft, Context, Ratings, Tag};

/// What the file says it is.
pub(crate) const FORMAT: &str = "tend-backup";
/// The newest format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// Files larger than this are refused before they are read: ten years of
/// daily use is a few megabytes, and every entry at its largest would
/// still not come near it in practice.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// The most rows of one kind a file may hold.
const MAX_ROWS: usize = 1_000_000;
/// Longest exercise or measure id, setting key or date-time text.
const MAX_SHORT: usize = 200;
/// Longest setting value or session note.
const MAX_VALUE: usize = 64 * 1024;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Archive {
    format: String,
    format_version: u32,
    app_version: String,
    created_at: String,
    counts: Counts,
    /// "sha256:" and the hex digest of `data` written compactly.
    checksum: String,
    data: Data,
}

/// Only the fields every version will keep, read first so that a newer
/// file is refused for what it is rather than for a field we do not know.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    format_version: Option<u32>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    checkins: Vec<CheckinRow>,
    sessions: Vec<SessionRow>,
    entries: Vec<EntryRow>,
    favourites: Vec<FavouriteRow>,
    measure_results: Vec<MeasureRow>,
    contacts: Vec<ContactRow>,
    settings: Vec<SettingRow>,
    #[serde(default)]
    reminders: Vec<ReminderRow>,
    /// Left out when empty, so files from before the path keep their
    /// checksum.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    path_events: Vec<PathEventRow>,
}

impl Data {
    fn counts(&self) -> Counts {
        Counts {
            checkins: self.checkins.len(),
            sessions: self.sessions.len(),
            entries: self.entries.len(),
            favourites: self.favourites.len(),
            measure_results: self.measure_results.len(),
            contacts: self.contacts.len(),
            settings: self.settings.len(),
            reminders: self.reminders.len(),
            path_events: self.path_events.len(),
        }
    }

    fn checksum(&self) -> String {
        // Serialising plain structs of strings and numbers cannot fail.
        let bytes = serde_json::to_vec(self).unwrap_or_default();
        let digest = Sha256::digest(&bytes);
        let mut out = String::from("sha256:");
        for byte in digest {
            out.push_str(&format!("{byte:02x}"));
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckinRow {
    day: String,
    exhaustion: u8,
    stress: u8,
    mood: u8,
    sleep: u8,
    self_kindness: u8,
    meaning: u8,
    context: Option<String>,
    tags: Vec<String>,
    note: String,
    created_at: String,
    updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionRow {
    exercise: String,
    seconds_offered: u32,
    seconds_played: u32,
    finished: bool,
    before_calm: Option<u8>,
    before_kind: Option<u8>,
    after_calm: Option<u8>,
    after_kind: Option<u8>,
    note: String,
    started_at: Option<String>,
    saved_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryRow {
    title: String,
    body: String,
    prompt: Option<String>,
    tags: Vec<String>,
    created_at: String,
    updated_at: String,
    deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FavouriteRow {
    exercise: String,
    added_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureRow {
    measure: String,
    answers: String,
    day: String,
    taken_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactRow {
    name: String,
    number: String,
    note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReminderRow {
    kind: String,
    at: String,
    days: u8,
    only_if_not_done: bool,
    text: String,
    enabled: bool,
    created_at: String,
}

/// A step of the guided path; a writing step names its entry by the time
/// the entry was created, which a restore keeps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PathEventRow {
    path: String,
    kind: String,
    step: Option<String>,
    entry_created_at: Option<String>,
    at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingRow {
    key: String,
    value: String,
}

/// Why a backup file was not imported. The journal is exactly as it was.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {bytes} bytes, more than a Tend backup can be ({max} bytes)")]
    TooLarge { bytes: u64, max: u64 },
    #[error("the file is not a Tend backup: it is not JSON text ({0})")]
    NotJson(String),
    #[error("the file is not a Tend backup")]
    NotABackup,
    #[error(
        "the backup was made by a newer Tend (format {found}); this Tend reads format {FORMAT_VERSION} or older, so update Tend first"
    )]
    NewerFormat { found: u32 },
    #[error("the backup is incomplete or damaged: {0}")]
    Malformed(String),
    #[error(
        "the backup has been changed or damaged since it was made: its checksum does not match"
    )]
    Checksum,
    #[error("the backup is damaged: it says it holds {said} {what} but holds {found}")]
    Count {
        what: &'static str,
        said: usize,
        found: usize,
    },
    #[error("the backup's {what} number {index} is not valid: {why}")]
    Invalid {
        what: &'static str,
        index: usize,
        why: String,
    },
    #[error("{0}")]
    Journal(#[from] JournalError),
}

/// What an import added; rows already in the journal are not counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: Counts,
    /// Check-ins for a day the journal already had, with other answers:
    /// the journal's own were kept.
    pub days_kept: usize,
}

impl Journal {
    /// Everything in the journal as a backup file's bytes. `now` (UTC) is
    /// written as the creation time; nothing else depends on the clock.
    pub fn export_backup(&self, now: NaiveDateTime) -> Result<Vec<u8>, JournalError> {
        let data = read_all(&self.conn)?;
        let archive = Archive {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            created_at: now.format(TIME_FORMAT).to_string(),
            counts: data.counts(),
            checksum: data.checksum(),
            data,
        };
        let mut bytes = serde_json::to_vec_pretty(&archive).map_err(|_| JournalError::Damaged)?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// Checks a backup file's bytes completely, then adds what the journal
    /// does not hold yet in one transaction.
    pub fn import_backup(&mut self, bytes: &[u8]) -> Result<ImportReport, ImportError> {
        let data = parse(bytes)?;
        let tx = self.conn.transaction().map_err(JournalError::from)?;
        let report = apply(&tx, &data)?;
        tx.commit().map_err(JournalError::from)?;
        Ok(report)
    }
}

/// For the fuzz target only: any `data` part that parses, wrapped as a
/// whole backup with its true counts and checksum, so fuzzing reaches the
/// field checks and the import itself instead of stopping at the checksum.
#[cfg(feature = "fuzzing")]
pub fn seal_for_fuzzing(data: &[u8]) -> Option<Vec<u8>> {
    let data: Data = serde_json::from_slice(data).ok()?;
    let archive = Archive {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        created_at: "2026-11-30T00:00:00".to_owned(),
        counts: data.counts(),
        checksum: data.checksum(),
        data,
    };
    serde_json::to_vec(&archive).ok()
}

/// Reads and checks a backup without a journal: what `import_backup` does
/// before it touches anything. Returns the rows each kind holds.
pub fn check_backup(bytes: &[u8]) -> Result<Counts, ImportError> {
    parse(bytes).map(|data| data.counts())
}

fn parse(bytes: &[u8]) -> Result<Data, ImportError> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: size,
            max: MAX_FILE_BYTES,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| ImportError::NotJson("it holds bytes that are not UTF-8 text".into()))?;
    let header: Header = match serde_json::from_str(text) {
        Ok(h) => h,
        Err(e) if e.is_syntax() || e.is_eof() => return Err(ImportError::NotJson(e.to_string())),
        Err(_) => return Err(ImportError::NotABackup),
    };
    if header.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotABackup);
    }
    match header.format_version {
        Some(v) if v > FORMAT_VERSION => return Err(ImportError::NewerFormat { found: v }),
        Some(v) if v >= 1 => {}
        _ => return Err(ImportError::NotABackup),
    }
    let archive: Archive =
        serde_json::from_str(text).map_err(|e| ImportError::Malformed(e.to_string()))?;
    if archive.checksum != archive.data.checksum() {
        return Err(ImportError::Checksum);
    }
    let found = archive.data.counts();
    let said = archive.counts;
    for (what, said, found) in [
        ("check-ins", said.checkins, found.checkins),
        ("practice sessions", said.sessions, found.sessions),
        ("journal entries", said.entries, found.entries),
        ("favourites", said.favourites, found.favourites),
        (
            "questionnaire results",
            said.measure_results,
            found.measure_results,
        ),
        ("contacts", said.contacts, found.contacts),
        ("settings", said.settings, found.settings),
        ("reminders", said.reminders, found.reminders),
        ("steps of the path", said.path_events, found.path_events),
    ] {
        if said != found {
            return Err(ImportError::Count { what, said, found });
        }
        if found > MAX_ROWS {
            return Err(ImportError::Invalid {
                what,
                index: MAX_ROWS + 1,
                why: "there are more rows than Tend could have written".into(),
            });
        }
    }
    validate(&archive.data)?;
    Ok(archive.data)
}

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

fn validate(data: &Data) -> Result<(), ImportError> {
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

fn split_tags(stored: &str, separator: char) -> Vec<String> {
    stored
        .split(separator)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn read_all(conn: &Connection) -> Result<Data, JournalError> {
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

fn apply(tx: &Transaction<'_>, data: &Data) -> Result<ImportReport, JournalError> {
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

/// One cell of a CSV file: quoted when it must be, and a text that a
/// spreadsheet would run as a formula (starting with = + - or @, or a tab
/// or carriage return) gets a leading apostrophe so it shows as text.
pub fn csv_cell(text: &str) -> String {
    let risky = matches!(
        text.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    );
    let text = if risky {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn csv_file(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn opt<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(T::to_string).unwrap_or_default()
}

impl Journal {
    /// The journal as one CSV file per kind of row, for spreadsheets:
    /// (file name, contents). Deleted entries are left out.
    pub fn export_csv(&self) -> Result<Vec<(&'static str, String)>, JournalError> {
        let data = read_all(&self.conn)?;
        let checkins = csv_file(
            &[
                "day",
                "exhaustion",
                "stress",
                "mood",
                "sleep",
                "self_kindness",
                "meaning",
                "context",
                "tags",
                "note",
            ],
            data.checkins.iter().map(|c| {
                vec![
                    c.day.clone(),
                    c.exhaustion.to_string(),
                    c.stress.to_string(),
                    c.mood.to_string(),
                    c.sleep.to_string(),
                    c.self_kindness.to_string(),
                    c.meaning.to_string(),
                    opt(&c.context),
                    c.tags.join(" "),
                    c.note.clone(),
                ]
            }),
        );
        let sessions = csv_file(
            &[
                "started_at",
                "saved_at",
                "exercise",
                "seconds_offered",
                "seconds_played",
                "finished",
                "calm_before",
                "kind_before",
                "calm_after",
                "kind_after",
                "note",
            ],
            data.sessions.iter().map(|s| {
                vec![
                    opt(&s.started_at),
                    s.saved_at.clone(),
                    s.exercise.clone(),
                    s.seconds_offered.to_string(),
                    s.seconds_played.to_string(),
                    u8::from(s.finished).to_string(),
                    opt(&s.before_calm),
                    opt(&s.before_kind),
                    opt(&s.after_calm),
                    opt(&s.after_kind),
                    s.note.clone(),
                ]
            }),
        );
        let entries = csv_file(
            &[
                "created_at",
                "updated_at",
                "title",
                "tags",
                "prompt",
                "text",
            ],
            data.entries
                .iter()
                .filter(|e| e.deleted_at.is_none())
                .map(|e| {
                    vec![
                        e.created_at.clone(),
                        e.updated_at.clone(),
                        e.title.clone(),
                        e.tags.join("; "),
                        opt(&e.prompt),
                        e.body.clone(),
                    ]
                }),
        );
        let measures = csv_file(
            &["day", "questionnaire", "answers", "taken_at"],
            data.measure_results.iter().map(|m| {
                vec![
                    m.day.clone(),
                    m.measure.clone(),
                    m.answers.clone(),
                    m.taken_at.clone(),
                ]
            }),
        );
        let contacts = csv_file(
            &["name", "number", "note"],
            data.contacts
                .iter()
                .map(|c| vec![c.name.clone(), c.number.clone(), c.note.clone()]),
        );
        Ok(vec![
            ("checkins.csv", checkins),
            ("practice.csv", sessions),
            ("entries.csv", entries),
            ("questionnaires.csv", measures),
            ("contacts.csv", contacts),
        ])
    }
}
