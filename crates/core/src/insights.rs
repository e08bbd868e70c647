//! What the check-ins add up to: each item over a span with a rolling
//! average, how days with a tag differ from days without, the time since
//! the last break, and when to suggest support. Pure functions of the
//! check-ins and a day the caller passes in.

use crate::checkin::{CheckIn, Item, Tag};
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How far back a chart looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Span {
    Week,
    Month,
    Year,
}

impl Span {
    pub const ALL: [Span; 3] = [Span::Week, Span::Month, Span::Year];

    pub fn days(self) -> i64 {
        match self {
            Span::Week => 7,
            Span::Month => 30,
            Span::Year => 365,
        }
    }

    /// The rolling average's window: a week, or a month over a year.
    pub fn window(self) -> usize {
        match self {
            Span::Week | Span::Month => 7,
            Span::Year => 30,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Span::Week => "week",
            Span::Month => "month",
            Span::Year => "year",
        }
    }
}

/// One day of a chart: the rating that day, if any, and the rolling
/// average up to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub day: NaiveDate,
    pub value: Option<u8>,
    pub average: Option<f64>,
}

/// The mean of the values present in each trailing window of `window`
/// days; none where the window holds no value.
pub fn rolling_mean(values: &[Option<f64>], window: usize) -> Vec<Option<f64>> {
    let window = window.max(1);
    (0..values.len())
        .map(|i| {
            let from = (i + 1).saturating_sub(window);
            let present: Vec<f64> = values[from..=i].iter().flatten().copied().collect();
            (!present.is_empty()).then(|| present.iter().sum::<f64>() / present.len() as f64)
        })
        .collect()
}

/// `item` for each day of `span` ending on `last`, oldest first. The
/// average also counts the days before the span, so its first points are
/// not a mean of one day.
pub fn series(checkins: &[CheckIn], item: Item, last: NaiveDate, span: Span) -> Vec<Point> {
    let by_day: HashMap<NaiveDate, u8> = checkins
        .iter()
        .map(|c| (c.day, c.ratings.get(item)))
        .collect();
    let lead = span.window() as i64 - 1;
    let first = last - Duration::days(span.days() - 1);
    let days: Vec<NaiveDate> = (0..span.days() + lead)
        .map(|i| first - Duration::days(lead) + Duration::days(i))
        .collect();
    let values: Vec<Option<f64>> = days
        .iter()
        .map(|d| by_day.get(d).map(|v| f64::from(*v)))
        .collect();
    let averages = rolling_mean(&values, span.window());
    days.into_iter()
        .zip(averages)
        .skip(lead as usize)
        .map(|(day, average)| Point {
            day,
            value: by_day.get(&day).copied(),
            average,
        })
        .collect()
}

/// Days with and without a tag, when each side has enough days to say
/// anything.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TagEffect {
    pub tag: Tag,
    pub item: Item,
    pub with_days: usize,
    pub without_days: usize,
    pub with_mean: f64,
    pub without_mean: f64,
}

impl TagEffect {
    /// The mean with the tag minus the mean without, rounded to a tenth.
    pub fn difference(&self) -> f64 {
        ((self.with_mean - self.without_mean) * 10.0).round() / 10.0
    }
}

/// Fewer days than this on either side and a difference means nothing.
pub const MIN_DAYS_EACH_SIDE: usize = 5;

/// For every tag, how `item` differs on days with it from days without;
/// tags with fewer than five days on either side are left out.
pub fn tag_effects(checkins: &[CheckIn], item: Item) -> Vec<TagEffect> {
    Tag::ALL
        .into_iter()
        .filter_map(|tag| {
            let (with, without): (Vec<&CheckIn>, Vec<&CheckIn>) =
                checkins.iter().partition(|c| c.tags.contains(&tag));
            if with.len() < MIN_DAYS_EACH_SIDE || without.len() < MIN_DAYS_EACH_SIDE {
                return None;
            }
            let mean = |cs: &[&CheckIn]| {
                cs.iter()
                    .map(|c| f64::from(c.ratings.get(item)))
                    .sum::<f64>()
                    / cs.len() as f64
            };
            Some(TagEffect {
                tag,
                item,
                with_days: with.len(),
                without_days: without.len(),
                with_mean: mean(&with),
                without_mean: mean(&without),
            })
        })
        .collect()
}

/// Days since the last check-in tagged as a break or respite, counting
/// `today` as 0; none if there has never been one.
pub fn days_since_break(checkins: &[CheckIn], today: NaiveDate) -> Option<i64> {
    checkins
        .iter()
        .filter(|c| c.tags.contains(&Tag::BreakOrRespite) && c.day <= today)
        .map(|c| (today - c.day).num_days())
        .min()
}

/// Why Tend gently suggests support. Never a diagnosis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportReason {
    /// Exhaustion 8 or more on `days` of the `of` check-ins she made in the
    /// last 14 days.
    Exhausted {
        days: usize,
        #[serde(default)]
        of: usize,
    },
    /// Mood 2 or less on `days` of the `of` check-ins of the last 14 days.
    LowMood { days: usize, of: usize },
    /// The latest WHO-5 was 28 or less.
    LowWellbeing { score: f64 },
    /// The latest ProQOL burnout score was 42 or more.
    Burnout { score: f64 },
    /// The latest ProQOL secondary traumatic stress score was 42 or more.
    SecondaryStress { score: f64 },
}

impl SupportReason {
    /// Reasons that come with the line on what to do if she feels unsafe:
    /// every one of them. Kept as a function so a new reason has to say.
    pub fn carries_crisis_line(&self) -> bool {
        match self {
            SupportReason::Exhausted { .. }
            | SupportReason::LowMood { .. }
            | SupportReason::LowWellbeing { .. }
            | SupportReason::Burnout { .. }
            | SupportReason::SecondaryStress { .. } => true,
        }
    }
}

/// The latest results that count towards a suggestion.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LatestScores {
    pub wellbeing: Option<f64>,
    pub burnout: Option<f64>,
    pub secondary_stress: Option<f64>,
}

pub const EXHAUSTED_AT: u8 = 8;
/// Mood at or below this, on the check-in's 0 (very low) to 10 scale.
pub const LOW_MOOD_AT: u8 = 2;
/// Fewer check-ins than this in the fortnight say too little either way.
pub const MIN_CHECKINS: usize = 5;
pub const LOOK_BACK_DAYS: i64 = 14;
pub const LOW_WELLBEING_AT: f64 = 28.0;
pub const PROQOL_HIGH_AT: f64 = 42.0;

/// Every reason to suggest support now. The rule, with its reasons and
/// worked cases, is in docs/support-rule.md:
///
/// - in the 14 days ending `today`, among the check-ins she made (at least
///   five), more than half with exhaustion 8 or more; or more than half
///   with mood 2 or less. Days she did not check in count neither way, so
///   someone too worn out to check in most days is still seen;
/// - the latest WHO-5 28 or less;
/// - the latest ProQOL burnout or secondary traumatic stress 42 or more.
pub fn support_reasons(
    checkins: &[CheckIn],
    today: NaiveDate,
    latest: LatestScores,
) -> Vec<SupportReason> {
    let since = today - Duration::days(LOOK_BACK_DAYS - 1);
    let recent: Vec<&CheckIn> = checkins
        .iter()
        .filter(|c| c.day >= since && c.day <= today)
        .collect();
    let of = recent.len();
    let most = |days: usize| of >= MIN_CHECKINS && days * 2 > of;
    let exhausted = recent
        .iter()
        .filter(|c| c.ratings.exhaustion >= EXHAUSTED_AT)
        .count();
    let low_mood = recent
        .iter()
        .filter(|c| c.ratings.mood <= LOW_MOOD_AT)
        .count();
    let mut out = Vec::new();
    if most(exhausted) {
        out.push(SupportReason::Exhausted {
            days: exhausted,
            of,
        });
    }
    if most(low_mood) {
        out.push(SupportReason::LowMood { days: low_mood, of });
    }
    if let Some(score) = latest.wellbeing.filter(|s| *s <= LOW_WELLBEING_AT) {
        out.push(SupportReason::LowWellbeing { score });
    }
    if let Some(score) = latest.burnout.filter(|s| *s >= PROQOL_HIGH_AT) {
        out.push(SupportReason::Burnout { score });
    }
    if let Some(score) = latest.secondary_stress.filter(|s| *s >= PROQOL_HIGH_AT) {
        out.push(SupportReason::SecondaryStress { score });
    }
    out
}

/// Whether a questionnaire's result is one that suggests support (WHO-5
/// 28 or less; ProQOL burnout or secondary traumatic stress 42 or more),
/// so its page carries the line on what to do if she feels unsafe.
pub fn result_suggests_support(measure: &str, scores: &[crate::measure::ScaleScore]) -> bool {
    scores.iter().any(|s| match (measure, s.scale.as_str()) {
        ("who5", "wellbeing") => s.value <= LOW_WELLBEING_AT,
        ("proqol5", "burnout" | "secondary_traumatic_stress") => s.value >= PROQOL_HIGH_AT,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::Ratings;
    use chrono::NaiveDateTime;

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).expect("date") + Duration::days(n)
    }

    fn checkin(n: i64, exhaustion: u8, tags: &[Tag]) -> CheckIn {
        let stamp = NaiveDateTime::default();
        CheckIn {
            day: day(n),
            ratings: Ratings {
                exhaustion,
                ..Ratings::MIDDLE
            },
            context: None,
            tags: tags.to_vec(),
            note: String::new(),
            created_at: stamp,
            updated_at: stamp,
        }
    }

    #[test]
    fn the_rolling_mean_skips_missing_days() {
        let v = [Some(2.0), None, Some(4.0), Some(6.0), None, None, None];
        assert_eq!(
            rolling_mean(&v, 3),
            [
                Some(2.0),
                Some(2.0),
                Some(3.0),
                Some(5.0),
                Some(5.0),
                Some(6.0),
                None
            ]
        );
        assert_eq!(rolling_mean(&[], 7), []);
    }

    #[test]
    fn a_week_has_seven_days_ending_today_and_an_average_from_before() {
        let cs: Vec<CheckIn> = (0..10).map(|n| checkin(n, n as u8, &[])).collect();
        let week = series(&cs, Item::Exhaustion, day(9), Span::Week);
        assert_eq!(week.len(), 7);
        assert_eq!(week[0].day, day(3));
        assert_eq!(week[6].day, day(9));
        assert_eq!(week[6].value, Some(9));
        // Days 3..=9 average 6; the first point already averages days 0..=3.
        assert_eq!(week[6].average, Some(6.0));
        assert_eq!(week[0].average, Some(1.5));
        let year = series(&cs, Item::Exhaustion, day(9), Span::Year);
        assert_eq!(year.len(), 365);
        assert_eq!(year[0].value, None);
        assert_eq!(year[0].average, None);
    }

    #[test]
    fn a_tag_effect_needs_five_days_on_each_side() {
        // Four disturbed nights at 9, six others at 5: not enough.
        let mut cs: Vec<CheckIn> = (0..4)
            .map(|n| checkin(n, 9, &[Tag::DisturbedNight]))
            .collect();
        cs.extend((4..10).map(|n| checkin(n, 5, &[])));
        assert_eq!(tag_effects(&cs, Item::Exhaustion), []);
        // A fifth: 5 days with (mean 9 - one at 8 = 8.8), 6 without (5).
        cs.push(checkin(10, 8, &[Tag::DisturbedNight]));
        let effects = tag_effects(&cs, Item::Exhaustion);
        assert_eq!(effects.len(), 1);
        let e = &effects[0];
        assert_eq!(
            (e.tag, e.with_days, e.without_days),
            (Tag::DisturbedNight, 5, 6)
        );
        assert_eq!(e.difference(), 3.8);
        // And five on the other side too: 5 with, 5 without is enough.
        let few: Vec<CheckIn> = (0..5)
            .map(|n| checkin(n, 7, &[Tag::HardVisit]))
            .chain((5..10).map(|n| checkin(n, 5, &[])))
            .collect();
        assert_eq!(tag_effects(&few, Item::Exhaustion)[0].difference(), 2.0);
    }

    #[test]
    fn the_last_break_is_counted_in_days() {
        let cs = vec![
            checkin(0, 5, &[Tag::BreakOrRespite]),
            checkin(3, 5, &[Tag::BreakOrRespite, Tag::HardVisit]),
            checkin(5, 5, &[]),
        ];
        assert_eq!(days_since_break(&cs, day(10)), Some(7));
        assert_eq!(days_since_break(&cs, day(3)), Some(0));
        assert_eq!(days_since_break(&cs[2..], day(10)), None);
    }

    fn with_mood(n: i64, exhaustion: u8, mood: u8) -> CheckIn {
        let mut c = checkin(n, exhaustion, &[]);
        c.ratings.mood = mood;
        c
    }

    #[test]
    fn most_of_the_check_ins_she_made_count_not_the_days_she_missed() {
        let today = day(20);
        let none = LatestScores::default();
        // Worked case 1: every day checked in, 8 of 14 at 8 or more (more
        // than half): suggested.
        let mut cs: Vec<CheckIn> = (7..=14).map(|n| checkin(n, 8, &[])).collect();
        cs.extend((15..=20).map(|n| checkin(n, 7, &[])));
        assert_eq!(
            support_reasons(&cs, today, none),
            [SupportReason::Exhausted { days: 8, of: 14 }]
        );
        // Worked case 2: 7 of 14, exactly half: not yet.
        cs.retain(|c| c.day != day(7));
        cs.push(checkin(7, 5, &[]));
        assert_eq!(support_reasons(&cs, today, none), []);
        // Worked case 3: too worn out to check in most days: five
        // check-ins in the fortnight, three of them at 9 or 10. Under the
        // old rule (10 hard days of 14) she was never seen.
        let sparse = vec![
            checkin(8, 9, &[]),
            checkin(11, 6, &[]),
            checkin(14, 10, &[]),
            checkin(17, 7, &[]),
            checkin(20, 9, &[]),
        ];
        assert_eq!(
            support_reasons(&sparse, today, none),
            [SupportReason::Exhausted { days: 3, of: 5 }]
        );
        // Worked case 4: four check-ins, all at 10: too few to say.
        assert_eq!(support_reasons(&sparse[1..], today, none), []);
        // Worked case 5: a hard check-in from before the fortnight does
        // not count, and neither does one dated after today.
        let mut edges = sparse.clone();
        edges[0] = checkin(6, 10, &[]);
        edges.push(checkin(21, 10, &[]));
        assert_eq!(support_reasons(&edges, today, none), []);
    }

    #[test]
    fn very_low_mood_counts_as_well_as_exhaustion() {
        let today = day(20);
        let none = LatestScores::default();
        // Not worn out, but mood 0 to 2 on four of six check-ins.
        let cs = vec![
            with_mood(9, 4, 2),
            with_mood(11, 4, 6),
            with_mood(13, 3, 1),
            with_mood(15, 4, 0),
            with_mood(18, 5, 5),
            with_mood(20, 4, 2),
        ];
        assert_eq!(
            support_reasons(&cs, today, none),
            [SupportReason::LowMood { days: 4, of: 6 }]
        );
        // Mood 3 is low but not very low.
        let threes: Vec<CheckIn> = (10..=20).map(|n| with_mood(n, 4, 3)).collect();
        assert_eq!(support_reasons(&threes, today, none), []);
        // Both at once: both are said.
        let both: Vec<CheckIn> = (14..=20).map(|n| with_mood(n, 9, 1)).collect();
        assert_eq!(
            support_reasons(&both, today, none),
            [
                SupportReason::Exhausted { days: 7, of: 7 },
                SupportReason::LowMood { days: 7, of: 7 }
            ]
        );
        assert!(
            support_reasons(&both, today, none)
                .iter()
                .all(SupportReason::carries_crisis_line)
        );
    }

    #[test]
    fn a_result_at_a_cut_off_carries_the_crisis_line() {
        let score = |scale: &str, value| crate::measure::ScaleScore {
            scale: scale.into(),
            value,
            band: None,
        };
        assert!(result_suggests_support("who5", &[score("wellbeing", 28.0)]));
        assert!(!result_suggests_support(
            "who5",
            &[score("wellbeing", 32.0)]
        ));
        assert!(result_suggests_support(
            "proqol5",
            &[
                score("compassion_satisfaction", 20.0),
                score("burnout", 42.0)
            ]
        ));
        assert!(result_suggests_support(
            "proqol5",
            &[score("secondary_traumatic_stress", 45.0)]
        ));
        assert!(!result_suggests_support(
            "proqol5",
            &[
                score("compassion_satisfaction", 50.0),
                score("burnout", 41.0)
            ]
        ));
        assert!(!result_suggests_support(
            "scs_sf",
            &[score("wellbeing", 0.0)]
        ));
    }

    #[test]
    fn support_is_suggested_at_the_measure_cut_offs() {
        let at = |wellbeing, burnout, secondary_stress| {
            support_reasons(
                &[],
                day(0),
                LatestScores {
                    wellbeing: Some(wellbeing),
                    burnout: Some(burnout),
                    secondary_stress: Some(secondary_stress),
                },
            )
        };
        assert_eq!(at(32.0, 41.0, 41.0), []);
        assert_eq!(
            at(28.0, 42.0, 42.0),
            [
                SupportReason::LowWellbeing { score: 28.0 },
                SupportReason::Burnout { score: 42.0 },
                SupportReason::SecondaryStress { score: 42.0 },
            ]
        );
    }
}
