//! The language Tend speaks.

use serde::{Deserialize, Serialize};

/// The language spoken now, where it comes from, and what else there is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageView {
    /// The language spoken now, as its tag.
    pub active: String,
    /// The one she chose in Settings; none follows the system.
    pub chosen: Option<String>,
    /// The language the system asks for, as Tend would speak it.
    pub system: String,
    /// Every language Tend speaks: its tag and its own name.
    pub choices: Vec<(String, String)>,
    /// What the page says in the active language, as
    /// `words::page_messages_of` writes it (the page holds no messages).
    pub messages: String,
    /// British English's, which the page falls back to message by message,
    /// when another language is spoken.
    pub english: Option<String>,
}
