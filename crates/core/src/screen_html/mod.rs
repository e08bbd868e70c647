//! The parts of screens that only show, written as HTML by the shell so
//! the UI's wasm carries neither their decoders nor their markup: the
//! Insights screen below its picker (`insights.rs`); the questionnaires'
//! screen, a result just saved, a score's lines and About (`measures.rs`);
//! one questionnaire's form and her result (`measure_form.rs`);
//! Get help's helplines and the line said when she may be unsafe
//! (`help.rs`); Today's notices and its line on reminders (`today.rs`);
//! Today below its heading and the window's frame, which the UI writes
//! too and the shell puts in `index.html` (`today_page.rs`);
//! "what helps me", the path's questionnaires before and after, and the
//! list of what has left the device (`practice.rs`); the journal's list of
//! entries (`journal.rs`); and Settings' own choices, the first form
//! the page's driver sends back as it is (`settings.rs`), and the
//! Reminders screen's forms (`reminders.rs`) and the Export screen's
//! (`export.rs`) and the privacy lock's (`privacy.rs`), read by
//! `crate::forms`; and the first-run welcome (`welcome.rs`).
//! Every text is escaped; nothing here has a style attribute, a script or
//! an event handler, so the page's CSP has nothing to block. The UI puts
//! the HTML in place as it comes.

mod backups;
mod export;
mod help;
mod help_forms;
mod insights;
mod journal;
mod measure_form;
mod measures;
mod practice;
mod privacy;
mod reminder_options;
mod reminders;
mod settings;
mod today;
mod today_page;
mod welcome;

pub use backups::backups;
pub use export::{DocumentShown, MAX_LISTED, data_form, data_section, document_form, export};
pub use help::{crisis_note, help, help_lines};
pub use help_forms::{contacts_form, country_form, help_screen};
pub use insights::insights;
pub use journal::entries;
pub use measure_form::{MEASURE_FORM_ID, measure_form, measure_saved, measure_screen};
pub use measures::{about, measure_result, measures, score_lines};
pub use practice::{export_log, helps, path_compare};
pub use privacy::{idle_form, privacy, recovery_key};
pub use reminder_options::{desktop_form, pause_form, quiet_form, zone_form};
pub use reminders::{reminder_add, reminder_list, reminder_switch, reminders};
pub use settings::{language_form, settings};
pub use today::{next_reminder, notice};
pub use today_page::{
    index_with_window, step_length, step_route, today_body, today_date, today_main, window_frame,
};
pub use welcome::welcome;

use crate::summary::escape_html as esc;

/// ` lang="…"` for words in a known language; nothing when it is not known
/// (an empty `lang` would tell a screen reader the language is unknown).
fn lang_attribute(lang: &str) -> String {
    if lang.is_empty() {
        String::new()
    } else {
        format!(" lang=\"{}\"", esc(lang))
    }
}

/// ` checked` for a box or choice that is on.
fn checked(on: bool) -> &'static str {
    if on { " checked" } else { "" }
}

/// ` selected` for the option chosen.
fn selected(on: bool) -> &'static str {
    if on { " selected" } else { "" }
}
