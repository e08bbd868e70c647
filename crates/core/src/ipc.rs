//! The contract between the UI and the shell: every command's name, its
//! request and response types, and the one error type that crosses IPC.
//!
//! The UI calls `invoke::<C>()` and the shell registers a handler named
//! `C::NAME`; both sides use these types, so a change here is a compile
//! error on both sides rather than a silent mismatch at run time.

use crate::backup::{Backup, Counts};
use crate::checkin::{CheckIn, CheckInDraft, CheckInError, Item};
use crate::entry::{Entry, EntryDraft, EntrySummary};
use crate::exercise::Catalogue;
use crate::insights::{Point, Span, SupportReason, TagEffect};
use crate::measure::{Measure, MeasureResult, ScaleScore};
use crate::practice::{Helps, SessionRecord};
use crate::prefs::Preferences;
use crate::reminder::{Reminder, ReminderKind, ReminderView};
use crate::summary::{Document, DocumentRequest, ExportRecord, Format};
use crate::support::{Contact, Country};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use std::fmt;

/// One IPC command. The shell's handler takes one argument, `request`.
pub trait Command {
    const NAME: &'static str;
    type Request: Serialize + DeserializeOwned;
    type Response: Serialize + DeserializeOwned;
}

/// The name of the single argument every command takes.
pub const REQUEST_ARG: &str = "request";

/// What the Today screen shows: the journal day and its check-in, if any.
#[derive(Debug)]
pub struct Today;

impl Command for Today {
    const NAME: &'static str = "today";
    type Request = ();
    type Response = TodayView;
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TodayView {
    /// The journal day it is now, after the day boundary.
    pub day: NaiveDate,
    pub checkin: Option<CheckIn>,
    pub preferences: Preferences,
    /// Local wall-clock time when today's check-in stops being editable.
    pub editable_until: NaiveDateTime,
    /// What Today mentions once, until it is set aside.
    #[serde(default)]
    pub notices: Vec<Notice>,
    /// The next reminder due, or that all are paused.
    #[serde(default)]
    pub next_reminder: Option<NextReminder>,
    /// The privacy lock is on: "Hide now" is offered everywhere.
    #[serde(default)]
    pub lock_on: bool,
    /// The guided path's next step, while the path is active.
    #[serde(default)]
    pub path_next: Option<PathNext>,
    /// Her country's line for a crisis, said beside a suggestion of
    /// support; none when her country is not listed.
    #[serde(default)]
    pub crisis: Option<crate::support::CrisisLine>,
    /// The first-run welcome is still to be answered or skipped.
    #[serde(default)]
    pub welcome: bool,
}

/// Answers the first-run welcome, or skips it (every choice empty). Either
/// way it is never shown again.
#[derive(Debug)]
pub struct FinishWelcome;

impl Command for FinishWelcome {
    const NAME: &'static str = "finish_welcome";
    type Request = WelcomeAnswers;
    type Response = TodayView;
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WelcomeAnswers {
    pub role: Option<crate::prefs::Role>,
    /// A country Get help lists.
    pub country: Option<String>,
    /// A daily check-in reminder at this local time.
    pub checkin_reminder: Option<chrono::NaiveTime>,
}

/// What Today says about reminders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextReminder {
    /// The next one, at a local time.
    At {
        at: NaiveDateTime,
        kind: ReminderKind,
        text: String,
        /// It falls on today's calendar date where it will ring (which,
        /// after midnight, can be a journal day later than Today's).
        #[serde(default)]
        on_today: bool,
    },
    /// Every reminder is paused until the end of this day.
    Paused { until: NaiveDate },
}

/// Something Today mentions until the user sets it aside.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    /// A periodic measure is due.
    MeasureDue { measure: String, name: String },
    /// A gentle suggestion to find support, and why.
    Support { reasons: Vec<SupportReason> },
}

impl Notice {
    /// The key it is set aside under.
    pub fn key(&self) -> String {
        match self {
            Notice::MeasureDue { measure, .. } => format!("measure.{measure}"),
            Notice::Support { .. } => "support".to_owned(),
        }
    }
}

/// Sets a notice aside: a measure until it is next due, the suggestion of
/// support for two weeks.
#[derive(Debug)]
pub struct DismissNotice;

impl Command for DismissNotice {
    const NAME: &'static str = "dismiss_notice";
    /// The notice's key.
    type Request = String;
    type Response = TodayView;
}

/// The periodic measures, whether each is offered and due, and every
/// answer so far with its scores.
#[derive(Debug)]
pub struct MeasuresList;

impl Command for MeasuresList {
    const NAME: &'static str = "measures";
    type Request = ();
    type Response = MeasuresView;
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasuresView {
    pub measures: Vec<MeasureStatus>,
    /// Her country's line for a crisis, said beside a result that
    /// suggests support; none when her country is not listed.
    #[serde(default)]
    pub crisis: Option<crate::support::CrisisLine>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureStatus {
    pub measure: Measure,
    /// Offered to this user (the ProQOL only to professionals).
    pub offered: bool,
    pub due: bool,
    /// Oldest first.
    pub results: Vec<ScoredResult>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoredResult {
    pub result: MeasureResult,
    pub scores: Vec<ScaleScore>,
}

/// Saves a full set of answers to one measure.
#[derive(Debug)]
pub struct SaveMeasure;

impl Command for SaveMeasure {
    const NAME: &'static str = "save_measure";
    type Request = MeasureAnswers;
    type Response = ScoredResult;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureAnswers {
    pub measure: String,
    pub answers: Vec<u8>,
}

/// Charts and patterns over a span ending today.
#[derive(Debug)]
pub struct Insights;

impl Command for Insights {
    const NAME: &'static str = "insights";
    type Request = Span;
    type Response = InsightsView;
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InsightsView {
    pub day: NaiveDate,
    pub span: Span,
    /// How many check-ins there are in all.
    pub checkins: usize,
    pub series: Vec<(Item, Vec<Point>)>,
    /// Tag effects on each item, where there are enough days.
    pub tag_effects: Vec<TagEffect>,
    pub days_since_break: Option<i64>,
    pub measures: MeasuresView,
}

/// The Get help screen: helplines for the chosen country and the user's
/// own contacts.
#[derive(Debug)]
pub struct Help;

impl Command for Help {
    const NAME: &'static str = "help";
    type Request = ();
    type Response = HelpView;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpView {
    /// The country shown: chosen, else from the system's locale when we
    /// list it; none when her country is not listed (then no country's
    /// numbers are shown, only the advice to call her local emergency
    /// number, her own contacts and the choice of a country).
    pub country: Option<String>,
    pub countries: Vec<Country>,
    pub contacts: Vec<Contact>,
}

/// Chooses the country whose helplines are shown.
#[derive(Debug)]
pub struct SetCountry;

impl Command for SetCountry {
    const NAME: &'static str = "set_country";
    type Request = String;
    type Response = HelpView;
}

/// Adds or changes one of the user's contacts.
#[derive(Debug)]
pub struct SaveContact;

impl Command for SaveContact {
    const NAME: &'static str = "save_contact";
    type Request = Contact;
    type Response = HelpView;
}

/// The automatic backups in the data folder, newest first. Answers even
/// when the journal could not be opened.
#[derive(Debug)]
pub struct Backups;

impl Command for Backups {
    const NAME: &'static str = "backups";
    type Request = ();
    type Response = Vec<Backup>;
}

/// Puts a backup in place of the journal (which is kept in the backups
/// folder) and opens it.
#[derive(Debug)]
pub struct RestoreBackup;

impl Command for RestoreBackup {
    const NAME: &'static str = "restore_backup";
    /// The backup's file name, as `Backups` listed it.
    type Request = String;
    type Response = TodayView;
}

/// Removes one of the user's contacts.
#[derive(Debug)]
pub struct DeleteContact;

impl Command for DeleteContact {
    const NAME: &'static str = "delete_contact";
    type Request = i64;
    type Response = HelpView;
}

/// Saves today's check-in, or replaces it if there is one. The shell picks
/// the day, so only today's check-in can ever be written.
#[derive(Debug)]
pub struct SaveCheckIn;

impl Command for SaveCheckIn {
    const NAME: &'static str = "save_checkin";
    type Request = CheckInDraft;
    type Response = TodayView;
}

/// Saves the user's preferences: the day boundary, theme and text size.
#[derive(Debug)]
pub struct SavePreferences;

impl Command for SavePreferences {
    const NAME: &'static str = "save_preferences";
    type Request = Preferences;
    type Response = TodayView;
}

/// The exercise library and what has helped so far.
#[derive(Debug)]
pub struct Practice;

impl Command for Practice {
    const NAME: &'static str = "practice";
    type Request = ();
    type Response = PracticeView;
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PracticeView {
    pub catalogue: Catalogue,
    pub helps: Vec<Helps>,
    /// Ids of the exercises marked as favourites.
    pub favourites: Vec<String>,
    /// The voice, pace and volume chosen for spoken guidance.
    #[serde(default)]
    pub speech: crate::speech::SpeechPrefs,
}

/// Remembers the voice, pace and volume of spoken guidance.
#[derive(Debug)]
pub struct SaveSpeech;

impl Command for SaveSpeech {
    const NAME: &'static str = "save_speech";
    type Request = crate::speech::SpeechPrefs;
    type Response = crate::speech::SpeechPrefs;
}

/// Marks or unmarks a favourite exercise; answers with all favourites.
#[derive(Debug)]
pub struct SetFavourite;

impl Command for SetFavourite {
    const NAME: &'static str = "set_favourite";
    type Request = FavouriteChange;
    type Response = Vec<String>;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FavouriteChange {
    pub exercise: String,
    pub favourite: bool,
}

/// Stores a finished or stopped session; answers with the updated helps.
#[derive(Debug)]
pub struct SaveSession;

impl Command for SaveSession {
    const NAME: &'static str = "save_session";
    type Request = SessionRecord;
    type Response = Vec<Helps>;
}

/// Journal entries holding every word typed; all entries when nothing is.
#[derive(Debug)]
pub struct SearchEntries;

impl Command for SearchEntries {
    const NAME: &'static str = "search_entries";
    type Request = String;
    type Response = Vec<EntrySummary>;
}

/// One journal entry, to read or edit.
#[derive(Debug)]
pub struct GetEntry;

impl Command for GetEntry {
    const NAME: &'static str = "get_entry";
    type Request = i64;
    type Response = Entry;
}

/// Saves an entry as it is being written (the editor calls it as you type).
#[derive(Debug)]
pub struct SaveEntry;

impl Command for SaveEntry {
    const NAME: &'static str = "save_entry";
    type Request = EntryDraft;
    type Response = Entry;
}

/// Deletes an entry in a way that `RestoreEntry` can undo.
#[derive(Debug)]
pub struct DeleteEntry;

impl Command for DeleteEntry {
    const NAME: &'static str = "delete_entry";
    type Request = i64;
    type Response = ();
}

/// Entries deleted in the last `RESTORE_DAYS` days.
#[derive(Debug)]
pub struct DeletedEntries;

impl Command for DeletedEntries {
    const NAME: &'static str = "deleted_entries";
    type Request = ();
    type Response = Vec<EntrySummary>;
}

/// How long a deleted entry is offered for restoring.
pub const RESTORE_DAYS: i64 = 30;

/// Brings back a deleted entry.
#[derive(Debug)]
pub struct RestoreEntry;

impl Command for RestoreEntry {
    const NAME: &'static str = "restore_entry";
    type Request = i64;
    type Response = ();
}

/// What the Export screen starts from: today and the entries that can be
/// picked.
#[derive(Debug)]
pub struct ExportSetup;

impl Command for ExportSetup {
    const NAME: &'static str = "export_setup";
    type Request = ();
    type Response = ExportSetupView;
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportSetupView {
    /// The journal day it is now.
    pub today: NaiveDate,
    /// Every entry, newest first; none is in a document unless picked.
    pub entries: Vec<EntrySummary>,
    /// The journal day each entry was last changed on, as (id, day): a letter
    /// written at 1 am before the day boundary belongs to the day before.
    pub entry_days: Vec<(i64, NaiveDate)>,
}

/// Earlier exports, newest first: when, what and which format.
#[derive(Debug)]
pub struct ExportLog;

impl Command for ExportLog {
    const NAME: &'static str = "export_log";
    type Request = ();
    type Response = Vec<ExportRecord>;
}

/// The document a request makes, for the preview: the same blocks the
/// saved file is written from.
#[derive(Debug)]
pub struct PreviewDocument;

impl Command for PreviewDocument {
    const NAME: &'static str = "preview_document";
    type Request = DocumentRequest;
    type Response = Document;
}

/// Makes a document and saves it where the user chooses in the system's
/// save dialog.
#[derive(Debug)]
pub struct SaveDocument;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveDocumentRequest {
    pub document: DocumentRequest,
    pub format: Format,
}

impl Command for SaveDocument {
    const NAME: &'static str = "save_document";
    type Request = SaveDocumentRequest;
    type Response = Saved;
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

/// Saves the whole journal as a backup file or spreadsheets.
#[derive(Debug)]
pub struct SaveData;

impl Command for SaveData {
    const NAME: &'static str = "save_data";
    type Request = DataExport;
    type Response = Saved;
}

/// Asks for a backup file in the system's open dialog, checks all of it,
/// and adds what the journal lacks.
#[derive(Debug)]
pub struct ImportData;

impl Command for ImportData {
    const NAME: &'static str = "import_data";
    type Request = ();
    type Response = Imported;
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

/// The reminders and whether they are paused.
#[derive(Debug)]
pub struct Reminders;

impl Command for Reminders {
    const NAME: &'static str = "reminders";
    type Request = ();
    type Response = RemindersView;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemindersView {
    pub reminders: Vec<ReminderView>,
    /// Every reminder is silent until the end of this day.
    pub paused_until: Option<NaiveDate>,
    /// No reminder comes between these local times.
    pub quiet: Option<(NaiveTime, NaiveTime)>,
    /// Which clock the reminders' times are read on.
    pub zone: ZoneView,
    /// How Tend stays running on a desktop; none on a phone.
    pub desktop: Option<DesktopView>,
}

/// The time zone reminders follow: the system's, or one the user pinned.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZoneView {
    /// The system's zone, by its tz database name ("Europe/London"); empty
    /// when the system does not say.
    pub system: String,
    /// The zone the user pinned, if any.
    pub pinned: Option<String>,
    /// Every zone that can be pinned, sorted by name.
    pub choices: Vec<String>,
}

/// Settings only a desktop has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DesktopView {
    pub settings: DesktopSettings,
    /// Whether the desktop shows tray icons; without one, closing the
    /// window always quits.
    pub tray_shown: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DesktopSettings {
    /// Closing the window keeps Tend in the tray, so reminders still come.
    pub keep_running: bool,
    /// Tend starts (in the tray) when the user logs in.
    pub start_at_login: bool,
}

impl Default for DesktopSettings {
    fn default() -> Self {
        DesktopSettings {
            keep_running: true,
            start_at_login: false,
        }
    }
}

/// Pins the reminders' time zone by name, or (None) follows the system's.
#[derive(Debug)]
pub struct SetZone;

impl Command for SetZone {
    const NAME: &'static str = "set_zone";
    type Request = Option<String>;
    type Response = ();
}

/// Changes the desktop-only settings.
#[derive(Debug)]
pub struct SetDesktop;

impl Command for SetDesktop {
    const NAME: &'static str = "set_desktop";
    type Request = DesktopSettings;
    type Response = ();
}

/// Sets the quiet hours, or (None) clears them.
#[derive(Debug)]
pub struct SetQuietHours;

impl Command for SetQuietHours {
    const NAME: &'static str = "set_quiet_hours";
    type Request = Option<(NaiveTime, NaiveTime)>;
    type Response = ();
}

/// Adds a reminder (no id) or changes one.
#[derive(Debug)]
pub struct SaveReminder;

impl Command for SaveReminder {
    const NAME: &'static str = "save_reminder";
    type Request = Reminder;
    type Response = Reminder;
}

/// Removes a reminder.
#[derive(Debug)]
pub struct DeleteReminder;

impl Command for DeleteReminder {
    const NAME: &'static str = "delete_reminder";
    type Request = i64;
    type Response = ();
}

/// Pauses every reminder until the end of a day, or (None) resumes them.
#[derive(Debug)]
pub struct PauseReminders;

impl Command for PauseReminders {
    const NAME: &'static str = "pause_reminders";
    type Request = Option<NaiveDate>;
    type Response = ();
}

/// A passcode, or the recovery key, as typed; wiped when dropped.
#[allow(missing_debug_implementations)] // it holds a secret
#[derive(Serialize, Deserialize)]
pub struct Secret {
    pub text: crate::secret::SecretText,
    /// The text is the recovery key, not the passcode.
    pub recovery: bool,
}

/// Opens the locked journal.
#[derive(Debug)]
pub struct Unlock;

impl Command for Unlock {
    const NAME: &'static str = "unlock";
    type Request = Secret;
    type Response = ();
}

/// Closes the journal at once ("Hide now"); it opens with the passcode.
#[derive(Debug)]
pub struct LockNow;

impl Command for LockNow {
    const NAME: &'static str = "lock_now";
    type Request = ();
    type Response = ();
}

/// The privacy lock's settings.
#[derive(Debug)]
pub struct Privacy;

impl Command for Privacy {
    const NAME: &'static str = "privacy";
    type Request = ();
    type Response = PrivacyView;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyView {
    pub lock_on: bool,
    /// Minutes without use before Tend locks itself.
    pub idle_minutes: u32,
    /// The fewest characters a passcode may have.
    pub min_passcode: usize,
}

/// The choices for locking after a while without use, in minutes.
pub const IDLE_MINUTES: [u32; 4] = [2, 5, 15, 30];

/// Turns the lock on with a passcode; answers with the recovery key, which
/// is shown once and kept nowhere.
#[derive(Debug)]
pub struct TurnLockOn;

impl Command for TurnLockOn {
    const NAME: &'static str = "turn_lock_on";
    /// The new passcode.
    type Request = crate::secret::SecretText;
    /// The recovery key, shown once.
    type Response = crate::secret::SecretText;
}

#[allow(missing_debug_implementations)] // it holds secrets
#[derive(Serialize, Deserialize)]
pub struct ChangePasscodeRequest {
    pub current: Secret,
    pub new: crate::secret::SecretText,
}

#[derive(Debug)]
pub struct ChangePasscode;

impl Command for ChangePasscode {
    const NAME: &'static str = "change_passcode";
    type Request = ChangePasscodeRequest;
    type Response = ();
}

/// Turns the lock off; the journal is written plain again.
#[derive(Debug)]
pub struct TurnLockOff;

impl Command for TurnLockOff {
    const NAME: &'static str = "turn_lock_off";
    type Request = Secret;
    type Response = ();
}

/// Sets how many idle minutes lock the journal.
#[derive(Debug)]
pub struct SetIdleMinutes;

impl Command for SetIdleMinutes {
    const NAME: &'static str = "set_idle_minutes";
    type Request = u32;
    type Response = ();
}

/// The guided path and where the user is on it.
#[derive(Debug)]
pub struct GuidedPathView;

impl Command for GuidedPathView {
    const NAME: &'static str = "guided_path";
    type Request = ();
    type Response = PathView;
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathView {
    pub path: crate::path::GuidedPath,
    pub progress: crate::path::Progress,
    /// The exercises' titles by id, for naming the steps.
    pub exercise_titles: Vec<(String, String)>,
    /// The questionnaires at the start and the end, once there are any.
    pub compare: Vec<crate::path::BeforeAfter>,
}

/// Starts, pauses, resumes or leaves the path, or marks a step done or not.
#[derive(Debug)]
pub struct PathAction;

impl Command for PathAction {
    const NAME: &'static str = "path_action";
    type Request = PathActionRequest;
    type Response = PathView;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathActionRequest {
    pub kind: crate::path::PathEventKind,
    /// The step, for done and undone.
    pub step: Option<String>,
    /// The journal entry a writing step was done in.
    pub entry: Option<i64>,
}

/// What Today suggests while the path is active.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathNext {
    /// Counted from 1.
    pub week: usize,
    pub title: String,
    pub step: crate::path::PathStep,
}

/// Every command's name, for the shell's permission list and its tests.
pub const COMMAND_NAMES: [&str; 46] = [
    Today::NAME,
    SaveCheckIn::NAME,
    SavePreferences::NAME,
    Practice::NAME,
    SaveSession::NAME,
    SearchEntries::NAME,
    GetEntry::NAME,
    SaveEntry::NAME,
    DeleteEntry::NAME,
    RestoreEntry::NAME,
    SetFavourite::NAME,
    DeletedEntries::NAME,
    DismissNotice::NAME,
    MeasuresList::NAME,
    SaveMeasure::NAME,
    Insights::NAME,
    Help::NAME,
    SetCountry::NAME,
    SaveContact::NAME,
    DeleteContact::NAME,
    Backups::NAME,
    RestoreBackup::NAME,
    ExportSetup::NAME,
    ExportLog::NAME,
    PreviewDocument::NAME,
    SaveDocument::NAME,
    SaveData::NAME,
    ImportData::NAME,
    Reminders::NAME,
    SaveReminder::NAME,
    DeleteReminder::NAME,
    PauseReminders::NAME,
    SetQuietHours::NAME,
    SetZone::NAME,
    SetDesktop::NAME,
    Unlock::NAME,
    LockNow::NAME,
    Privacy::NAME,
    TurnLockOn::NAME,
    ChangePasscode::NAME,
    TurnLockOff::NAME,
    SetIdleMinutes::NAME,
    GuidedPathView::NAME,
    PathAction::NAME,
    SaveSpeech::NAME,
    FinishWelcome::NAME,
];

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

#[cfg(test)]
mod tests {
    use super::*;

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
