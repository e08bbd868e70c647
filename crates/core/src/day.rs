//! Which day a moment belongs to.
//!
//! Carers on night shifts check in after midnight; that check-in belongs to
//! the day they are finishing, not the one that has barely started. The day
//! therefore turns over at a boundary the user chooses (04:00 by default).

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The local time at which one journal day ends and the next begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DayBoundary(NaiveTime);

/// The latest boundary a user may choose: a day that starts after noon
/// would put the afternoon into yesterday.
const LATEST_BOUNDARY_HOUR: u32 = 12;

impl DayBoundary {
    /// 04:00: late enough for an evening shift, early enough for most mornings.
    pub const DEFAULT: DayBoundary = DayBoundary(match NaiveTime::from_hms_opt(4, 0, 0) {
        Some(t) => t,
        None => NaiveTime::MIN,
    });

    /// A boundary at `hour:minute`, from 00:00 up to 12:00.
    pub fn new(hour: u32, minute: u32) -> Option<DayBoundary> {
        if hour > LATEST_BOUNDARY_HOUR || (hour == LATEST_BOUNDARY_HOUR && minute > 0) {
            return None;
        }
        NaiveTime::from_hms_opt(hour, minute, 0).map(DayBoundary)
    }

    pub fn hour(self) -> u32 {
        self.0.hour()
    }

    pub fn minute(self) -> u32 {
        self.0.minute()
    }

    fn offset(self) -> Duration {
        Duration::seconds(i64::from(self.0.num_seconds_from_midnight()))
    }
}

impl Default for DayBoundary {
    fn default() -> Self {
        DayBoundary::DEFAULT
    }
}

impl fmt::Display for DayBoundary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl From<DayBoundary> for String {
    fn from(b: DayBoundary) -> String {
        b.to_string()
    }
}

impl TryFrom<String> for DayBoundary {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl std::str::FromStr for DayBoundary {
    type Err = String;

    /// Reads `HH:MM`, the form the journal stores and the UI sends.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || format!("a day boundary is a time from 00:00 to 12:00, not {text:?}");
        let (h, m) = text.split_once(':').ok_or_else(invalid)?;
        if h.len() != 2 || m.len() != 2 {
            return Err(invalid());
        }
        let hour = h.parse().map_err(|_| invalid())?;
        let minute = m.parse().map_err(|_| invalid())?;
        DayBoundary::new(hour, minute).ok_or_else(invalid)
    }
}

/// The journal day that the local wall-clock time `now` belongs to.
pub fn journal_day(now: NaiveDateTime, boundary: DayBoundary) -> NaiveDate {
    (now - boundary.offset()).date()
}

/// The wall-clock moment at which `day` ends under `boundary`: check-ins for
/// `day` can be changed until then.
pub fn day_ends_at(day: NaiveDate, boundary: DayBoundary) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN) + Duration::days(1) + boundary.offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{date} {time}"), "%Y-%m-%d %H:%M").unwrap()
    }

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn after_a_night_shift_the_check_in_counts_for_the_day_before() {
        let b = DayBoundary::DEFAULT;
        assert_eq!(
            journal_day(at("2026-11-27", "01:30"), b),
            date("2026-11-26")
        );
        assert_eq!(
            journal_day(at("2026-11-27", "03:59"), b),
            date("2026-11-26")
        );
    }

    #[test]
    fn the_day_turns_over_exactly_at_the_boundary() {
        let b = DayBoundary::DEFAULT;
        assert_eq!(
            journal_day(at("2026-11-27", "04:00"), b),
            date("2026-11-27")
        );
        assert_eq!(
            journal_day(at("2026-11-27", "23:59"), b),
            date("2026-11-27")
        );
    }

    #[test]
    fn a_midnight_boundary_follows_the_calendar() {
        let b = DayBoundary::new(0, 0).unwrap();
        assert_eq!(
            journal_day(at("2026-01-01", "00:00"), b),
            date("2026-01-01")
        );
        assert_eq!(
            journal_day(at("2025-12-31", "23:59"), b),
            date("2025-12-31")
        );
    }

    #[test]
    fn the_boundary_works_across_a_year_end() {
        let b = DayBoundary::new(6, 30).unwrap();
        assert_eq!(
            journal_day(at("2027-01-01", "06:29"), b),
            date("2026-12-31")
        );
        assert_eq!(
            day_ends_at(date("2026-12-31"), b),
            at("2027-01-01", "06:30")
        );
    }

    #[test]
    fn boundaries_past_noon_or_malformed_are_refused() {
        assert!(DayBoundary::new(12, 0).is_some());
        assert!(DayBoundary::new(12, 1).is_none());
        assert!(DayBoundary::new(13, 0).is_none());
        assert!(DayBoundary::new(4, 60).is_none());
        for bad in ["4:00", "04-00", "", "ab:cd", "04:00:00", "25:00"] {
            assert!(bad.parse::<DayBoundary>().is_err(), "{bad:?} was accepted");
        }
        assert_eq!("05:15".parse::<DayBoundary>().unwrap().to_string(), "05:15");
    }
}
