//! Forms the shell writes (`screen_html`) and reads back: the fields a
//! written form held when she changed it, checked here by one reader per
//! form before anything is saved. A field that is unknown, repeated,
//! missing or out of its range refuses the whole form, and nothing in it
//! is saved. A value a person can get wrong (a reminder with no day, a
//! pause with no date) is refused with a sentence saying what to change.
//!
//! `preferences.rs` reads Settings' own choices; `reminders.rs` the
//! Reminders screen's forms; `export.rs` the Export screen's;
//! `settings.rs` the language and the backups; `help.rs` Get help's;
//! `privacy.rs` the privacy lock's; `measures.rs` a questionnaire's;
//! `welcome.rs` the first-run welcome.

mod export;
mod help;
mod measures;
mod preferences;
mod privacy;
mod reminders;
mod settings;
mod welcome;

pub use export::field as export_field;
pub use export::{DocumentDraft, ExportChange, ExportOffered, read_export};
pub use help::field as help_field;
pub use help::{ContactsChange, read_contacts, read_country};
pub use measures::field as measure_field;
pub use measures::{measure_of, read_measure};
pub use preferences::{boundaries, field, read_preferences};
pub use privacy::field as privacy_field;
pub use privacy::{PrivacyChange, read_privacy};
pub use reminders::field as reminder_field;
pub use reminders::{Draft, Offered, RemindersChange, read_reminders};
pub use settings::field as settings_field;
pub use settings::{BackupsChange, read_backups, read_language};
pub use welcome::field as welcome_field;
pub use welcome::{WELCOME_REMINDER_AT, read_welcome};

use crate::ipc::{ApiError, ErrorCode};

/// The forms the shell writes, by the name in their `data-form`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Settings' day boundary, colours, text size, role and ProQOL choice.
    Preferences,
    /// One reminder in the list: turned on or off, or deleted.
    Reminder,
    /// A new reminder: as she fills it in, and sent.
    ReminderAdd,
    /// Pausing every reminder until a day, or resuming them.
    Pause,
    /// The quiet hours.
    Quiet,
    /// The clock the reminders follow.
    Zone,
    /// Keeping Tend in the tray, and starting it at login.
    Desktop,
    /// Export's document: previewed as it changes, saved by its button.
    Document,
    /// The whole journal out as a backup or spreadsheets, or a backup in.
    Data,
    /// The language Tend speaks.
    Language,
    /// The automatic backups, and putting one back.
    Backups,
    /// The country whose helplines Get help shows.
    Country,
    /// Her own contacts on Get help.
    Contacts,
    /// Turning the privacy lock on.
    LockOn,
    /// The recovery key, shown once, written down.
    KeyNoted,
    /// Changing the passcode.
    LockChange,
    /// Turning the lock off.
    LockOff,
    /// The minutes unused before the journal locks itself.
    LockIdle,
    /// A questionnaire's answers.
    Measure,
    /// The first-run welcome.
    Welcome,
}

impl Form {
    pub const ALL: [Form; 20] = [
        Form::Preferences,
        Form::Reminder,
        Form::ReminderAdd,
        Form::Pause,
        Form::Quiet,
        Form::Zone,
        Form::Desktop,
        Form::Document,
        Form::Data,
        Form::Language,
        Form::Backups,
        Form::Country,
        Form::Contacts,
        Form::LockOn,
        Form::KeyNoted,
        Form::LockChange,
        Form::LockOff,
        Form::LockIdle,
        Form::Measure,
        Form::Welcome,
    ];

    /// The name its markup carries in `data-form`.
    pub fn id(self) -> &'static str {
        match self {
            Form::Preferences => "preferences",
            Form::Reminder => "reminder",
            Form::ReminderAdd => "reminder-add",
            Form::Pause => "reminders-pause",
            Form::Quiet => "quiet-hours",
            Form::Zone => "reminders-zone",
            Form::Desktop => "desktop",
            Form::Document => "document",
            Form::Data => "data",
            Form::Language => "language",
            Form::Backups => "backups",
            Form::Country => "country",
            Form::Contacts => "contacts",
            Form::LockOn => "lock-on",
            Form::KeyNoted => "key-noted",
            Form::LockChange => "lock-change",
            Form::LockOff => "lock-off",
            Form::LockIdle => "lock-idle",
            Form::Measure => "measure",
            Form::Welcome => "welcome",
        }
    }

    /// The form named `id`; an unknown name is refused.
    pub fn from_id(id: &str) -> Result<Form, ApiError> {
        Form::ALL
            .into_iter()
            .find(|f| f.id() == id)
            .ok_or_else(|| refused(format!("there is no form named {id:?}")))
    }
}

/// A form's fields as the page read them, each name with its value.
#[derive(Debug)]
pub struct Fields<'a> {
    all: &'a [(String, String)],
}

impl<'a> Fields<'a> {
    /// Refuses a field not in `known`, so a form cannot carry what its
    /// reader would silently drop.
    pub fn new(all: &'a [(String, String)], known: &[&str]) -> Result<Fields<'a>, ApiError> {
        if let Some((name, _)) = all.iter().find(|(n, _)| !known.contains(&n.as_str())) {
            return Err(refused(format!("the form has no field {name:?}")));
        }
        Ok(Fields { all })
    }

    /// The field's one value, or none; refused when it comes twice.
    pub fn optional(&self, name: &str) -> Result<Option<&'a str>, ApiError> {
        let mut found = self.all.iter().filter(|(n, _)| n == name);
        let first = found.next().map(|(_, v)| v.as_str());
        if found.next().is_some() {
            return Err(refused(format!("the field {name:?} came more than once")));
        }
        Ok(first)
    }

    /// Every value of a field that may come more than once (a day of
    /// the week ticked), in the order they came.
    pub fn all(&self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.all
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The field's one value; refused when it is missing.
    pub fn required(&self, name: &str) -> Result<&'a str, ApiError> {
        self.optional(name)?
            .ok_or_else(|| refused(format!("the field {name:?} is missing")))
    }
}

/// Whether the box `name` is ticked: it sends "on", or nothing.
pub(crate) fn ticked(fields: &Fields<'_>, name: &str) -> Result<bool, ApiError> {
    match fields.optional(name)? {
        None => Ok(false),
        Some("on") => Ok(true),
        Some(other) => Err(refused(format!("a box sends \"on\", not {other:?}"))),
    }
}

/// A form the reader refuses; the detail is for logs, she is told the
/// form could not be read.
pub(crate) fn refused(detail: String) -> ApiError {
    ApiError::new(ErrorCode::InvalidInput, detail)
}
