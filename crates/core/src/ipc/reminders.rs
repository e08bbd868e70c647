//! Reminders and the desktop settings beside them.

use crate::reminder::ReminderView;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemindersView {
    pub reminders: Vec<ReminderView>,
    /// Every reminder is silent until the end of this day.
    #[cfg_attr(
        target_arch = "wasm32",
        serde(deserialize_with = "crate::wire::date_opt", default)
    )]
    pub paused_until: Option<NaiveDate>,
    /// No reminder comes between these local times.
    #[cfg_attr(
        target_arch = "wasm32",
        serde(deserialize_with = "crate::wire::times_opt", default)
    )]
    pub quiet: Option<(NaiveTime, NaiveTime)>,
    /// Which clock the reminders' times are read on.
    pub zone: ZoneView,
    /// How Tend stays running on a desktop; none on a phone.
    pub desktop: Option<DesktopView>,
    /// Whether the system lets reminders be shown.
    #[serde(default)]
    pub notifications: Notifications,
}

/// Whether reminders can reach her. A desktop shows them without asking;
/// a phone asks her once, when she saves a reminder, and the screen says
/// so before it asks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notifications {
    #[default]
    Allowed,
    /// The phone will ask when she saves a reminder.
    WillAsk,
    /// She said no; only the phone's settings can change that.
    Refused,
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
