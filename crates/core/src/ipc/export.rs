//! Summaries, reflective drafts, and the backup file.

use crate::backup::Counts;
use crate::entry::EntrySummary;
use crate::summary::{DocumentRequest, Format};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportSetupView {
    /// The journal day it is now.
    #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::date"))]
    pub today: NaiveDate,
    /// Every entry, newest first; none is in a document unless picked.
    pub entries: Vec<EntrySummary>,
    /// The journal day each entry was last changed on, as (id, day): a letter
    /// written at 1 am before the day boundary belongs to the day before.
    #[cfg_attr(
        target_arch = "wasm32",
        serde(deserialize_with = "crate::wire::id_dates")
    )]
    pub entry_days: Vec<(i64, NaiveDate)>,
}

/// A document as the Export screen previews it: its blocks already written
/// as HTML by `summary::preview_html` (escaped, no scripts, no styles), so
/// the UI carries no decoder or writer of its own for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentPreview {
    pub html: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveDocumentRequest {
    pub document: DocumentRequest,
    pub format: Format,
}

/// What a save dialog came to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Saved {
    /// Written, whole, to this path.
    Saved { path: String },
    /// The user closed the dialog; nothing was written.
    Cancelled,
}

/// The kinds of full export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataExport {
    /// One JSON file that can be restored.
    Backup,
    /// A folder of CSV files for spreadsheets.
    Spreadsheets,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Imported {
    /// What was added; `days_kept` check-ins were already here, different,
    /// and the journal's own were kept.
    Added {
        added: Counts,
        days_kept: usize,
    },
    Cancelled,
}
