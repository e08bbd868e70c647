//! The practices and how they went.

use crate::exercise::Catalogue;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PracticeView {
    pub catalogue: Catalogue,
    /// "What helps me", as the shell wrote it (`screen_html::helps`).
    pub helps: String,
    /// Ids of the exercises marked as favourites.
    pub favourites: Vec<String>,
    /// The voice, pace and volume chosen for spoken guidance.
    #[serde(default)]
    pub speech: crate::speech::SpeechPrefs,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FavouriteChange {
    pub exercise: String,
    pub favourite: bool,
}

/// How long a deleted entry is offered for restoring.
pub const RESTORE_DAYS: i64 = 30;
