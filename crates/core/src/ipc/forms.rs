//! What the page's one form driver sends and gets back: the fields of a
//! form the shell wrote, and the form written again as saved.

use super::TodayView;
use serde::{Deserialize, Serialize};

/// A written form as she left it: its `data-form` name and each field's
/// name and value, in the order the page read them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormFields {
    pub form: String,
    pub fields: Vec<(String, String)>,
}

/// The shell's answer to a form it has saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormReply {
    /// The part written again, showing what is now saved.
    pub html: String,
    /// What to tell her, in her language; empty when nothing changed.
    #[serde(default)]
    pub said: String,
    /// Today's state, when what was saved changes it (her preferences).
    #[serde(default)]
    pub today: Option<TodayView>,
}
