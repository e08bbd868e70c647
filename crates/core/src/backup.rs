//! Automatic backups: what they are called and which to keep. A snapshot
//! is taken once a day and before every schema upgrade; the last seven
//! daily snapshots are kept, and for the four weeks before them the newest
//! snapshot of each week. Snapshots taken before an upgrade are kept.

use chrono::{Datelike, Duration, IsoWeek, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The folder inside the data folder that holds the snapshots.
pub const FOLDER: &str = "backups";
const PREFIX: &str = "journal-";
const SUFFIX: &str = ".sqlite3";
const DAILY_KEPT: usize = 7;
const WEEKLY_KEPT: usize = 4;

/// What a snapshot is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The day's automatic snapshot.
    Daily {
        #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::date"))]
        day: NaiveDate,
    },
    /// Taken before the journal was upgraded to `schema`.
    BeforeUpgrade { schema: usize },
    /// The journal as it was when the user restored a backup over it, or
    /// when it could not be opened: kept, never deleted by rotation.
    SetAside { stamp: String },
}

/// One snapshot in the backups folder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    pub name: String,
    pub kind: Kind,
    pub bytes: u64,
}

pub fn daily_name(day: NaiveDate) -> String {
    format!("{PREFIX}{}{SUFFIX}", day.format("%Y-%m-%d"))
}

pub fn before_upgrade_name(schema: usize) -> String {
    format!("{PREFIX}before-schema-{schema}{SUFFIX}")
}

/// `stamp` is a UTC time the shell formats, such as `20261126T190501`.
pub fn set_aside_name(stamp: &str) -> String {
    format!("{PREFIX}set-aside-{stamp}{SUFFIX}")
}

/// What a file name in the backups folder says it is; none for a file
/// Tend did not write (which it then leaves alone).
pub fn kind_of(name: &str) -> Option<Kind> {
    let middle = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    if let Some(schema) = middle.strip_prefix("before-schema-") {
        return schema
            .parse()
            .ok()
            .map(|schema| Kind::BeforeUpgrade { schema });
    }
    if let Some(stamp) = middle.strip_prefix("set-aside-") {
        let ok = !stamp.is_empty() && stamp.chars().all(|c| c.is_ascii_alphanumeric());
        return ok.then(|| Kind::SetAside {
            stamp: stamp.to_owned(),
        });
    }
    let day = NaiveDate::parse_from_str(middle, "%Y-%m-%d").ok()?;
    (daily_name(day) == name).then_some(Kind::Daily { day })
}

/// The daily snapshots to delete: all but the newest seven, and, among
/// older ones, the newest of each of the four weeks before the seventh.
pub fn daily_to_remove(days: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut sorted: Vec<NaiveDate> = days.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted.dedup();
    let mut keep: BTreeSet<NaiveDate> = sorted.iter().take(DAILY_KEPT).copied().collect();
    if let Some(oldest_daily) = sorted.get(DAILY_KEPT.saturating_sub(1)) {
        let cut = *oldest_daily - Duration::weeks(WEEKLY_KEPT as i64);
        let mut weeks: BTreeSet<IsoWeek> = BTreeSet::new();
        for day in sorted.iter().skip(DAILY_KEPT) {
            if *day <= cut || weeks.len() == WEEKLY_KEPT {
                break;
            }
            if weeks.insert(day.iso_week()) {
                keep.insert(*day);
            }
        }
    }
    sorted.into_iter().filter(|d| !keep.contains(d)).collect()
}

/// How many rows of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    pub checkins: usize,
    pub sessions: usize,
    pub entries: usize,
    pub favourites: usize,
    pub measure_results: usize,
    pub contacts: usize,
    pub settings: usize,
    /// Absent from files made before reminders existed.
    #[serde(default)]
    pub reminders: usize,
    /// Absent from files made before the guided path existed.
    #[serde(default)]
    pub path_events: usize,
}

impl Counts {
    /// All rows together.
    pub fn total(&self) -> usize {
        self.checkins
            + self.sessions
            + self.entries
            + self.favourites
            + self.measure_results
            + self.contacts
            + self.settings
            + self.reminders
            + self.path_events
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: i64) -> NaiveDate {
        // A Monday.
        NaiveDate::from_ymd_opt(2026, 1, 5).expect("date") + Duration::days(n)
    }

    #[test]
    fn names_say_what_a_snapshot_is() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
        assert_eq!(daily_name(d), "journal-2026-11-26.sqlite3");
        assert_eq!(
            kind_of("journal-2026-11-26.sqlite3"),
            Some(Kind::Daily { day: d })
        );
        assert_eq!(
            kind_of(&before_upgrade_name(7)),
            Some(Kind::BeforeUpgrade { schema: 7 })
        );
        assert_eq!(
            kind_of(&set_aside_name("20261126T190501")),
            Some(Kind::SetAside {
                stamp: "20261126T190501".into()
            })
        );
        for other in [
            "journal.sqlite3",
            "journal-2026-13-01.sqlite3",
            "journal-2026-1-1.sqlite3",
            "journal-set-aside-../x.sqlite3",
            "notes.txt",
            "journal-2026-11-26.sqlite3.part",
        ] {
            assert_eq!(kind_of(other), None, "{other}");
        }
    }

    #[test]
    fn a_week_of_days_is_all_kept() {
        let days: Vec<_> = (0..7).map(day).collect();
        assert_eq!(daily_to_remove(&days), []);
    }

    #[test]
    fn after_seven_days_one_a_week_is_kept_for_four_weeks() {
        // Sixty days in a row from a Monday; week k runs over days
        // 7k..=7k+6.
        let days: Vec<_> = (0..60).map(day).collect();
        let removed = daily_to_remove(&days);
        let kept: Vec<i64> = (0..60).filter(|n| !removed.contains(&day(*n))).collect();
        // Days 53..=59 daily. Before them the newest left of each week:
        // 52 (week 7, whose later days are already kept), then the Sundays
        // 48, 41 and 34; four weeks, so nothing older.
        assert_eq!(kept, [34, 41, 48, 52, 53, 54, 55, 56, 57, 58, 59]);
    }

    #[test]
    fn gaps_in_use_keep_the_last_seven_snapshots_not_the_last_seven_days() {
        // Someone who opens Tend twice a week.
        let days: Vec<_> = (0..40).filter(|n| n % 3 == 0).map(day).collect();
        let removed = daily_to_remove(&days);
        let kept: Vec<_> = days.iter().filter(|d| !removed.contains(d)).collect();
        assert_eq!(kept.len(), 7 + 3, "{kept:?}");
        assert!(kept.contains(&&day(39)) && kept.contains(&&day(21)));
    }
}
