//! The full backup as one JSON file, and bringing one back.
//!
//! The file holds everything the user kept, row by row as the journal
//! stores it, with a format version, the app's version, when it was made,
//! how many rows of each kind it holds and a SHA-256 of the data. Reading
//! one checks all of that, and every field, before the journal is touched;
//! then it is applied in one transaction or not at all. A row the journal
//! already holds is not added again, so importing a file twice adds nothing,
//! and nothing already in the journal is ever changed by an import.

mod apply;
mod check;
mod csv;
mod format;
mod read;

pub use csv::csv_cell;

use crate::{Journal, JournalError, TIME_FORMAT};
use apply::apply;
use check::validate;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use format::{Archive, Data, Header};
use read::read_all;
use rusqlite::{Connection, OptionalExtension, Transaction, named_params};
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
