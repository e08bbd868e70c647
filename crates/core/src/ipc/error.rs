//! The one error that crosses IPC.

use crate::checkin::CheckInError;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable, machine-readable reason. The UI chooses what to say from this,
/// never from the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request broke a rule (a rating out of range, a note too long).
    InvalidInput,
    /// The data folder cannot be created or written.
    DataFolderUnwritable,
    /// The journal file exists but is not a Tend journal.
    NotAJournal,
    /// The journal was written by a newer Tend than this one.
    JournalTooNew,
    /// The journal is a Tend journal but failed its integrity check.
    JournalDamaged,
    /// The thing asked for is not there (an entry deleted meanwhile).
    NotFound,
    /// The disk is full: nothing was saved.
    StorageFull,
    /// The journal is locked; it opens with its passcode or recovery key.
    Locked,
    /// Anything else; the message says what, without journal text.
    Internal,
}

impl ErrorCode {
    /// Codes that mean the journal could not be opened at all.
    pub fn is_journal_unavailable(self) -> bool {
        matches!(
            self,
            ErrorCode::DataFolderUnwritable
                | ErrorCode::NotAJournal
                | ErrorCode::JournalTooNew
                | ErrorCode::JournalDamaged
        )
    }
}

/// The only error that crosses IPC. Its message never holds journal text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    /// The data folder, when the error is about it, so the UI can name it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder: Option<String>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
            folder: None,
        }
    }

    pub fn with_folder(mut self, folder: impl Into<String>) -> ApiError {
        self.folder = Some(folder.into());
        self
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.folder {
            Some(folder) => write!(f, "{} (folder {folder})", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ApiError {}

impl From<CheckInError> for ApiError {
    fn from(e: CheckInError) -> ApiError {
        ApiError::new(ErrorCode::InvalidInput, e.to_string())
    }
}
