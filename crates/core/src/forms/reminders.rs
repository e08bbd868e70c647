//! The Reminders screen's forms: each reminder turned on or off or
//! deleted; a new one as she fills it in and when she saves it; pausing
//! and resuming; quiet hours; the zone; the desktop's two settings.

use super::{Fields, Form, refused, ticked};
use crate::dates::parse_clock;
use crate::ipc::{ApiError, DesktopSettings, DesktopView, ErrorCode};
use crate::reminder::{MAX_REMINDER_TEXT, Reminder, ReminderKind, Rule, Weekdays};
use crate::said::Said;
use chrono::{NaiveDate, NaiveTime};

/// The fields' names, as the markup writes them.
pub mod field {
    /// Which reminder. (Never "id": a field's name becomes a property of
    /// its form in the page, and would hide the form's own id.)
    pub const ID: &str = "reminder";
    pub const ON: &str = "on";
    /// What a button sends: its name, with what it does as its value.
    pub const DO: &str = "do";
    pub const DELETE: &str = "delete";
    pub const PAUSE: &str = "pause";
    pub const RESUME: &str = "resume";
    pub const KIND: &str = "kind";
    pub const TEXT: &str = "text";
    pub const TIME: &str = "time";
    pub const DAY: &str = "day";
    pub const ONLY_IF: &str = "only-if";
    pub const UNTIL: &str = "until";
    pub const FROM: &str = "from";
    pub const TO: &str = "to";
    pub const ZONE: &str = "zone";
    pub const KEEP_RUNNING: &str = "keep-running";
    pub const START_AT_LOGIN: &str = "start-at-login";
    /// What a ticked box sends.
    pub const TICKED: &str = "on";
    /// The days' values, Monday first.
    pub const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
}

/// What the screen offers now, which a form's values must be among.
#[derive(Clone, Debug)]
pub struct Offered<'a> {
    /// Her local day: a pause ends today or later.
    pub today: NaiveDate,
    /// The reminders listed, by id.
    pub reminders: &'a [i64],
    /// Every zone that can be pinned.
    pub zones: &'a [String],
    /// The desktop's settings as saved and whether a tray shows; none on
    /// a phone, which has no such form.
    pub desktop: Option<DesktopView>,
}

/// A new reminder as she has filled it in so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub kind: ReminderKind,
    pub text: String,
    /// None while the time field is empty.
    pub time: Option<NaiveTime>,
    pub days: Weekdays,
    pub only_if_not_done: bool,
}

impl Default for Draft {
    /// A daily check-in at half past six in the evening, only if not done.
    fn default() -> Draft {
        Draft {
            kind: ReminderKind::CheckIn,
            text: String::new(),
            time: NaiveTime::from_hms_opt(18, 30, 0),
            days: Weekdays::EVERY_DAY,
            only_if_not_done: true,
        }
    }
}

impl Draft {
    /// Whether this kind of reminder can wait until the thing is done.
    pub fn has_only_if(kind: ReminderKind) -> bool {
        !matches!(kind, ReminderKind::Own | ReminderKind::Path)
    }
}

/// What one of the screen's forms asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemindersChange {
    Switch {
        id: i64,
        on: bool,
    },
    Delete(i64),
    /// Not sent yet: the new reminder's form as she has it.
    Draft(Draft),
    /// Sent: a new reminder, checked.
    Add(Reminder),
    Pause(NaiveDate),
    Resume,
    /// None: no quiet hours.
    Quiet(Option<(NaiveTime, NaiveTime)>),
    /// None: the system's zone.
    Zone(Option<String>),
    Desktop(DesktopSettings),
}

impl RemindersChange {
    /// What to tell her once it is saved.
    pub fn said(&self) -> Option<Said> {
        let id = match self {
            RemindersChange::Switch { on: true, .. } => "reminders-on-said",
            RemindersChange::Switch { on: false, .. } => "reminders-off-said",
            RemindersChange::Delete(_) => "reminders-deleted",
            RemindersChange::Draft(_) => return None,
            RemindersChange::Add(_) => "reminders-added",
            RemindersChange::Pause(_) => "reminders-paused-said",
            RemindersChange::Resume => "reminders-resumed",
            RemindersChange::Quiet(_) => "reminders-quiet-saved",
            RemindersChange::Zone(_) => "reminders-zone-saved",
            RemindersChange::Desktop(_) => "reminders-desktop-saved",
        };
        Some(Said::new(id))
    }
}

/// Reads one of the Reminders screen's forms; `sent` when a button sent
/// it rather than a change in one of its fields.
pub fn read_reminders(
    form: Form,
    fields: &[(String, String)],
    sent: bool,
    offered: &Offered<'_>,
) -> Result<RemindersChange, ApiError> {
    use field::*;
    match form {
        Form::Reminder => {
            let fields = Fields::new(fields, &[ID, ON, DO])?;
            let id = fields.required(ID)?;
            let id = offered
                .reminders
                .iter()
                .copied()
                .find(|r| r.to_string() == id)
                .ok_or_else(|| refused(format!("no reminder {id:?} is listed")))?;
            match (sent, fields.optional(DO)?) {
                (true, Some(DELETE)) => Ok(RemindersChange::Delete(id)),
                (false, None) => Ok(RemindersChange::Switch {
                    id,
                    on: ticked(&fields, ON)?,
                }),
                (_, other) => Err(refused(format!("a reminder cannot {other:?}"))),
            }
        }
        Form::ReminderAdd => {
            let fields = Fields::new(fields, &[KIND, TEXT, TIME, DAY, ONLY_IF, DO])?;
            let draft = read_draft(&fields)?;
            if !sent {
                return Ok(RemindersChange::Draft(draft));
            }
            let time = draft
                .time
                .ok_or_else(|| said(Said::new("invalid-reminder-time")))?;
            let reminder = Reminder {
                id: None,
                kind: draft.kind,
                rule: Rule {
                    time,
                    days: draft.days,
                },
                only_if_not_done: draft.only_if_not_done && Draft::has_only_if(draft.kind),
                text: draft.text,
                enabled: true,
            };
            Ok(RemindersChange::Add(reminder.validate().map_err(said)?))
        }
        Form::Pause => {
            let fields = Fields::new(fields, &[UNTIL, DO])?;
            match (sent, fields.optional(DO)?) {
                (true, Some(RESUME)) => Ok(RemindersChange::Resume),
                (true, Some(PAUSE)) => {
                    let day = match fields.optional(UNTIL)? {
                        None | Some("") => return Err(said(Said::new("invalid-pause-day"))),
                        Some(text) => crate::wire::parse_date(text)
                            .ok_or_else(|| refused(format!("{text:?} is not a date")))?,
                    };
                    if day < offered.today {
                        return Err(said(Said::new("invalid-pause-past")));
                    }
                    Ok(RemindersChange::Pause(day))
                }
                (_, other) => Err(refused(format!("pausing cannot {other:?}"))),
            }
        }
        Form::Quiet => {
            let fields = Fields::new(fields, &[FROM, TO])?;
            if !sent {
                return Err(refused("quiet hours are saved by their button".to_owned()));
            }
            let time = |name| -> Result<NaiveTime, ApiError> {
                match fields.required(name)? {
                    "" => Err(said(Said::new("invalid-quiet-time"))),
                    text => parse_clock(text)
                        .ok_or_else(|| refused(format!("{text:?} is not a time of day"))),
                }
            };
            let (from, to) = (time(FROM)?, time(TO)?);
            // Equal ends mean none at all.
            Ok(RemindersChange::Quiet((from != to).then_some((from, to))))
        }
        Form::Zone => {
            let fields = Fields::new(fields, &[ZONE])?;
            live_only(sent)?;
            match fields.required(ZONE)? {
                "" => Ok(RemindersChange::Zone(None)),
                name => offered
                    .zones
                    .iter()
                    .find(|z| *z == name)
                    .map(|z| RemindersChange::Zone(Some(z.clone())))
                    .ok_or_else(|| refused(format!("no zone {name:?} is offered"))),
            }
        }
        Form::Desktop => {
            let view = offered
                .desktop
                .ok_or_else(|| refused("a phone has no desktop settings".to_owned()))?;
            let fields = Fields::new(fields, &[KEEP_RUNNING, START_AT_LOGIN])?;
            live_only(sent)?;
            // Without a tray the box is not shown, and what is saved stays.
            let keep_running = if view.tray_shown {
                ticked(&fields, KEEP_RUNNING)?
            } else if fields.optional(KEEP_RUNNING)?.is_some() {
                return Err(refused("no tray, so no keeping Tend in it".to_owned()));
            } else {
                view.settings.keep_running
            };
            Ok(RemindersChange::Desktop(DesktopSettings {
                keep_running,
                start_at_login: ticked(&fields, START_AT_LOGIN)?,
            }))
        }
        Form::Preferences
        | Form::Document
        | Form::Data
        | Form::Language
        | Form::Backups
        | Form::Country
        | Form::Contacts
        | Form::LockOn
        | Form::KeyNoted
        | Form::LockChange
        | Form::LockOff
        | Form::LockIdle
        | Form::Measure
        | Form::Welcome => Err(refused("not a form of the Reminders screen".to_owned())),
    }
}

/// The new reminder's fields as they stand, each read as the form offers
/// it; the box "only if not done" is read only for kinds that show it.
fn read_draft(fields: &Fields<'_>) -> Result<Draft, ApiError> {
    use field::*;
    if fields.optional(DO)?.is_some_and(|d| d != "add") {
        return Err(refused("a new reminder is only added".to_owned()));
    }
    let kind = fields.required(KIND)?;
    let kind =
        ReminderKind::from_id(kind).ok_or_else(|| refused(format!("no reminder kind {kind:?}")))?;
    let time = match fields.required(TIME)? {
        "" => None,
        text => Some(parse_clock(text).ok_or_else(|| refused(format!("{text:?} is no time")))?),
    };
    let mut days = [false; 7];
    for day in fields.all(DAY) {
        let at = DAYS
            .iter()
            .position(|d| *d == day)
            .ok_or_else(|| refused(format!("no day {day:?}")))?;
        if days[at] {
            return Err(refused(format!("the day {day:?} came twice")));
        }
        days[at] = true;
    }
    // Kinds without the box carry it hidden, as it was, for a kind that
    // shows it, should she go back.
    let only_if_not_done = ticked(fields, ONLY_IF)?;
    let text = fields.optional(TEXT)?.unwrap_or_default();
    if text.chars().count() > MAX_REMINDER_TEXT {
        return Err(said(
            Said::new("invalid-reminder-words").with("most", MAX_REMINDER_TEXT),
        ));
    }
    Ok(Draft {
        kind,
        text: text.to_owned(),
        time,
        days: Weekdays(days),
        only_if_not_done,
    })
}

/// A form sent as it changes has no button to send it.
fn live_only(sent: bool) -> Result<(), ApiError> {
    if sent {
        return Err(refused("this form has no button".to_owned()));
    }
    Ok(())
}

/// A value she can put right, refused with a sentence saying how.
fn said(said: Said) -> ApiError {
    ApiError::said(ErrorCode::InvalidInput, said)
}
