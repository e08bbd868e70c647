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
    /// Exhaustion 8 or more on `days` of the last 14.
    Exhausted { days: usize },
    /// The latest WHO-5 was 28 or less.
    LowWellbeing { score: f64 },
    /// The latest ProQOL burnout score was 42 or more.
    Burnout { score: f64 },
    /// The latest ProQOL secondary traumatic stress score was 42 or more.
    SecondaryStress { score: f64 },
}

/// The latest results that count towards a suggestion.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LatestScores {
    pub wellbeing: Option<f64>,
    pub burnout: Option<f64>,
    pub secondary_stress: Option<f64>,
}

pub const EXHAUSTED_AT: u8 = 8;
pub const EXHAUSTED_DAYS: usize = 10;
pub const LOOK_BACK_DAYS: i64 = 14;
pub const LOW_WELLBEING_AT: f64 = 28.0;
pub const PROQOL_HIGH_AT: f64 = 42.0;

/// Every reason to suggest support now: exhaustion of 8 or more on at
/// least 10 of the 14 days ending `today`; WHO-5 28 or less; ProQOL
/// burnout or secondary traumatic stress 42 or more.
pub fn support_reasons(
    checkins: &[CheckIn],
    today: NaiveDate,
    latest: LatestScores,
) -> Vec<SupportReason> {
    let since = today - Duration::days(LOOK_BACK_DAYS - 1);
    let days = checkins
        .iter()
        .filter(|c| c.day >= since && c.day <= today && c.ratings.exhaustion >= EXHAUSTED_AT)
        .count();
    let mut out = Vec::new();
    if days >= EXHAUSTED_DAYS {
        out.push(SupportReason::Exhausted { days });
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

    #[test]
    fn support_is_suggested_on_ten_hard_days_of_fourteen() {
        let today = day(20);
        // Nine days at 8 or more in the last fourteen: not yet.
        let mut cs: Vec<CheckIn> = (7..=15).map(|n| checkin(n, 8, &[])).collect();
        cs.extend((16..=20).map(|n| checkin(n, 7, &[])));
        // A hard day just before the fortnight does not count.
        cs.push(checkin(6, 10, &[]));
        assert_eq!(support_reasons(&cs, today, LatestScores::default()), []);
        cs.retain(|c| c.day != day(16));
        cs.push(checkin(16, 9, &[]));
        assert_eq!(
            support_reasons(&cs, today, LatestScores::default()),
            [SupportReason::Exhausted { days: 10 }]
        );
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
