//! The one error that crosses IPC.

use crate::checkin::CheckInError;
use crate::said::Said;
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

/// The only error that crosses IPC. Nothing in it holds journal text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: ErrorCode,
    /// British English detail for logs; never shown to her.
    pub message: String,
    /// The data folder, when the error is about it, so the UI can name it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder: Option<String>,
    /// What to tell her, said in her language by whoever shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said: Option<Said>,
}

impl ApiError {
    /// An error with English detail for logs only: the screens say the
    /// code's own sentence.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
            folder: None,
            said: None,
        }
    }

    /// An error with a sentence for her, kept as a message id.
    pub fn said(code: ErrorCode, said: Said) -> ApiError {
        ApiError {
            code,
            message: said.english(),
            folder: None,
            said: Some(said),
        }
    }

    /// As [`ApiError::said`], with a system's own words (a file error's
    /// detail, in English) kept for logs.
    pub fn said_with_detail(code: ErrorCode, said: Said, detail: impl fmt::Display) -> ApiError {
        ApiError {
            message: format!("{}: {detail}", said.english()),
            ..ApiError::said(code, said)
        }
    }

    /// A request the screens never make (a hostile or outdated caller):
    /// `detail` is for logs.
    pub fn not_offered(detail: &str) -> ApiError {
        ApiError {
            message: detail.to_owned(),
            ..ApiError::said(ErrorCode::InvalidInput, Said::new("error-not-offered"))
        }
    }

    pub fn with_folder(mut self, folder: impl Into<String>) -> ApiError {
        self.folder = Some(folder.into());
        self
    }
}

/// The English detail, for logs.
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
        ApiError::said(ErrorCode::InvalidInput, e.said())
    }
}
