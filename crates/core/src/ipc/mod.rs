//! The contract between the UI and the shell: every command's name, its
//! request and response types, and the one error type that crosses IPC.
//!
//! The UI calls `invoke::<C>()` and the shell registers a handler named
//! `C::NAME`; both sides use these types, so a change here is a compile
//! error on both sides rather than a silent mismatch at run time.

mod error;
mod export;
mod forms;
mod journal;
mod language;
mod path;
mod practice;
mod privacy;
mod reminders;
mod today;
mod wellbeing;

pub use error::*;
pub use export::*;
pub use forms::*;
pub use journal::*;
pub use language::*;
pub use path::*;
pub use practice::*;
pub use privacy::*;
pub use reminders::*;
pub use today::*;
pub use wellbeing::*;

// Types that moved to the rules they belong with, still reachable here.
pub use crate::measure::{MeasureStatus, ScoredResult};
pub use crate::notices::Notice;
pub use crate::path::PathNext;
pub use crate::reminder::NextReminder;

use crate::checkin::CheckInDraft;
use crate::entry::{Entry, EntryDraft, EntrySummary};
use crate::insights::Span;
use crate::practice::SessionRecord;
use serde::{Serialize, de::DeserializeOwned};

/// One IPC command. The shell's handler takes one argument, `request`.
/// Only the commands in [`with_commands!`](crate::with_commands) are
/// commands: the trait is sealed, so a command made anywhere else does not
/// build:
///
/// ```compile_fail
/// struct Mine;
///
/// impl tend_core::ipc::Command for Mine {
///     const NAME: &'static str = "mine";
///     type Request = ();
///     type Response = ();
/// }
/// ```
pub trait Command: sealed::Listed {
    const NAME: &'static str;
    type Request: Serialize + DeserializeOwned;
    type Response: Serialize + DeserializeOwned;
}

mod sealed {
    /// Implemented by the command list alone.
    pub trait Listed {}
}

/// The name of the single argument every command takes.
pub const REQUEST_ARG: &str = "request";

/// Every command, once: its type, its name, what it takes and what it
/// gives back. It hands the list to the macro `$then`, so each side builds
/// what it needs from these same lines: tend-core the types and
/// [`COMMAND_NAMES`], the shell its handlers. Adding a command is adding a
/// line here (and its handler, without which the shell does not build).
///
/// The request and response types are read where tend-core expands the
/// list; a macro given the list elsewhere uses only the names.
#[macro_export]
macro_rules! with_commands {
    ($then:ident) => {
        $then! {
        /// What the Today screen shows: the journal day and its check-in, if any.
        Today today: () => TodayView;
        /// Saves today's check-in, or replaces it if there is one. The shell picks
        /// the day, so only today's check-in can ever be written.
        SaveCheckIn save_checkin: CheckInDraft => TodayView;
        /// Settings' own choices, as a form the shell wrote (`screen_html::settings`).
        SettingsForm settings_form: () => String;
        /// Saves a form the shell wrote, as she left it, and writes it again.
        SubmitForm submit_form: FormFields => FormReply;
        /// The exercise library and what has helped so far.
        Practice practice: () => PracticeView;
        /// Stores a finished or stopped session.
        SaveSession save_session: SessionRecord => ();
        /// Journal entries holding every word typed, listed as HTML; all entries
        /// when nothing is.
        SearchEntries search_entries: String => Found;
        /// One journal entry, to read or edit.
        GetEntry get_entry: i64 => Entry;
        /// Saves an entry as it is being written (the editor calls it as you type).
        SaveEntry save_entry: EntryDraft => Entry;
        /// Deletes an entry in a way that `RestoreEntry` can undo.
        DeleteEntry delete_entry: i64 => ();
        /// Brings back a deleted entry.
        RestoreEntry restore_entry: i64 => ();
        /// Marks or unmarks a favourite exercise; answers with all favourites.
        SetFavourite set_favourite: FavouriteChange => Vec<String>;
        /// Entries deleted in the last `RESTORE_DAYS` days.
        DeletedEntries deleted_entries: () => Vec<EntrySummary>;
        /// Sets a notice aside: a measure until it is next due, the suggestion of
        /// support for two weeks.
        /// The notice's key.
        DismissNotice dismiss_notice: String => TodayView;
        /// The questionnaires' screen below its introduction, as HTML: whether
        /// each is offered and due, and her last result in plain words.
        MeasuresList measures: () => String;
        /// One questionnaire below the questionnaires' heading, its form as
        /// the shell wrote it (`screen_html::measure_screen`); that it is not
        /// offered, when it is not. The questionnaire's id.
        MeasureScreen measure_screen: String => String;
        /// About Tend below its heading, as HTML, with the questionnaires'
        /// credits and licences.
        AboutTend about: () => String;
        /// Charts and patterns over a span ending today.
        Insights insights: Span => InsightsScreen;
        /// Get help below its heading, as the shell wrote it
        /// (`screen_html::help_screen`): the emergency line, the country's form,
        /// the helplines and her contacts' form.
        HelpScreen help_screen: () => String;
        /// The country's form alone, for Settings.
        CountryForm country_form: () => String;
        /// The Export screen below its heading, as forms the shell wrote
        /// (`screen_html::export`).
        ExportScreen export_screen: () => String;
        /// Earlier exports, newest first: when, what and which format, as HTML.
        ExportLog export_log: () => String;
        /// The Reminders screen below its heading, as forms the shell wrote
        /// (`screen_html::reminders`).
        RemindersScreen reminders_screen: () => String;
        /// Opens the locked journal.
        Unlock unlock: Secret => ();
        /// Closes the journal at once ("Hide now"); it opens with the passcode.
        LockNow lock_now: () => ();
        /// The privacy lock's screen below its heading, as forms the shell
        /// wrote (`screen_html::privacy`).
        PrivacyScreen privacy_screen: () => String;
        /// The guided path and where the user is on it.
        GuidedPathView guided_path: () => PathView;
        /// Starts, pauses, resumes or leaves the path, or marks a step done or not.
        PathAction path_action: PathActionRequest => PathView;
        /// Remembers the voice, pace and volume of spoken guidance.
        SaveSpeech save_speech: $crate::speech::SpeechPrefs => $crate::speech::SpeechPrefs;
        /// The first-run welcome, as the shell wrote it (`screen_html::welcome`);
        /// answered or skipped through `SubmitForm`, and never shown again.
        WelcomeForm welcome_form: () => String;
        /// The language Tend speaks, the others it could, and the page's
        /// messages in it.
        Messages messages: () => LanguageView;
        /// Settings' choice of language, as a form the shell wrote
        /// (`screen_html::language_form`).
        LanguageForm language_form: () => String;
        /// The automatic backups as a form (`screen_html::backups`), the daily
        /// ones only when asked. Answers even when the journal could not be
        /// opened.
        BackupsForm backups_form: bool => String;
        }
    };
}

/// Makes each listed command's type and its `Command` implementation, and
/// the list of names.
macro_rules! define_commands {
    ($( $(#[$doc:meta])* $command:ident $name:ident : $request:ty => $response:ty ; )*) => {
        $(
            $(#[$doc])*
            #[derive(Debug)]
            pub struct $command;

            impl sealed::Listed for $command {}

            impl Command for $command {
                const NAME: &'static str = stringify!($name);
                type Request = $request;
                type Response = $response;
            }
        )*

        /// Every command's name, for the shell's permission list and its tests.
        pub const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

with_commands!(define_commands);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::Preferences;

    #[test]
    fn error_codes_are_stable_strings() {
        let e = ApiError::new(ErrorCode::DataFolderUnwritable, "x").with_folder("/d");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "data_folder_unwritable");
        assert_eq!(json["folder"], "/d");
        let back: ApiError = serde_json::from_value(json).unwrap();
        assert_eq!(back, e);
    }

    #[test]
    fn command_names_are_unique() {
        let mut names = COMMAND_NAMES.to_vec();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), COMMAND_NAMES.len());
    }

    #[test]
    fn requests_decode_from_what_the_ui_sends() {
        let draft: CheckInDraft = serde_json::from_str(
            r#"{"ratings":{"exhaustion":7,"stress":6,"mood":4,"sleep":3,"self_kindness":5,"meaning":8},
                "context":"caring_at_home","tags":["disturbed_night"],"note":"ok"}"#,
        )
        .unwrap();
        assert_eq!(draft.ratings.exhaustion, 7);
        let prefs: Preferences = serde_json::from_str(
            r#"{"day_boundary":"05:30","theme":"high_contrast","text_size":175}"#,
        )
        .unwrap();
        assert_eq!(prefs.day_boundary.to_string(), "05:30");
        assert_eq!(prefs.text_size.percent(), 175);
        let late = r#"{"day_boundary":"13:00","theme":"dark","text_size":100}"#;
        assert!(serde_json::from_str::<Preferences>(late).is_err());
    }
}
