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
use tend_core::{CheckInDraft, Context, Ratings, Said, Tag};

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

/// The kinds of row a backup holds, as the message ids that name them.
pub(crate) const KIND_CHECKINS: &str = "import-kind-checkins";
pub(crate) const KIND_SESSIONS: &str = "import-kind-sessions";
pub(crate) const KIND_ENTRIES: &str = "import-kind-entries";
pub(crate) const KIND_FAVOURITES: &str = "import-kind-favourites";
pub(crate) const KIND_MEASURES: &str = "import-kind-measures";
pub(crate) const KIND_CONTACTS: &str = "import-kind-contacts";
pub(crate) const KIND_SETTINGS: &str = "import-kind-settings";
pub(crate) const KIND_REMINDERS: &str = "import-kind-reminders";
pub(crate) const KIND_PATH: &str = "import-kind-path";

/// Why a backup file was not imported. The journal is exactly as it was.
/// Displayed, it is said in the language being spoken now.
#[derive(Debug)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: u64,
        max: u64,
    },
    /// Not JSON text; the parser's detail is for logs.
    NotJson(String),
    NotABackup,
    NewerFormat {
        found: u32,
    },
    /// JSON of the wrong shape; the parser's detail is for logs.
    Malformed(String),
    Checksum,
    Count {
        /// The kind of row, as its message id.
        what: &'static str,
        said: usize,
        found: usize,
    },
    Invalid {
        /// The kind of row, as its message id.
        what: &'static str,
        index: usize,
        why: Said,
    },
    Journal(JournalError),
}

impl ImportError {
    /// What to tell her.
    pub fn said(&self) -> Said {
        match self {
            ImportError::Empty => Said::new("import-error-empty"),
            ImportError::TooLarge { bytes, max } => Said::new("import-error-large")
                .with("mb", mebibytes(*bytes))
                .with("most", mebibytes(*max)),
            ImportError::NotJson(_) | ImportError::NotABackup => {
                Said::new("import-error-not-backup")
            }
            ImportError::NewerFormat { found } => Said::new("import-error-newer")
                .with("found", *found)
                .with("known", FORMAT_VERSION),
            ImportError::Malformed(_) => Said::new("import-error-damaged"),
            ImportError::Checksum => Said::new("import-error-checksum"),
            ImportError::Count { what, said, found } => Said::new("import-error-count")
                .with("what", Said::new(what))
                .with("said", *said)
                .with("found", *found),
            ImportError::Invalid { what, index, why } => Said::new("import-error-row")
                .with("what", Said::new(what))
                .with("index", *index)
                .with("why", why.clone()),
            ImportError::Journal(e) => e.said(),
        }
    }

    /// British English, with the parser's own words, for logs.
    pub fn detail(&self) -> String {
        let said = self.said().english();
        match self {
            ImportError::NotJson(d) | ImportError::Malformed(d) => format!("{said}: {d}"),
            ImportError::Journal(e) => e.detail(),
            _ => said,
        }
    }
}

/// Whole mebibytes, rounded up, for saying a size.
fn mebibytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.said(), f)
    }
}

impl std::error::Error for ImportError {}

impl From<JournalError> for ImportError {
    fn from(e: JournalError) -> Self {
        ImportError::Journal(e)
    }
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
        (KIND_CHECKINS, said.checkins, found.checkins),
        (KIND_SESSIONS, said.sessions, found.sessions),
        (KIND_ENTRIES, said.entries, found.entries),
        (KIND_FAVOURITES, said.favourites, found.favourites),
        (KIND_MEASURES, said.measure_results, found.measure_results),
        (KIND_CONTACTS, said.contacts, found.contacts),
        (KIND_SETTINGS, said.settings, found.settings),
        (KIND_REMINDERS, said.reminders, found.reminders),
        (KIND_PATH, said.path_events, found.path_events),
    ] {
        if said != found {
            return Err(ImportError::Count { what, said, found });
        }
        if found > MAX_ROWS {
            return Err(ImportError::Invalid {
                what,
                index: MAX_ROWS + 1,
                why: Said::new("import-why-rows"),
            });
        }
    }
    validate(&archive.data)?;
    Ok(archive.data)
}
