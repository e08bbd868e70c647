//! What Today shows, and the first-run welcome.

use crate::checkin::CheckIn;
use crate::notices::Notice;
use crate::path::PathNext;
use crate::prefs::Preferences;
use crate::reminder::NextReminder;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

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

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WelcomeAnswers {
    pub role: Option<crate::prefs::Role>,
    /// A country Get help lists.
    pub country: Option<String>,
    /// A daily check-in reminder at this local time.
    pub checkin_reminder: Option<chrono::NaiveTime>,
}
