//! When a reminder fires: pure functions of its rule, the days it already
//! fired, the last time the clock was read, now, and a time zone. Never
//! "now plus 24 hours": each occurrence is the rule's local time on a local
//! day, resolved in the zone, so clock changes, zone changes and sleep all
//! come out right.
//!
//! - A local time that does not exist (the spring-forward gap) fires at the
//!   first valid instant after the gap, the same day. A day that did not
//!   exist at all (Samoa skipped 30 December 2011) has no occurrence.
//! - A local time that happens twice (the fall-back overlap) fires once, at
//!   the first of the two.
//! - After the machine slept or was off, only the latest missed occurrence
//!   is sent, and only within a grace window: never a flood.
//! - Each reminder fires at most once per local day (the caller keeps the
//!   days in its journal).

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Timelike, Utc,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The days of the week a reminder fires, Monday first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weekdays(pub [bool; 7]);

impl Weekdays {
    pub const EVERY_DAY: Weekdays = Weekdays([true; 7]);
    pub const WORKDAYS: Weekdays = Weekdays([true, true, true, true, true, false, false]);

    pub fn includes(self, day: NaiveDate) -> bool {
        self.0[day.weekday().num_days_from_monday() as usize]
    }
}

/// When a reminder fires.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub time: NaiveTime,
    pub days: Weekdays,
}

/// How long after a missed occurrence a catch-up is still worth sending.
pub const GRACE: Duration = Duration::hours(3);

/// The instant `rule` fires on the local day `day` in `tz`, if it fires
/// that day.
pub fn occurrence<Tz: TimeZone>(rule: Rule, day: NaiveDate, tz: &Tz) -> Option<DateTime<Utc>> {
    if !rule.days.includes(day) {
        return None;
    }
    let local = day.and_time(rule.time);
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        // Fall back: the first of the two.
        LocalResult::Ambiguous(first, second) => {
            Some(first.with_timezone(&Utc).min(second.with_timezone(&Utc)))
        }
        // Spring forward: the first minute after the gap, the same day.
        LocalResult::None => (1..=24 * 60)
            .map(|m| local + Duration::minutes(m))
            .take_while(|t| t.date() == day)
            .find_map(|t| tz.from_local_datetime(&t).earliest())
            .map(|t| t.with_timezone(&Utc)),
    }
}

/// The local day an instant falls on in `tz`.
pub fn local_day<Tz: TimeZone>(at: DateTime<Utc>, tz: &Tz) -> NaiveDate {
    at.with_timezone(tz).date_naive()
}

/// Every occurrence in the half-open span `(from, to]`, oldest first, with
/// its local day.
pub fn occurrences_between<Tz: TimeZone>(
    rule: Rule,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    tz: &Tz,
) -> Vec<(NaiveDate, DateTime<Utc>)> {
    let first = local_day(from, tz) - Duration::days(1);
    let last = local_day(to, tz) + Duration::days(1);
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter_map(|d| occurrence(rule, d, tz).map(|t| (d, t)))
        .filter(|(_, t)| *t > from && *t <= to)
        .collect()
}

/// The next occurrence after `after`.
pub fn next_after<Tz: TimeZone>(
    rule: Rule,
    after: DateTime<Utc>,
    tz: &Tz,
) -> Option<DateTime<Utc>> {
    // Eight days always hold the next occurrence of a rule with any day;
    // a day that did not exist can push it one further.
    occurrences_between(rule, after, after + Duration::days(9), tz)
        .first()
        .map(|(_, t)| *t)
}

/// One reminder as the delivery loop sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    pub id: i64,
    pub rule: Rule,
    /// Local days it already fired (or was skipped as part of a catch-up).
    pub fired: BTreeSet<NaiveDate>,
}

/// What the loop should do since it last read the clock.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decision {
    /// At most one notification: the reminder and the local day it is for.
    pub send: Option<(i64, NaiveDate)>,
    /// Occurrences passed over, to be recorded so they never fire later.
    pub skipped: Vec<(i64, NaiveDate)>,
}

/// Decides what to send for every occurrence between the last reading of
/// the clock and now: the latest one, if it is within the grace window and
/// has not fired; every other one is marked as skipped.
pub fn decide<Tz: TimeZone>(
    reminders: &[Pending],
    last_checked: DateTime<Utc>,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Decision {
    let mut missed: Vec<(DateTime<Utc>, i64, NaiveDate)> = reminders
        .iter()
        .flat_map(|r| {
            occurrences_between(r.rule, last_checked, now, tz)
                .into_iter()
                .filter(|(day, _)| !r.fired.contains(day))
                .map(|(day, t)| (t, r.id, day))
        })
        .collect();
    missed.sort();
    let mut decision = Decision::default();
    if let Some((t, id, day)) = missed.pop() {
        if now - t <= GRACE {
            decision.send = Some((id, day));
        } else {
            decision.skipped.push((id, day));
        }
    }
    decision
        .skipped
        .extend(missed.into_iter().map(|(_, id, day)| (id, day)));
    decision
}

/// What a reminder is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// The daily check-in; "not done" means no check-in today.
    CheckIn,
    /// A short practice; "not done" means no practice today.
    Practice,
    /// A questionnaire; with "only if not done", only when one is due.
    Measure,
    /// The user's own words.
    Own,
    /// The next step of the guided path; sent only while the path is
    /// active (never while it is paused or finished).
    Path,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 5] = [
        ReminderKind::CheckIn,
        ReminderKind::Practice,
        ReminderKind::Measure,
        ReminderKind::Path,
        ReminderKind::Own,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ReminderKind::CheckIn => "check_in",
            ReminderKind::Practice => "practice",
            ReminderKind::Measure => "measure",
            ReminderKind::Own => "own",
            ReminderKind::Path => "path",
        }
    }

    pub fn from_id(id: &str) -> Option<ReminderKind> {
        ReminderKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The screen a notification of this kind opens.
    pub fn route(self) -> &'static str {
        match self {
            ReminderKind::CheckIn => "#/checkin",
            ReminderKind::Practice => "#/practise",
            ReminderKind::Measure => "#/measures",
            ReminderKind::Own => "#/",
            ReminderKind::Path => "#/path",
        }
    }
}

/// What the delivery loop knows beyond the reminders' own tables: whether
/// a questionnaire is due, and whether the guided path has a next step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Waiting {
    pub measure: bool,
    pub path_step: bool,
}

/// The longest text of one's own in a reminder.
pub const MAX_REMINDER_TEXT: usize = 120;
/// The most reminders one journal keeps.
pub const MAX_REMINDERS: usize = 24;
/// The snooze lengths offered, in minutes.
pub const SNOOZE_MINUTES: [i64; 3] = [5, 15, 60];

/// One reminder as the user set it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// None until saved.
    pub id: Option<i64>,
    pub kind: ReminderKind,
    pub rule: Rule,
    pub only_if_not_done: bool,
    /// Words of one's own; used by `Own`, empty for the others.
    pub text: String,
    pub enabled: bool,
}

impl Reminder {
    /// Checks the reminder and puts it in its stored form.
    pub fn validate(mut self) -> Result<Reminder, String> {
        if !self.rule.days.0.iter().any(|d| *d) {
            return Err("a reminder needs at least one day of the week".into());
        }
        let text = self.text.trim();
        if text.chars().any(char::is_control) || text.chars().count() > MAX_REMINDER_TEXT {
            return Err(format!(
                "a reminder's words are one line of at most {MAX_REMINDER_TEXT} characters"
            ));
        }
        self.text = if self.kind == ReminderKind::Own {
            if text.is_empty() {
                return Err("a reminder of your own needs some words".into());
            }
            text.to_owned()
        } else {
            String::new()
        };
        // Minutes are enough; seconds would never show.
        self.rule.time = NaiveTime::from_hms_opt(self.rule.time.hour(), self.rule.time.minute(), 0)
            .unwrap_or(self.rule.time);
        Ok(self)
    }
}

/// A reminder with what the journal knows of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderView {
    pub reminder: Reminder,
    /// When a notification was last sent for it: UTC as the journal keeps
    /// it; the shell sends it on in the reminders' local time.
    pub last_sent: Option<chrono::NaiveDateTime>,
}

/// Whether `time` falls in the quiet hours from `start` to `end` (which
/// may run past midnight). Equal ends mean no quiet hours.
pub fn in_quiet_hours(start: NaiveTime, end: NaiveTime, time: NaiveTime) -> bool {
    match start.cmp(&end) {
        std::cmp::Ordering::Equal => false,
        std::cmp::Ordering::Less => time >= start && time < end,
        std::cmp::Ordering::Greater => time >= start || time < end,
    }
}

/// Weekdays as a bit mask, Monday the lowest bit, for storage.
impl Weekdays {
    pub fn mask(self) -> u8 {
        self.0
            .iter()
            .enumerate()
            .fold(0, |m, (i, on)| if *on { m | (1 << i) } else { m })
    }

    pub fn from_mask(mask: u8) -> Weekdays {
        let mut days = [false; 7];
        for (i, d) in days.iter_mut().enumerate() {
            *d = mask & (1 << i) != 0;
        }
        Weekdays(days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;
    use chrono_tz::Tz;

    fn at(tz: &Tz, text: &str) -> DateTime<Utc> {
        let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("time");
        tz.from_local_datetime(&local)
            .earliest()
            .expect("a real local time")
            .with_timezone(&Utc)
    }

    fn rule(hm: &str) -> Rule {
        Rule {
            time: NaiveTime::parse_from_str(hm, "%H:%M").expect("time"),
            days: Weekdays::EVERY_DAY,
        }
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    fn local(tz: &Tz, t: DateTime<Utc>) -> String {
        t.with_timezone(tz).format("%Y-%m-%d %H:%M %Z").to_string()
    }

    // Checked by hand against the tz database's transitions.
    #[test]
    fn a_table_of_clock_changes() {
        let london = chrono_tz::Europe::London;
        // 2025-03-30: 01:00 GMT jumps to 02:00 BST. 01:30 does not exist.
        let t = occurrence(rule("01:30"), day("2025-03-30"), &london).expect("fires");
        assert_eq!(local(&london, t), "2025-03-30 02:00 BST");
        assert_eq!(
            local(
                &london,
                occurrence(rule("18:30"), day("2025-03-30"), &london).unwrap()
            ),
            "2025-03-30 18:30 BST"
        );
        // 2025-10-26: 02:00 BST falls back to 01:00 GMT. 01:30 happens
        // twice; it fires once, at the first (BST).
        let t = occurrence(rule("01:30"), day("2025-10-26"), &london).expect("fires");
        assert_eq!(t, at(&london, "2025-10-26 00:30") + Duration::hours(1));
        assert_eq!(local(&london, t), "2025-10-26 01:30 BST");
        let after = occurrences_between(
            rule("01:30"),
            at(&london, "2025-10-25 12:00"),
            at(&london, "2025-10-27 12:00"),
            &london,
        );
        assert_eq!(after.len(), 2, "once on the 26th, once on the 27th");
        // The evening reminder stays at 18:30 local across the change.
        let before = occurrence(rule("18:30"), day("2025-10-25"), &london).unwrap();
        let on = occurrence(rule("18:30"), day("2025-10-26"), &london).unwrap();
        assert_eq!(on - before, Duration::hours(25));

        let new_york = chrono_tz::America::New_York;
        // 2025-03-09: 02:00 EST jumps to 03:00 EDT.
        let t = occurrence(rule("02:30"), day("2025-03-09"), &new_york).unwrap();
        assert_eq!(local(&new_york, t), "2025-03-09 03:00 EDT");
        // 2025-11-02: 02:00 EDT falls back to 01:00 EST.
        let t = occurrence(rule("01:15"), day("2025-11-02"), &new_york).unwrap();
        assert_eq!(local(&new_york, t), "2025-11-02 01:15 EDT");

        // Lord Howe moves by 30 minutes: 2025-10-05 02:00 jumps to 02:30.
        let lord_howe = chrono_tz::Australia::Lord_Howe;
        let t = occurrence(rule("02:10"), day("2025-10-05"), &lord_howe).unwrap();
        assert_eq!(
            t.with_timezone(&lord_howe).format("%H:%M").to_string(),
            "02:30"
        );
        // 2025-04-06 02:00 falls back to 01:30: 01:45 happens twice.
        let t = occurrence(rule("01:45"), day("2025-04-06"), &lord_howe).unwrap();
        let LocalResult::Ambiguous(a, b) =
            lord_howe.from_local_datetime(&day("2025-04-06").and_hms_opt(1, 45, 0).unwrap())
        else {
            panic!("01:45 should happen twice on Lord Howe that night");
        };
        assert_eq!(
            t,
            a.with_timezone(&Utc).min(b.with_timezone(&Utc)),
            "the first of the two"
        );
        assert_eq!(
            (a.with_timezone(&Utc) - b.with_timezone(&Utc))
                .num_minutes()
                .abs(),
            30
        );

        // Samoa skipped 30 December 2011: no occurrence that day, one the
        // day before and one the day after.
        let apia = chrono_tz::Pacific::Apia;
        assert_eq!(occurrence(rule("10:15"), day("2011-12-30"), &apia), None);
        let around = occurrences_between(
            rule("10:15"),
            at(&apia, "2011-12-28 12:00"),
            at(&apia, "2011-12-31 12:00"),
            &apia,
        );
        let days: Vec<String> = around.iter().map(|(d, _)| d.to_string()).collect();
        assert_eq!(days, ["2011-12-29", "2011-12-31"]);
    }

    #[test]
    fn workdays_skip_the_weekend() {
        let london = chrono_tz::Europe::London;
        let r = Rule {
            time: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            days: Weekdays::WORKDAYS,
        };
        // Friday 2026-11-27 18:31 -> Monday 30th 18:30.
        let next = next_after(r, at(&london, "2026-11-27 18:31"), &london).unwrap();
        assert_eq!(local(&london, next), "2026-11-30 18:30 GMT");
    }

    /// A small repeatable random sequence for the property tests.
    struct Dice(u64);

    impl Dice {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
    }

    // Over random zones, times and ten years: never two fires on one local
    // day, every fire on the day it belongs to, in order, and a fire every
    // day except the ones a gap swallowed whole.
    #[test]
    fn at_most_once_a_day_and_none_missed_over_ten_years_in_random_zones() {
        let mut dice = Dice(0x7e4d_0001);
        let zones = chrono_tz::TZ_VARIANTS;
        for _ in 0..24 {
            let tz = zones[dice.below(zones.len() as u64) as usize];
            let time =
                NaiveTime::from_hms_opt(dice.below(24) as u32, dice.below(60) as u32, 0).unwrap();
            let r = Rule {
                time,
                days: Weekdays::EVERY_DAY,
            };
            let first = day("2016-01-01");
            let last = day("2025-12-31");
            let fires = occurrences_between(
                r,
                tz.from_local_datetime(&first.and_hms_opt(0, 0, 0).unwrap())
                    .earliest()
                    .unwrap()
                    .with_timezone(&Utc),
                tz.from_local_datetime(&last.and_hms_opt(23, 59, 0).unwrap())
                    .latest()
                    .unwrap()
                    .with_timezone(&Utc),
                &tz,
            );
            // Ten years hold 3,653 days; only a skipped day may be missing.
            assert!(
                fires.len() >= 3_650,
                "{tz} {time}: only {} fires",
                fires.len()
            );
            let mut days = BTreeSet::new();
            let mut previous = None;
            for (d, t) in &fires {
                assert!(days.insert(*d), "{tz} {time}: two fires on {d}");
                assert_eq!(local_day(*t, &tz), *d, "{tz} {time}: a fire on another day");
                assert!(previous < Some(*t), "{tz} {time}: out of order");
                previous = Some(*t);
            }
            for d in first.iter_days().take_while(|d| *d <= last) {
                if !days.contains(&d) {
                    // Only a day whose whole rest after the rule's time is
                    // a gap may go without.
                    let local = d.and_time(time);
                    let exists = (0..24 * 60)
                        .map(|m| local + Duration::minutes(m))
                        .take_while(|t| t.date() == d)
                        .any(|t| tz.from_local_datetime(&t).earliest().is_some());
                    assert!(!exists, "{tz} {time}: no fire on {d}");
                }
            }
        }
    }

    #[test]
    fn a_ten_hour_sleep_brings_one_notification_not_a_flood() {
        let london = chrono_tz::Europe::London;
        let reminders: Vec<Pending> = ["10:15", "14:15", "18:30"]
            .iter()
            .enumerate()
            .map(|(i, hm)| Pending {
                id: i as i64 + 1,
                rule: rule(hm),
                fired: BTreeSet::new(),
            })
            .collect();
        let slept = at(&london, "2026-11-26 09:00");
        let woke = at(&london, "2026-11-26 19:00");
        let d = decide(&reminders, slept, woke, &london);
        let today = day("2026-11-26");
        assert_eq!(d.send, Some((3, today)), "only the latest, 18:30");
        assert_eq!(d.skipped, [(1, today), (2, today)]);
        // Woken much later, even the latest is too old to be useful.
        let d = decide(&reminders, slept, at(&london, "2026-11-26 23:00"), &london);
        assert_eq!(d.send, None);
        assert_eq!(d.skipped.len(), 3);
        // Read every 30 s, the loop sends 14:15 once, at 14:15.
        let mut fired = reminders.clone();
        fired[1].fired.insert(today);
        let d = decide(
            &fired,
            at(&london, "2026-11-26 14:14"),
            at(&london, "2026-11-26 14:16"),
            &london,
        );
        assert_eq!(d, Decision::default(), "already fired today");
        let d = decide(
            &reminders,
            at(&london, "2026-11-26 14:14"),
            at(&london, "2026-11-26 14:16"),
            &london,
        );
        assert_eq!(d.send, Some((2, today)));
    }
}
