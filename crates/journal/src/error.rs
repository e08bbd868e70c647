//! What can go wrong, in words that never quote the journal's content.

use std::io;
use std::path::PathBuf;
use tend_core::{ApiError, CheckInError, ErrorCode};

/// Why the journal could not be opened. The file is untouched in every case.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("Tend cannot create or write its data folder: {source}")]
    FolderUnwritable {
        folder: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("the journal file in the data folder is not a Tend journal")]
    NotAJournal { folder: PathBuf },
    #[error(
        "the journal was written by a newer Tend (schema {found}; this version knows up to {known})"
    )]
    TooNew {
        folder: PathBuf,
        found: usize,
        known: usize,
    },
    #[error("the journal file is damaged: it failed SQLite's integrity check")]
    Damaged { folder: PathBuf },
    #[error("the journal is locked: it opens with its passcode or recovery key")]
    Locked { folder: PathBuf },
    #[error("the journal's schema could not be brought up to date: {detail}")]
    Migration { folder: PathBuf, detail: String },
    #[error("the journal could not be opened: {source}")]
    Sqlite {
        folder: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
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
        ApiError::new(e.code(), e.to_string()).with_folder(e.folder().display().to_string())
    }
}

/// Why an operation on an open journal failed. The journal is as it was.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("{0}")]
    Invalid(#[from] CheckInError),
    #[error("the practice session cannot be saved: {0}")]
    InvalidSession(String),
    #[error("the entry cannot be saved: {0}")]
    InvalidEntry(String),
    #[error("the answers cannot be saved: {0}")]
    InvalidMeasure(String),
    #[error("the contact cannot be saved: {0}")]
    InvalidContact(String),
    #[error("the reminder cannot be saved: {0}")]
    InvalidReminder(String),
    #[error("the document cannot be made: {0}")]
    InvalidRequest(String),
    #[error("{0} is not a time zone Tend knows")]
    UnknownZone(String),
    #[error("{0} is not a language Tend speaks")]
    UnknownLanguage(String),
    #[error("there is no such entry; it may have been deleted")]
    NoSuchEntry,
    #[error("the disk is full, so nothing was saved")]
    Full,
    #[error("the backup could not be written: {0}")]
    Backup(std::io::Error),
    #[error("the journal holds a value it should not; it may be damaged")]
    Damaged,
    #[error("the journal could not be read or written: {0}")]
    Sqlite(rusqlite::Error),
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
        ApiError::new(code, e.to_string())
    }
}
