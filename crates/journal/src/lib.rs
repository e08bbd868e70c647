//! Tend's journal: one SQLite file in the user's data folder.
//!
//! This is the only crate that speaks SQL. Every change is one transaction,
//! so an operation that fails leaves the journal exactly as it was. Opening
//! never creates, truncates or overwrites a file that is not ours: a folder
//! we cannot write, a file that is not a Tend journal, a journal from a newer
//! Tend or a damaged one each get their own error, and the file is left alone.

mod archive;
mod backup;
mod cipher;
mod crypto;
mod durable;
mod entries;
mod error;
mod export;
#[doc(hidden)]
pub mod floor;
mod lock;
mod open;
mod path;
mod pdf;
mod reminders;
mod schema;
mod settings;
mod support;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, Row, named_params};
use std::path::{Path, PathBuf};
use tend_core::practice::{Feeling, Session, SessionRecord};
use tend_core::speech::{SpeechPrefs, SpeechRate, VoiceName, Volume};
use tend_core::{
    CheckIn, CheckInDraft, Context, DayBoundary, Preferences, Ratings, Role, Tag, TextSize, Theme,
};

#[cfg(feature = "fuzzing")]
pub use archive::seal_for_fuzzing;
pub use archive::{
    FORMAT_VERSION as BACKUP_FORMAT_VERSION, ImportError, ImportReport,
    MAX_FILE_BYTES as MAX_BACKUP_BYTES, check_backup, csv_cell,
};
pub use backup::{RestoreError, backups, restore};
pub use cipher::DataKey;
pub use durable::write_file;
pub use error::{JournalError, OpenError, io_said};
pub use export::{MAX_DOCUMENT_ENTRIES, check_request};
pub use lock::{
    DEFAULT_IDLE_MINUTES, KdfParams, LockError, MIN_PASSCODE_CHARS, Secret, is_locked, unlock,
};
pub use pdf::{Paper, PdfError, to_pdf};
pub use reminders::Due;
pub use schema::{LATEST_SCHEMA, TEND_APPLICATION_ID};

/// The journal's file name inside the data folder.
pub const FILE_NAME: &str = "journal.sqlite3";
/// The locked journal's file name.
pub const LOCKED_FILE_NAME: &str = "journal.locked.sqlite3";
/// The file that says the lock is on and holds the masked data key.
pub const KEY_FILE_NAME: &str = "lock.json";

const DAY_FORMAT: &str = "%Y-%m-%d";
pub(crate) const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";
const DAY_BOUNDARY_KEY: &str = "day_boundary";
const THEME_KEY: &str = "theme";
const TEXT_SIZE_KEY: &str = "text_size";
const PROFESSIONAL_KEY: &str = "professional";
const ROLE_KEY: &str = "role";
const WELCOMED_KEY: &str = "welcome.done";
const VOICE_KEY: &str = "speech.voice";
const SPEECH_RATE_KEY: &str = "speech.rate";
const VOLUME_KEY: &str = "speech.volume";

/// An open journal.
#[derive(Debug)]
pub struct Journal {
    conn: Connection,
    folder: PathBuf,
    /// The data key while the lock is on.
    key: Option<DataKey>,
}

impl Journal {
    /// Opens the journal in `folder`, creating the folder and a new journal
    /// if there is none, and bringing an older journal's schema up to date.
    /// A locked journal is not opened: see [`Journal::open_locked`].
    pub fn open(folder: &Path) -> Result<Journal, OpenError> {
        let conn = open::open(folder, None)?;
        Ok(Journal {
            conn,
            folder: folder.to_owned(),
            key: None,
        })
    }

    /// Opens the locked journal in `folder` with the key [`unlock`] gave.
    pub fn open_locked(folder: &Path, key: DataKey) -> Result<Journal, OpenError> {
        let conn = open::open(folder, Some(&key))?;
        // Snapshots a lock change left plain (it was cut short after the
        // lock took effect) are locked now; locked ones are left alone.
        backup::convert_snapshots(folder, None, Some(&key)).map_err(|e| OpenError::Migration {
            folder: folder.to_owned(),
            detail: format!("a backup could not be locked: {e}"),
        })?;
        Ok(Journal {
            conn,
            folder: folder.to_owned(),
            key: Some(key),
        })
    }

    /// Closes the connection and opens the journal again, locked with
    /// `key` or plain; used when the lock changes.
    fn reopen(&mut self, key: Option<DataKey>) -> Result<(), OpenError> {
        let closed = Connection::open_in_memory().map_err(|source| OpenError::Sqlite {
            folder: self.folder.clone(),
            source,
        })?;
        // Dropping the old connection closes it (and checkpoints its WAL).
        drop(std::mem::replace(&mut self.conn, closed));
        self.conn = open::open(&self.folder, key.as_ref())?;
        self.key = key;
        Ok(())
    }

    /// The data folder this journal lives in.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The schema version of the open journal.
    pub fn schema_version(&self) -> Result<usize, JournalError> {
        let v: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok(usize::try_from(v).unwrap_or(0))
    }

    /// SQLite's full integrity check; `Ok` when the file is sound.
    pub fn integrity_check(&self) -> Result<(), JournalError> {
        let result: String = self
            .conn
            .pragma_query_value(None, "integrity_check", |r| r.get(0))?;
        if result == "ok" {
            Ok(())
        } else {
            Err(JournalError::Damaged)
        }
    }

    /// Runs `read` on one snapshot of the journal: its reads see the same
    /// state, and SQLite takes its read lock once instead of once per
    /// query. Inside a transaction already, `read` simply runs in it. Only
    /// reads belong here (a snapshot's `VACUUM INTO`, say, cannot run in a
    /// transaction).
    pub fn in_one_read<T, E: From<JournalError>>(
        &self,
        read: impl FnOnce(&Self) -> Result<T, E>,
    ) -> Result<T, E> {
        if !self.conn.is_autocommit() {
            return read(self);
        }
        let snapshot = self
            .conn
            .unchecked_transaction()
            .map_err(JournalError::from)?;
        let value = read(self);
        // Ending a transaction that only read by rolling it back is the
        // same as committing it, and cannot fail where SQLite has already
        // ended it after an error a read put aside.
        drop(snapshot);
        value
    }

    /// The check-in for `day`, if there is one.
    pub fn checkin(&self, day: NaiveDate) -> Result<Option<CheckIn>, JournalError> {
        let sql = concat!(include_str!("sql/checkin_select.sql"), " WHERE c.day = ?1");
        let row = self
            .conn
            .prepare_cached(sql)?
            .query_row([day.format(DAY_FORMAT).to_string()], checkin_from_row)
            .optional()?;
        row.transpose()
    }

    /// The check-ins from `first` to `last`, both included, oldest first.
    pub fn checkins_between(
        &self,
        first: NaiveDate,
        last: NaiveDate,
    ) -> Result<Vec<CheckIn>, JournalError> {
        let sql = concat!(
            include_str!("sql/checkin_select.sql"),
            " WHERE c.day BETWEEN ?1 AND ?2 ORDER BY c.day"
        );
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(
            [
                first.format(DAY_FORMAT).to_string(),
                last.format(DAY_FORMAT).to_string(),
            ],
            checkin_from_row,
        )?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }

    /// Every check-in, oldest first.
    pub fn checkins(&self) -> Result<Vec<CheckIn>, JournalError> {
        let sql = concat!(include_str!("sql/checkin_select.sql"), " ORDER BY c.day");
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([], checkin_from_row)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }

    /// Saves the check-in for `day`, replacing one already saved for that
    /// day. `now` is the current UTC time, recorded as the change time.
    pub fn save_checkin(
        &mut self,
        day: NaiveDate,
        draft: CheckInDraft,
        now: NaiveDateTime,
    ) -> Result<CheckIn, JournalError> {
        let draft = draft.validate()?;
        let day_text = day.format(DAY_FORMAT).to_string();
        let tx = self.conn.transaction()?;
        {
            let r = draft.ratings;
            tx.prepare_cached(include_str!("sql/checkin_upsert.sql"))?
                .execute(named_params! {
                    ":day": day_text,
                    ":exhaustion": r.exhaustion,
                    ":stress": r.stress,
                    ":mood": r.mood,
                    ":sleep": r.sleep,
                    ":self_kindness": r.self_kindness,
                    ":meaning": r.meaning,
                    ":context": draft.context.map(Context::id),
                    ":note": draft.note,
                    ":now": now.format(TIME_FORMAT).to_string(),
                })?;
            tx.prepare_cached("DELETE FROM checkin_tag WHERE day = ?1")?
                .execute([&day_text])?;
            let mut insert =
                tx.prepare_cached("INSERT INTO checkin_tag (day, tag) VALUES (?1, ?2)")?;
            for tag in &draft.tags {
                insert.execute([day_text.as_str(), tag.id()])?;
            }
        }
        tx.commit()?;
        self.checkin(day)?.ok_or(JournalError::Damaged)
    }

    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>, JournalError> {
        let value = self
            .conn
            .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?;
        Ok(value)
    }

    /// When the journal day turns over; 04:00 until the user changes it.
    pub fn day_boundary(&self) -> Result<DayBoundary, JournalError> {
        match self.setting(DAY_BOUNDARY_KEY)? {
            None => Ok(DayBoundary::DEFAULT),
            Some(text) => text.parse().map_err(|_| JournalError::Damaged),
        }
    }

    /// The user's preferences; defaults for any never set. A theme or text
    /// size this build does not know (one chosen in a newer Tend) falls
    /// back to the default rather than locking the user out.
    pub fn preferences(&self) -> Result<Preferences, JournalError> {
        let theme = self
            .setting(THEME_KEY)?
            .and_then(|id| Theme::from_id(&id))
            .unwrap_or_default();
        let text_size = self
            .setting(TEXT_SIZE_KEY)?
            .and_then(|p| p.parse().ok())
            .and_then(TextSize::new)
            .unwrap_or_default();
        let professional = self.setting(PROFESSIONAL_KEY)?.as_deref() == Some("1");
        let role = self.setting(ROLE_KEY)?.and_then(|id| Role::from_id(&id));
        Ok(Preferences {
            day_boundary: self.day_boundary()?,
            theme,
            text_size,
            professional,
            role,
        })
    }

    /// Saves all preferences in one transaction.
    pub fn save_preferences(&mut self, prefs: Preferences) -> Result<(), JournalError> {
        let tx = self.conn.transaction()?;
        {
            let mut upsert = tx.prepare(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?;
            upsert.execute([DAY_BOUNDARY_KEY, &prefs.day_boundary.to_string()])?;
            upsert.execute([THEME_KEY, prefs.theme.id()])?;
            upsert.execute([TEXT_SIZE_KEY, &prefs.text_size.percent().to_string()])?;
            upsert.execute([PROFESSIONAL_KEY, if prefs.professional { "1" } else { "0" }])?;
            if let Some(role) = prefs.role {
                upsert.execute([ROLE_KEY, role.id()])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Whether the first-run welcome has been answered or skipped.
    pub fn welcomed(&self) -> Result<bool, JournalError> {
        Ok(self.setting(WELCOMED_KEY)?.is_some())
    }

    /// Remembers that the welcome was answered or skipped, with what she
    /// chose, in one transaction: her role, her country for Get help, and a
    /// daily check-in reminder. `now` is UTC.
    pub fn finish_welcome(
        &mut self,
        role: Option<Role>,
        country: Option<&str>,
        reminder: Option<tend_core::reminder::Reminder>,
        now: NaiveDateTime,
    ) -> Result<(), JournalError> {
        let reminder = reminder
            .map(|r| r.validate().map_err(JournalError::InvalidReminder))
            .transpose()?;
        let prefs = self.preferences()?;
        let tx = self.conn.transaction()?;
        {
            let mut upsert = tx.prepare(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?;
            if let Some(role) = role {
                let p = prefs.with_role(role);
                upsert.execute([ROLE_KEY, role.id()])?;
                upsert.execute([PROFESSIONAL_KEY, if p.professional { "1" } else { "0" }])?;
            }
            if let Some(code) = country {
                upsert.execute([support::COUNTRY_KEY, code])?;
            }
            upsert.execute([WELCOMED_KEY, &reminders::time_text(now)])?;
        }
        if let Some(r) = reminder {
            tx.execute(
                "INSERT INTO reminder (kind, at, days, only_if_not_done, text, enabled, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                rusqlite::params![
                    r.kind.id(),
                    r.rule.time.format("%H:%M").to_string(),
                    r.rule.days.mask(),
                    r.only_if_not_done,
                    r.text,
                    r.enabled,
                    reminders::time_text(now),
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The remembered voice, pace and volume of spoken guidance; a value
    /// this build cannot read (from a newer Tend) falls back to its default.
    pub fn speech_prefs(&self) -> Result<SpeechPrefs, JournalError> {
        let percent = |key| -> Result<Option<u16>, JournalError> {
            Ok(self.setting(key)?.and_then(|p| p.parse().ok()))
        };
        Ok(SpeechPrefs {
            voice: self
                .setting(VOICE_KEY)?
                .and_then(|name| VoiceName::new(&name)),
            rate: percent(SPEECH_RATE_KEY)?
                .and_then(SpeechRate::new)
                .unwrap_or_default(),
            volume: percent(VOLUME_KEY)?
                .and_then(Volume::new)
                .unwrap_or_default(),
        })
    }

    /// Remembers the voice, pace and volume in one transaction.
    pub fn save_speech_prefs(&mut self, prefs: &SpeechPrefs) -> Result<(), JournalError> {
        let tx = self.conn.transaction()?;
        {
            let mut upsert = tx.prepare(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?;
            match &prefs.voice {
                Some(voice) => {
                    upsert.execute([VOICE_KEY, voice.as_str()])?;
                }
                None => {
                    tx.execute("DELETE FROM setting WHERE key = ?1", [VOICE_KEY])?;
                }
            }
            upsert.execute([SPEECH_RATE_KEY, &prefs.rate.percent().to_string()])?;
            upsert.execute([VOLUME_KEY, &prefs.volume.percent().to_string()])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Stores one practice session; `now` is the UTC time of saving.
    pub fn save_session(
        &mut self,
        record: SessionRecord,
        now: NaiveDateTime,
    ) -> Result<Session, JournalError> {
        let record = record.validate().map_err(JournalError::InvalidSession)?;
        let started_at = now - chrono::Duration::seconds(i64::from(record.seconds_since_start));
        let split = |f: Option<Feeling>| (f.map(|f| f.calm), f.map(|f| f.kind));
        let (before_calm, before_kind) = split(record.before);
        let (after_calm, after_kind) = split(record.after);
        self.conn.execute(
            include_str!("sql/session_insert.sql"),
            named_params! {
                ":exercise": record.exercise,
                ":seconds_offered": record.seconds_offered,
                ":seconds_played": record.seconds_played,
                ":finished": record.finished,
                ":before_calm": before_calm,
                ":before_kind": before_kind,
                ":after_calm": after_calm,
                ":after_kind": after_kind,
                ":note": record.note,
                ":saved_at": now.format(TIME_FORMAT).to_string(),
                ":started_at": started_at.format(TIME_FORMAT).to_string(),
            },
        )?;
        Ok(Session {
            id: self.conn.last_insert_rowid(),
            record,
            saved_at: now,
            started_at: Some(started_at),
        })
    }

    /// The exercises marked as favourites, by id.
    pub fn favourites(&self) -> Result<Vec<String>, JournalError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT exercise FROM favourite ORDER BY exercise")?;
        let ids = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        Ok(ids)
    }

    /// Marks or unmarks an exercise as a favourite; doing it twice is harmless.
    pub fn set_favourite(
        &mut self,
        exercise: &str,
        on: bool,
        now: NaiveDateTime,
    ) -> Result<(), JournalError> {
        if on {
            self.conn.execute(
                "INSERT INTO favourite (exercise, added_at) VALUES (?1, ?2) ON CONFLICT (exercise) DO NOTHING",
                [exercise, &now.format(TIME_FORMAT).to_string()],
            )?;
        } else {
            self.conn
                .execute("DELETE FROM favourite WHERE exercise = ?1", [exercise])?;
        }
        Ok(())
    }

    /// Every practice session, oldest first.
    pub fn sessions(&self) -> Result<Vec<Session>, JournalError> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("sql/session_select.sql"))?;
        let rows = stmt.query_map([], |row| {
            let feeling = |calm: Option<u8>, kind: Option<u8>| {
                calm.zip(kind).map(|(calm, kind)| Feeling { calm, kind })
            };
            let saved_at: String = row.get("saved_at")?;
            let started_at: Option<String> = row.get("started_at")?;
            Ok((
                Session {
                    id: row.get("id")?,
                    record: SessionRecord {
                        exercise: row.get("exercise")?,
                        seconds_since_start: 0,
                        seconds_offered: row.get("seconds_offered")?,
                        seconds_played: row.get("seconds_played")?,
                        finished: row.get("finished")?,
                        before: feeling(row.get("before_calm")?, row.get("before_kind")?),
                        after: feeling(row.get("after_calm")?, row.get("after_kind")?),
                        note: row.get("note")?,
                    },
                    saved_at: NaiveDateTime::default(),
                    started_at: None,
                },
                saved_at,
                started_at,
            ))
        })?;
        let mut out = Vec::new();
        let parse = |text: &str| {
            NaiveDateTime::parse_from_str(text, TIME_FORMAT).map_err(|_| JournalError::Damaged)
        };
        for row in rows {
            let (mut session, saved_at, started_at) = row?;
            session.saved_at = parse(&saved_at)?;
            session.started_at = started_at.as_deref().map(parse).transpose()?;
            session.record.seconds_since_start = session.started_at.map_or(0, |start| {
                (session.saved_at - start).num_seconds().max(0) as u32
            });
            out.push(session);
        }
        Ok(out)
    }
}

/// Maps one row of `checkin_select.sql`. A value that the schema's checks
/// should have made impossible is reported as damage, not a panic.
fn checkin_from_row(row: &Row<'_>) -> rusqlite::Result<Result<CheckIn, JournalError>> {
    let day: String = row.get("day")?;
    let context: Option<String> = row.get("context")?;
    let tags: Option<String> = row.get("tags")?;
    let created: String = row.get("created_at")?;
    let updated: String = row.get("updated_at")?;
    let ratings = Ratings {
        exhaustion: row.get("exhaustion")?,
        stress: row.get("stress")?,
        mood: row.get("mood")?,
        sleep: row.get("sleep")?,
        self_kindness: row.get("self_kindness")?,
        meaning: row.get("meaning")?,
    };
    let note: String = row.get("note")?;
    Ok((|| {
        let damaged = |_| JournalError::Damaged;
        let context = match context {
            None => None,
            Some(id) => Some(Context::from_id(&id).ok_or(JournalError::Damaged)?),
        };
        let mut tags = tags
            .unwrap_or_default()
            .split(',')
            .filter(|t| !t.is_empty())
            .map(|t| Tag::from_id(t).ok_or(JournalError::Damaged))
            .collect::<Result<Vec<_>, _>>()?;
        tags.sort();
        Ok(CheckIn {
            day: NaiveDate::parse_from_str(&day, DAY_FORMAT).map_err(damaged)?,
            ratings,
            context,
            tags,
            note,
            created_at: NaiveDateTime::parse_from_str(&created, TIME_FORMAT).map_err(damaged)?,
            updated_at: NaiveDateTime::parse_from_str(&updated, TIME_FORMAT).map_err(damaged)?,
        })
    })())
}

#[cfg(test)]
mod tests;
