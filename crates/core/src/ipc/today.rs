//! What Today shows, and the first-run welcome.

use crate::checkin::CheckIn;
use crate::path::PathNext;
use crate::prefs::Preferences;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TodayView {
    /// The journal day it is now, after the day boundary.
    #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::date"))]
    pub day: NaiveDate,
    pub checkin: Option<CheckIn>,
    pub preferences: Preferences,
    /// Local wall-clock time when today's check-in stops being editable.
    #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::dt"))]
    pub editable_until: NaiveDateTime,
    /// What Today mentions once, until it is set aside, as the shell wrote
    /// it (`screen_html::notice`).
    #[serde(default)]
    pub notices: Vec<NoticeCard>,
    /// One line on the next reminder due, or that all are paused or none
    /// is set, with the way to change them, as HTML
    /// (`screen_html::next_reminder`).
    #[serde(default)]
    pub next_reminder: String,
    /// The privacy lock is on: "Hide now" is offered everywhere.
    #[serde(default)]
    pub lock_on: bool,
    /// The guided path's next step, while the path is active.
    #[serde(default)]
    pub path_next: Option<PathNext>,
    /// The first-run welcome is still to be answered or skipped.
    #[serde(default)]
    pub welcome: bool,
}

/// A notice on Today: a questionnaire that is due, or a gentle suggestion
/// of support (with her country's line for a crisis when the reasons call
/// for it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeCard {
    /// What setting it aside sends (`DismissNotice`); its button carries
    /// the same key in `data-set-aside`.
    pub key: String,
    /// A suggestion of support, which comes before the check-in; a
    /// questionnaire comes after it.
    pub support: bool,
    /// The card, as HTML.
    pub html: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WelcomeAnswers {
    pub role: Option<crate::prefs::Role>,
    /// A country Get help lists.
    pub country: Option<String>,
    /// A daily check-in reminder at this local time.
    pub checkin_reminder: Option<chrono::NaiveTime>,
}
