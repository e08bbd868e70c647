//! What can go wrong, in words that never quote the journal's content.

use std::io;
use std::path::PathBuf;
use tend_core::{ApiError, CheckInError, ErrorCode, Said};

/// Why the journal could not be opened. The file is untouched in every case.
/// Displayed, it is said in the language being spoken now.
#[derive(Debug)]
pub enum OpenError {
    FolderUnwritable {
        folder: PathBuf,
        source: io::Error,
    },
    NotAJournal {
        folder: PathBuf,
    },
    TooNew {
        folder: PathBuf,
        found: usize,
        known: usize,
    },
    Damaged {
        folder: PathBuf,
    },
    Locked {
        folder: PathBuf,
    },
    Migration {
        folder: PathBuf,
        detail: String,
    },
    Sqlite {
        folder: PathBuf,
        source: rusqlite::Error,
    },
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.said(), f)
    }
}

impl std::error::Error for OpenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OpenError::FolderUnwritable { source, .. } => Some(source),
            OpenError::Sqlite { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl OpenError {
    /// The data folder the error is about.
    pub fn folder(&self) -> &std::path::Path {
        match self {
            OpenError::FolderUnwritable { folder, .. }
            | OpenError::NotAJournal { folder }
            | OpenError::TooNew { folder, .. }
            | OpenError::Damaged { folder }
            | OpenError::Locked { folder }
            | OpenError::Migration { folder, .. }
            | OpenError::Sqlite { folder, .. } => folder,
        }
    }

    /// What to tell her (the screens add the folder).
    pub fn said(&self) -> Said {
        match self {
            OpenError::FolderUnwritable { .. } => Said::new("open-error-folder"),
            OpenError::NotAJournal { .. } => Said::new("open-error-not-journal"),
            OpenError::TooNew { found, known, .. } => Said::new("open-error-newer")
                .with("found", *found)
                .with("known", *known),
            OpenError::Damaged { .. } => Said::new("open-error-damaged"),
            OpenError::Locked { .. } => Said::new("open-error-locked"),
            OpenError::Migration { .. } => Said::new("open-error-upgrade"),
            OpenError::Sqlite { .. } => Said::new("open-error-other"),
        }
    }

    /// British English, with the system's or SQLite's words, for logs.
    pub fn detail(&self) -> String {
        let said = self.said().english();
        match self {
            OpenError::FolderUnwritable { source, .. } => format!("{said}: {source}"),
            OpenError::Sqlite { source, .. } => format!("{said}: {source}"),
            OpenError::Migration { detail, .. } => format!("{said}: {detail}"),
            _ => said,
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            OpenError::FolderUnwritable { .. } => ErrorCode::DataFolderUnwritable,
            OpenError::NotAJournal { .. } => ErrorCode::NotAJournal,
            OpenError::TooNew { .. } => ErrorCode::JournalTooNew,
            OpenError::Damaged { .. } => ErrorCode::JournalDamaged,
            OpenError::Locked { .. } => ErrorCode::Locked,
            OpenError::Migration { .. } | OpenError::Sqlite { .. } => ErrorCode::Internal,
        }
    }
}

impl From<&OpenError> for ApiError {
    fn from(e: &OpenError) -> ApiError {
        ApiError {
            message: e.detail(),
            ..ApiError::said(e.code(), e.said())
        }
        .with_folder(e.folder().display().to_string())
    }
}

/// Why an operation on an open journal failed. The journal is as it was.
/// Displayed, it is said in the language being spoken now.
#[derive(Debug)]
pub enum JournalError {
    Invalid(CheckInError),
    InvalidSession(Said),
    InvalidEntry(Said),
    InvalidMeasure(Said),
    InvalidContact(Said),
    InvalidReminder(Said),
    /// A document, a path event or a setting asked for what cannot be.
    InvalidRequest(Said),
    UnknownZone(String),
    UnknownLanguage(String),
    NoSuchEntry,
    Full,
    Backup(std::io::Error),
    Damaged,
    Sqlite(rusqlite::Error),
}

impl JournalError {
    /// What to tell her. The detail of a system or SQLite error stays in
    /// [`JournalError::detail`], for logs.
    pub fn said(&self) -> Said {
        match self {
            JournalError::Invalid(e) => e.said(),
            JournalError::InvalidSession(s)
            | JournalError::InvalidEntry(s)
            | JournalError::InvalidMeasure(s)
            | JournalError::InvalidContact(s)
            | JournalError::InvalidReminder(s)
            | JournalError::InvalidRequest(s) => s.clone(),
            JournalError::UnknownZone(zone) => {
                Said::new("invalid-zone").with("zone", zone.as_str())
            }
            JournalError::UnknownLanguage(tag) => {
                Said::new("invalid-language").with("tag", tag.as_str())
            }
            JournalError::NoSuchEntry => Said::new("error-no-such-entry"),
            JournalError::Full => Said::new("error-storage_full"),
            JournalError::Backup(e) => io_said(e),
            JournalError::Damaged => Said::new("error-journal-value"),
            JournalError::Sqlite(_) => Said::new("error-journal-io"),
        }
    }

    /// British English, with a system's or SQLite's own words, for logs.
    pub fn detail(&self) -> String {
        match self {
            JournalError::Backup(e) => format!("{}: {e}", self.said().english()),
            JournalError::Sqlite(e) => format!("{}: {e}", self.said().english()),
            _ => self.said().english(),
        }
    }
}

/// What to tell her when a file could not be read or written, by kind; the
/// system's own words (English, and often technical) are for logs.
pub fn io_said(e: &io::Error) -> Said {
    // Tend's own refusals carry their sentence.
    if let Some(said) = e.get_ref().and_then(|inner| inner.downcast_ref::<Said>()) {
        return said.clone();
    }
    Said::new(match e.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => "error-io-full",
        io::ErrorKind::PermissionDenied => "error-io-permission",
        io::ErrorKind::ReadOnlyFilesystem => "error-io-read-only",
        io::ErrorKind::NotFound => "error-io-not-found",
        _ => "error-io-other",
    })
}

impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.said(), f)
    }
}

impl std::error::Error for JournalError {}

impl From<CheckInError> for JournalError {
    fn from(e: CheckInError) -> JournalError {
        JournalError::Invalid(e)
    }
}

impl From<rusqlite::Error> for JournalError {
    fn from(e: rusqlite::Error) -> JournalError {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => JournalError::Full,
            Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) => {
                JournalError::Damaged
            }
            _ => JournalError::Sqlite(e),
        }
    }
}

impl From<JournalError> for ApiError {
    fn from(e: JournalError) -> ApiError {
        let code = match &e {
            JournalError::Invalid(_)
            | JournalError::InvalidSession(_)
            | JournalError::InvalidEntry(_)
            | JournalError::InvalidMeasure(_)
            | JournalError::InvalidContact(_)
            | JournalError::InvalidRequest(_)
            | JournalError::UnknownZone(_)
            | JournalError::UnknownLanguage(_)
            | JournalError::InvalidReminder(_) => ErrorCode::InvalidInput,
            JournalError::NoSuchEntry => ErrorCode::NotFound,
            JournalError::Full => ErrorCode::StorageFull,
            JournalError::Backup(e) if e.kind() == std::io::ErrorKind::StorageFull => {
                ErrorCode::StorageFull
            }
            JournalError::Backup(_) => ErrorCode::Internal,
            JournalError::Damaged => ErrorCode::JournalDamaged,
            JournalError::Sqlite(_) => ErrorCode::Internal,
        };
        ApiError {
            message: e.detail(),
            ..ApiError::said(code, e.said())
        }
    }
}
