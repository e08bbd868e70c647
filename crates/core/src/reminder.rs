//! When a reminder fires: pure functions of its rule, the days it already
//! fired, the last time the clock was read, now, and a time zone. Never
//! "now plus 24 hours": each occurrence is the rule's local time on a local
//! day, resolved in the zone, so clock changes, zone changes and sleep all
//! come out right.
//!
//! - A local time that does not exist (the spring-forward gap) fires at the
//!   first valid instant after the gap, and still counts as that day's,
//!   even when the gap runs to midnight and that instant is the next
//!   morning's 00:00 (America/Nuuk, 30 March 2024, 23:45). A day that did
//!   not exist at all (Samoa skipped 30 December 2011) has no occurrence.
//! - A local time that happens twice (the fall-back overlap) fires once, at
//!   the first of the two.
//! - After the machine slept or was off, only the latest missed occurrence
//!   is sent, and only within a grace window: never a flood.
//! - Each reminder fires at most once per local day (the caller keeps the
//!   days in its journal).

use crate::said::Said;
use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
    Timelike, Utc,
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
    #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::time"))]
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
        // Spring forward: the first valid minute after the gap, even past
        // midnight; but a day none of which existed has no occurrence.
        LocalResult::None => {
            let day_existed = (0..=local.time().num_seconds_from_midnight() / 60)
                .map(|m| day.and_time(NaiveTime::MIN) + Duration::minutes(i64::from(m)))
                .any(|t| tz.from_local_datetime(&t).earliest().is_some());
            if !day_existed {
                return None;
            }
            (1..=24 * 60)
                .map(|m| local + Duration::minutes(m))
                .find_map(|t| tz.from_local_datetime(&t).earliest())
                .map(|t| t.with_timezone(&Utc))
        }
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
    pub fn route(self) -> crate::route::Route {
        use crate::route::Route;
        match self {
            ReminderKind::CheckIn => Route::CheckIn,
            ReminderKind::Practice => Route::Practise,
            ReminderKind::Measure => Route::Measures,
            ReminderKind::Own => Route::Today,
            ReminderKind::Path => Route::Path,
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
    pub fn validate(mut self) -> Result<Reminder, Said> {
        if !self.rule.days.0.iter().any(|d| *d) {
            return Err(Said::new("invalid-reminder-days"));
        }
        let text = self.text.trim();
        if text.chars().any(char::is_control) || text.chars().count() > MAX_REMINDER_TEXT {
            return Err(Said::new("invalid-reminder-words").with("most", MAX_REMINDER_TEXT));
        }
        self.text = if self.kind == ReminderKind::Own {
            if text.is_empty() {
                return Err(Said::new("invalid-reminder-own"));
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
    #[cfg_attr(
        target_arch = "wasm32",
        serde(deserialize_with = "crate::wire::dt_opt", default)
    )]
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

/// What Today says about reminders at `now`: paused, while the pause runs
/// to a day not yet over in `zone`; otherwise the soonest enabled one, at
/// its local time there; none when nothing is set.
pub fn next_reminder<Tz: TimeZone>(
    reminders: &[Reminder],
    paused_until: Option<NaiveDate>,
    now: DateTime<Utc>,
    zone: &Tz,
) -> Option<NextReminder> {
    let today = local_day(now, zone);
    if let Some(until) = paused_until
        && until >= today
    {
        return Some(NextReminder::Paused { until });
    }
    let (at, reminder) = reminders
        .iter()
        .filter(|r| r.enabled)
        .filter_map(|r| next_after(r.rule, now, zone).map(|at| (at, r)))
        .min_by_key(|(at, _)| *at)?;
    Some(NextReminder::At {
        on_today: local_day(at, zone) == today,
        at: at.with_timezone(zone).naive_local(),
        kind: reminder.kind,
        text: reminder.text.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reminder_opens_a_screen_the_ui_knows() {
        use crate::route::Route;
        for kind in ReminderKind::ALL {
            let route = kind.route();
            assert_ne!(route, Route::NotFound);
            assert_eq!(Route::from_path(&route.to_path()), route);
        }
    }
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
                // On its own day, or just after midnight when a gap ran
                // to midnight.
                let on = local_day(*t, &tz);
                assert!(
                    on == *d
                        || (on == d.succ_opt().unwrap()
                            && tz
                                .from_local_datetime(&d.and_time(time))
                                .earliest()
                                .is_none()),
                    "{tz} {time}: the fire for {d} is on {on}"
                );
                assert!(previous < Some(*t), "{tz} {time}: out of order");
                previous = Some(*t);
            }
            for d in first.iter_days().take_while(|d| *d <= last) {
                // Only a day that did not exist at all may go without.
                let existed = (0..24 * 60)
                    .map(|m| d.and_time(NaiveTime::MIN) + Duration::minutes(m))
                    .any(|t| tz.from_local_datetime(&t).earliest().is_some());
                assert!(days.contains(&d) || !existed, "{tz} {time}: no fire on {d}");
            }
        }
    }

    #[test]
    fn a_gap_that_runs_to_midnight_fires_at_midnight_for_the_day_before() {
        // Greenland moved its clocks on at 23:00 local on 30 March 2024.
        let nuuk = chrono_tz::America::Nuuk;
        let at = occurrence(rule("23:45"), day("2024-03-30"), &nuuk).expect("it fires");
        assert_eq!(
            at.with_timezone(&nuuk).naive_local(),
            day("2024-03-31").and_hms_opt(0, 0, 0).unwrap()
        );
        // And the next day's own occurrence is still at 23:45.
        let next = occurrence(rule("23:45"), day("2024-03-31"), &nuuk).unwrap();
        assert!(next > at);
        let d = decide(
            &[Pending {
                id: 1,
                rule: rule("23:45"),
                fired: BTreeSet::new(),
            }],
            at - Duration::minutes(1),
            at + Duration::minutes(1),
            &nuuk,
        );
        assert_eq!(d.send, Some((1, day("2024-03-30"))), "sent that night");
        // Samoa's missing day still has none.
        assert_eq!(
            occurrence(rule("10:00"), day("2011-12-30"), &chrono_tz::Pacific::Apia),
            None
        );
    }

    /// The policy computed another way, from the zone's offsets alone: the
    /// first instant at which the wall clock shows the rule's time or
    /// later, on a day holding one offset change at `change`.
    fn first_instant_at_or_after<Tz: TimeZone>(
        tz: &Tz,
        local: chrono::NaiveDateTime,
        change: DateTime<Utc>,
    ) -> DateTime<Utc> {
        use chrono::Offset;
        let before = tz
            .offset_from_utc_datetime(&(change - Duration::seconds(1)).naive_utc())
            .fix();
        let after = tz.offset_from_utc_datetime(&change.naive_utc()).fix();
        let as_utc = |offset: chrono::FixedOffset| {
            (local - Duration::seconds(i64::from(offset.local_minus_utc()))).and_utc()
        };
        let candidates = [
            Some(as_utc(before)).filter(|u| *u < change),
            Some(as_utc(after)).filter(|u| *u >= change),
        ];
        // Neither: the wall clock jumped over it, at the change.
        candidates.into_iter().flatten().min().unwrap_or(change)
    }

    // Every zone in the database, every day from 2000 to 2037 on which its
    // offset changes, and a time every 20 minutes (plus the minutes either
    // side of the change): the occurrence is the first instant at which the
    // wall clock shows the rule's time or later.
    #[test]
    fn every_zone_from_2000_to_2037_agrees_with_the_policy_computed_from_offsets() {
        use chrono::Offset;
        let start = day("2000-01-01").and_hms_opt(0, 0, 0).unwrap().and_utc();
        let end = day("2038-01-01").and_hms_opt(0, 0, 0).unwrap().and_utc();
        let mut checked = 0_u32;
        for tz in chrono_tz::TZ_VARIANTS {
            let offset = |u: DateTime<Utc>| tz.offset_from_utc_datetime(&u.naive_utc()).fix();
            let mut at = start;
            while at < end {
                let next = at + Duration::hours(24);
                if offset(at) != offset(next) {
                    // The change, to the second.
                    let (mut lo, mut hi) = (at, next);
                    while hi - lo > Duration::seconds(1) {
                        let mid = lo + Duration::seconds((hi - lo).num_seconds() / 2);
                        if offset(mid) == offset(lo) {
                            lo = mid;
                        } else {
                            hi = mid;
                        }
                    }
                    let change = hi;
                    let wall = change.with_timezone(&tz).naive_local();
                    let mut times: Vec<NaiveTime> = (0..72)
                        .map(|k| NaiveTime::from_hms_opt(k / 3, (k % 3) * 20, 0).unwrap())
                        .collect();
                    for m in [-61, -1, 0, 1, 59, 61] {
                        let t = wall + Duration::minutes(m);
                        times.push(NaiveTime::from_hms_opt(t.hour(), t.minute(), 0).unwrap());
                    }
                    let before = (change - Duration::seconds(1))
                        .with_timezone(&tz)
                        .date_naive();
                    for d in [before, wall.date()] {
                        for time in &times {
                            let local = d.and_time(*time);
                            // Only days that hold this one change.
                            let far = (local - wall).num_hours().abs();
                            if far > 20 {
                                continue;
                            }
                            let expected = first_instant_at_or_after(&tz, local, change);
                            let got = occurrence(
                                Rule {
                                    time: *time,
                                    days: Weekdays::EVERY_DAY,
                                },
                                d,
                                &tz,
                            );
                            let day_existed = tz
                                .from_local_datetime(&d.and_time(NaiveTime::MIN))
                                .earliest()
                                .is_some()
                                || got.is_some();
                            if !day_existed {
                                continue;
                            }
                            let got = got.unwrap_or_else(|| panic!("{tz} {local}: no occurrence"));
                            assert!(
                                (got - expected).num_seconds().abs() < 60,
                                "{tz} {local}: fires at {got}, the policy says {expected}"
                            );
                            checked += 1;
                        }
                    }
                }
                at = next;
            }
        }
        assert!(checked > 100_000, "only {checked} cases");
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

    fn reminder(hm: &str, kind: ReminderKind, enabled: bool) -> Reminder {
        Reminder {
            id: Some(1),
            kind,
            rule: rule(hm),
            only_if_not_done: false,
            text: String::new(),
            enabled,
        }
    }

    #[test]
    fn today_names_the_soonest_enabled_reminder_at_its_local_time() {
        let tz: Tz = "Europe/Prague".parse().unwrap();
        let now = at(&tz, "2026-03-28 21:00");
        let list = [
            reminder("08:00", ReminderKind::CheckIn, true),
            reminder("21:30", ReminderKind::Practice, false),
            reminder("22:15", ReminderKind::Measure, true),
        ];
        let next = next_reminder(&list, None, now, &tz);
        assert_eq!(
            next,
            Some(NextReminder::At {
                at: day("2026-03-28").and_hms_opt(22, 15, 0).unwrap(),
                kind: ReminderKind::Measure,
                text: String::new(),
                on_today: true,
            })
        );
        // After the last one, the next is tomorrow, across the clock change.
        let late = at(&tz, "2026-03-28 23:00");
        let next = next_reminder(&list, None, late, &tz);
        assert_eq!(
            next,
            Some(NextReminder::At {
                at: day("2026-03-29").and_hms_opt(8, 0, 0).unwrap(),
                kind: ReminderKind::CheckIn,
                text: String::new(),
                on_today: false,
            })
        );
        assert_eq!(next_reminder(&[], None, now, &tz), None);
    }

    #[test]
    fn a_pause_is_shown_until_its_day_is_over_where_she_is() {
        let tz: Tz = "Pacific/Auckland".parse().unwrap();
        let list = [reminder("08:00", ReminderKind::CheckIn, true)];
        let until = day("2026-06-10");
        let evening = at(&tz, "2026-06-10 23:59");
        assert_eq!(
            next_reminder(&list, Some(until), evening, &tz),
            Some(NextReminder::Paused { until })
        );
        let next_morning = at(&tz, "2026-06-11 00:01");
        assert!(matches!(
            next_reminder(&list, Some(until), next_morning, &tz),
            Some(NextReminder::At { on_today: true, .. })
        ));
    }
}
