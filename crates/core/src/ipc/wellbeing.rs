//! Questionnaires, Insights, Get help and the backups list.

use crate::checkin::CheckIn;
use crate::checkin::Item;
use crate::insights::{Point, Span, TagEffect, days_since_break, series, tag_effects};
use crate::measure::MeasureStatus;
use crate::support::Contact;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasuresView {
    pub measures: Vec<MeasureStatus>,
    /// Her country's line for a crisis, said beside a result that
    /// suggests support; none when her country is not listed.
    #[serde(default)]
    pub crisis: Option<crate::support::CrisisLine>,
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

impl InsightsView {
    /// Insights for `span` up to `day` from every check-in (oldest first)
    /// and the questionnaires' view: what the Insights command shows.
    pub fn of(checkins: &[CheckIn], day: NaiveDate, span: Span, measures: MeasuresView) -> Self {
        InsightsView {
            day,
            span,
            checkins: checkins.len(),
            series: Item::ALL
                .iter()
                .map(|item| (*item, series(checkins, *item, day, span)))
                .collect(),
            tag_effects: Item::ALL
                .iter()
                .flat_map(|item| tag_effects(checkins, *item))
                .collect(),
            days_since_break: days_since_break(checkins, day),
            measures,
        }
    }
}

/// The Insights screen for a span, below its picker, as the shell wrote it
/// from an `InsightsView` (`screen_html::insights`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InsightsScreen {
    pub span: Span,
    pub html: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpView {
    /// The country shown: chosen, else from the system's locale when we
    /// list it; none when her country is not listed (then no country's
    /// numbers are shown, only the advice to call her local emergency
    /// number, her own contacts and the choice of a country).
    pub country: Option<String>,
    /// Every country we list, to choose from.
    pub countries: Vec<CountryName>,
    /// What to do when in danger now: her country's emergency number, or
    /// her local one when her country is not listed.
    pub urgent: String,
    /// Her country's helplines, or that her country is not listed, as the
    /// shell wrote them (`screen_html::help_lines`).
    pub lines: String,
    pub contacts: Vec<Contact>,
}

/// A country to choose, by its code and its name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryName {
    pub code: String,
    pub name: String,
}
