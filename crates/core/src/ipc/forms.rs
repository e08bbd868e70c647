//! What the page's one form driver sends and gets back: the fields of a
//! form the shell wrote, and the form written again as saved.

use super::{LanguageView, TodayView};
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

/// A written form as she left it: its `data-form` name and each field's
/// name and value, in the order the page read them. A field may hold a
/// passcode: the values are wiped when dropped, and never printed.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormFields {
    pub form: String,
    /// With the button that sent it, as its name and value, last.
    pub fields: Vec<(String, String)>,
    /// A button sent it (or Enter in one of its fields); otherwise one
    /// of its fields changed, in a form that is sent as it changes.
    #[serde(default)]
    pub sent: bool,
}

impl std::fmt::Debug for FormFields {
    /// The form and its fields' names, never what she typed in them.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FormFields")
            .field("form", &self.form)
            .field(
                "fields",
                &self.fields.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            )
            .field("sent", &self.sent)
            .finish()
    }
}

impl Drop for FormFields {
    fn drop(&mut self) {
        for (_, value) in &mut self.fields {
            value.zeroize();
        }
    }
}

/// The shell's answer to a form it has saved. It may show the recovery
/// key, once: its HTML is wiped when dropped and never printed.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct FormReply {
    /// The part written again, showing what is now saved; or, when
    /// `target` names one of its elements, that element written again
    /// (the form that was sent, as she is filling it in, or a list).
    pub html: String,
    /// The id of the element `html` writes again; none: the whole part.
    #[serde(default)]
    pub target: Option<String>,
    /// What to tell her, in her language; empty when nothing changed.
    #[serde(default)]
    pub said: String,
    /// Today's state, when what was saved changes it (her preferences).
    #[serde(default)]
    pub today: Option<TodayView>,
    /// The language now spoken, when she chose another: every screen
    /// changes at once.
    #[serde(default)]
    pub language: Option<LanguageView>,
}

impl std::fmt::Debug for FormReply {
    /// How long its HTML is, never what it says.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FormReply")
            .field("html_bytes", &self.html.len())
            .field("target", &self.target)
            .field("said", &self.said)
            .field("today", &self.today.is_some())
            .field("language", &self.language.is_some())
            .finish()
    }
}

impl Drop for FormReply {
    fn drop(&mut self) {
        self.html.zeroize();
    }
}
