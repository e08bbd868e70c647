//! Periodic measures (WHO-5, the Self-Compassion Scale short form, the
//! ProQOL 5) as data, and their scoring. Items, answers, reversed items,
//! scales and bands come from the published scoring rules, written into
//! `assets/measures/en-GB.json` with each source named; this module only
//! follows the data. Results are screening, never a diagnosis.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measures {
    pub lang: String,
    pub measures: Vec<Measure>,
}

/// Who a measure is offered to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Everyone,
    /// Health and care workers (the ProQOL asks about work as a helper).
    Professionals,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    /// The language its published wording is in: the file's, filled in
    /// when the content is loaded.
    #[serde(default)]
    pub lang: String,
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub audience: Audience,
    /// How many days after an answer the measure is offered again.
    pub every_days: u16,
    /// What the measure is for, in our words.
    pub about: String,
    /// The instruction printed above the items.
    pub instruction: String,
    /// The answers, in the order the form shows them.
    pub answers: Vec<Answer>,
    /// The items, verbatim, in the form's order (item 1 first).
    pub items: Vec<String>,
    pub scales: Vec<Scale>,
    pub citation: String,
    pub licence: String,
    /// Where the instrument lives, when its licence asks for a link.
    pub link: Option<String>,
    /// Where the facts in this entry were taken from.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub value: u8,
    pub label: String,
}

/// How a scale's answers become one number.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Combine {
    /// The sum of the answers times `factor` (WHO-5: times 4, 0 to 100).
    Sum { factor: u8 },
    /// The mean of the answers, two decimals.
    Mean,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    pub id: String,
    pub name: String,
    /// Item numbers, counted from 1 as on the form.
    pub items: Vec<u8>,
    /// Item numbers scored the other way round (lowest answer plus highest
    /// answer, minus the answer).
    pub reversed: Vec<u8>,
    pub combine: Combine,
    /// What a higher score means, in plain words.
    pub higher_means: String,
    /// Bands in rising order; empty when the measure has no validated
    /// cut-offs.
    pub bands: Vec<Band>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Band {
    /// The highest score in this band; the last band has none.
    pub up_to: Option<f64>,
    pub id: String,
    /// The band in plain words; never a diagnosis.
    pub words: String,
}

/// One scale's result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScaleScore {
    pub scale: String,
    pub value: f64,
    /// The band's id, when the scale has bands.
    pub band: Option<String>,
}

/// A stored set of answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureResult {
    pub id: i64,
    pub measure: String,
    /// One answer per item, in the form's order.
    pub answers: Vec<u8>,
    /// The journal day it was answered on.
    pub day: NaiveDate,
    /// When it was saved, in UTC.
    pub taken_at: NaiveDateTime,
}

/// A rule the data broke, or answers that do not fit the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureError(pub String);

impl fmt::Display for MeasureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MeasureError {}

fn fail<T>(id: &str, what: &str) -> Result<T, MeasureError> {
    Err(MeasureError(format!("measure {id:?}: {what}")))
}

impl Measures {
    /// The language `measure`'s wording is in: its own, or the file's when
    /// it was read without being filled in.
    pub fn wording_lang<'a>(&'a self, measure: &'a Measure) -> &'a str {
        if measure.lang.is_empty() {
            &self.lang
        } else {
            &measure.lang
        }
    }

    /// Checks every measure: ids unique, texts present, answers and items
    /// that the scales can use, bands in rising order.
    pub fn validate(&self) -> Result<(), MeasureError> {
        let mut ids = HashSet::new();
        for m in &self.measures {
            m.validate()?;
            if !ids.insert(m.id.as_str()) {
                return fail(&m.id, "the id is used twice");
            }
        }
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }
}

impl Measure {
    fn validate(&self) -> Result<(), MeasureError> {
        let id = self.id.as_str();
        for (field, text) in [
            ("id", &self.id),
            ("name", &self.name),
            ("short name", &self.short_name),
            ("about", &self.about),
            ("instruction", &self.instruction),
            ("citation", &self.citation),
            ("licence", &self.licence),
            ("source", &self.source),
        ] {
            if text.trim().is_empty() {
                return fail(id, &format!("has no {field}"));
            }
        }
        if self.every_days == 0 {
            return fail(id, "must say how often it is offered");
        }
        if self.answers.len() < 2 || self.answers.iter().any(|a| a.label.trim().is_empty()) {
            return fail(id, "needs at least two labelled answers");
        }
        let values: HashSet<u8> = self.answers.iter().map(|a| a.value).collect();
        let (low, high) = self.range();
        if values.len() != self.answers.len() || values.len() != usize::from(high - low) + 1 {
            return fail(id, "answers must be distinct whole numbers with no gap");
        }
        if self.items.is_empty() || self.items.iter().any(|i| i.trim().is_empty()) {
            return fail(id, "has an empty item");
        }
        if self.scales.is_empty() {
            return fail(id, "has no scale");
        }
        let count = self.items.len();
        for scale in &self.scales {
            let on_form = |n: &u8| usize::from(*n) >= 1 && usize::from(*n) <= count;
            if scale.items.is_empty() || !scale.items.iter().all(on_form) {
                return fail(
                    id,
                    &format!("scale {:?} names an item not on the form", scale.id),
                );
            }
            if !scale.reversed.iter().all(|r| scale.items.contains(r)) {
                return fail(
                    id,
                    &format!("scale {:?} reverses an item it does not use", scale.id),
                );
            }
            if scale.name.trim().is_empty() || scale.higher_means.trim().is_empty() {
                return fail(id, &format!("scale {:?} is not described", scale.id));
            }
            let (last, rest) = scale
                .bands
                .split_last()
                .map_or((None, &[][..]), |(l, r)| (Some(l), r));
            let tops: Vec<Option<f64>> = rest.iter().map(|b| b.up_to).collect();
            let rising = tops.iter().all(Option::is_some) && tops.windows(2).all(|w| w[0] < w[1]);
            let last_open = last.is_none_or(|b| b.up_to.is_none());
            if !rising || !last_open || scale.bands.iter().any(|b| b.words.trim().is_empty()) {
                return fail(id, &format!("scale {:?} has bands out of order", scale.id));
            }
        }
        Ok(())
    }

    /// The lowest and highest answer values.
    fn range(&self) -> (u8, u8) {
        let low = self.answers.iter().map(|a| a.value).min().unwrap_or(0);
        let high = self.answers.iter().map(|a| a.value).max().unwrap_or(0);
        (low, high)
    }

    /// The lowest and highest score `scale` can give.
    pub fn scale_range(&self, scale: &Scale) -> (f64, f64) {
        let (low, high) = self.range();
        let n = scale.items.len() as f64;
        match scale.combine {
            Combine::Sum { factor } => (
                f64::from(low) * n * f64::from(factor),
                f64::from(high) * n * f64::from(factor),
            ),
            Combine::Mean => (f64::from(low), f64::from(high)),
        }
    }

    /// Scores a full set of answers, one per item in the form's order.
    pub fn score(&self, answers: &[u8]) -> Result<Vec<ScaleScore>, MeasureError> {
        if answers.len() != self.items.len() {
            return fail(&self.id, "every item needs one answer");
        }
        let (low, high) = self.range();
        if answers.iter().any(|a| *a < low || *a > high) {
            return fail(&self.id, "an answer is not one the form offers");
        }
        Ok(self
            .scales
            .iter()
            .map(|scale| {
                let scored = scale.items.iter().map(|n| {
                    let a = answers[usize::from(*n) - 1];
                    if scale.reversed.contains(n) {
                        low + high - a
                    } else {
                        a
                    }
                });
                let sum: u32 = scored.map(u32::from).sum();
                let value = match scale.combine {
                    Combine::Sum { factor } => f64::from(sum * u32::from(factor)),
                    Combine::Mean => {
                        (f64::from(sum) / scale.items.len() as f64 * 100.0).round() / 100.0
                    }
                };
                let band = scale
                    .bands
                    .iter()
                    .find(|b| b.up_to.is_none_or(|top| value <= top))
                    .map(|b| b.id.clone());
                ScaleScore {
                    scale: scale.id.clone(),
                    value,
                    band,
                }
            })
            .collect())
    }

    /// The first day the measure is offered again after it was last
    /// answered or set aside on `last`; a measure never answered is due
    /// now.
    pub fn due_from(&self, last: Option<NaiveDate>) -> Option<NaiveDate> {
        last.map(|d| d + Duration::days(i64::from(self.every_days)))
    }

    pub fn is_due(&self, last: Option<NaiveDate>, today: NaiveDate) -> bool {
        self.due_from(last).is_none_or(|d| d <= today)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureStatus {
    pub measure: Measure,
    /// Offered to this user (the ProQOL only to professionals).
    pub offered: bool,
    pub due: bool,
    /// Oldest first.
    pub results: Vec<ScoredResult>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoredResult {
    pub result: MeasureResult,
    pub scores: Vec<ScaleScore>,
}

/// Whether a measure is offered to this user at all.
pub fn offered(audience: Audience, professional: bool) -> bool {
    audience == Audience::Everyone || professional
}

/// Each questionnaire with her scored answers (oldest first), whether it is
/// offered to her and whether it is due on `today`. Answers that no longer
/// score (a questionnaire changed since) are left out.
pub fn statuses(
    measures: &Measures,
    results: &[MeasureResult],
    professional: bool,
    today: NaiveDate,
) -> Vec<MeasureStatus> {
    measures
        .measures
        .iter()
        .map(|m| {
            let mine: Vec<ScoredResult> = results
                .iter()
                .filter(|r| r.measure == m.id)
                .filter_map(|r| {
                    let scores = m.score(&r.answers).ok()?;
                    Some(ScoredResult {
                        result: r.clone(),
                        scores,
                    })
                })
                .collect();
            let last = mine.last().map(|r| r.result.day);
            MeasureStatus {
                measure: m.clone(),
                offered: offered(m.audience, professional),
                due: m.is_due(last, today),
                results: mine,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Measures {
        let text = include_str!("../../../assets/measures/en-GB.json");
        serde_json::from_str(text).expect("the measures file parses")
    }

    fn measure(id: &str) -> Measure {
        shipped().get(id).cloned().expect("measure in the file")
    }

    fn scores(id: &str, answers: &[u8]) -> Vec<(String, f64, Option<String>)> {
        measure(id)
            .score(answers)
            .expect("answers fit")
            .into_iter()
            .map(|s| (s.scale, s.value, s.band))
            .collect()
    }

    fn one(s: &str, v: f64, band: Option<&str>) -> (String, f64, Option<String>) {
        (s.to_owned(), v, band.map(str::to_owned))
    }

    #[test]
    fn the_shipped_measures_keep_the_rules() {
        let m = shipped();
        m.validate().expect("valid");
        let ids: Vec<_> = m.measures.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["who5", "scs_sf", "proqol5"]);
        assert_eq!(measure("who5").items.len(), 5);
        assert_eq!(measure("scs_sf").items.len(), 12);
        assert_eq!(measure("proqol5").items.len(), 30);
        // The ProQOL's licence asks for the credit and a link.
        let proqol = measure("proqol5");
        assert!(proqol.licence.contains("Center for Victims of Torture"));
        assert_eq!(proqol.link.as_deref(), Some("https://proqol.org"));
    }

    // WHO-5: the sum of five 0-5 answers, times 4. Worked by hand:
    // all 0 -> 0; all 5 -> 100; 1+2+1+2+1 = 7 -> 28 (the lower cut-off,
    // inclusive); 8 -> 32; 12 -> 48; 13 -> 52 (above 50).
    #[test]
    fn who5_by_hand() {
        assert_eq!(
            scores("who5", &[0; 5]),
            [one("wellbeing", 0.0, Some("very_low"))]
        );
        assert_eq!(
            scores("who5", &[5; 5]),
            [one("wellbeing", 100.0, Some("good"))]
        );
        assert_eq!(
            scores("who5", &[1, 2, 1, 2, 1]),
            [one("wellbeing", 28.0, Some("very_low"))]
        );
        assert_eq!(
            scores("who5", &[2, 2, 1, 2, 1]),
            [one("wellbeing", 32.0, Some("low"))]
        );
        assert_eq!(
            scores("who5", &[3, 3, 2, 2, 2]),
            [one("wellbeing", 48.0, Some("low"))]
        );
        assert_eq!(
            scores("who5", &[3, 3, 3, 2, 2]),
            [one("wellbeing", 52.0, Some("good"))]
        );
    }

    // SCS-SF: items 1, 4, 8, 9, 11, 12 reversed (6 minus the answer), then
    // the mean of all 12. All 1 -> six 1s and six 5s -> 36/12 = 3.00; all 5
    // -> the same 3.00; kind answers (5 on the kind items, 1 on the
    // reversed) -> 60/12 = 5.00; the opposite -> 1.00; a mix worked by hand
    // below -> 3.42.
    #[test]
    fn scs_sf_by_hand() {
        assert_eq!(
            scores("scs_sf", &[1; 12]),
            [one("self_compassion", 3.0, None)]
        );
        assert_eq!(
            scores("scs_sf", &[5; 12]),
            [one("self_compassion", 3.0, None)]
        );
        let reversed = [1, 4, 8, 9, 11, 12];
        let kind: Vec<u8> = (1..=12)
            .map(|n| if reversed.contains(&n) { 1 } else { 5 })
            .collect();
        assert_eq!(scores("scs_sf", &kind), [one("self_compassion", 5.0, None)]);
        let harsh: Vec<u8> = kind.iter().map(|a| 6 - a).collect();
        assert_eq!(
            scores("scs_sf", &harsh),
            [one("self_compassion", 1.0, None)]
        );
        // Answers 2,4,3,2,4,3,3,1,2,5,2,2. The reversed items become
        // 1: 2->4, 4: 2->4, 8: 1->5, 9: 2->4, 11: 2->4, 12: 2->4 (sum 25);
        // the others, items 2, 3, 5, 6, 7, 10, stay 4, 3, 4, 3, 3, 5 (sum
        // 22). 47 / 12 = 3.9166..., shown as 3.92.
        assert_eq!(
            scores("scs_sf", &[2, 4, 3, 2, 4, 3, 3, 1, 2, 5, 2, 2]),
            [one("self_compassion", 3.92, None)]
        );
    }

    const CS: [u8; 10] = [3, 6, 12, 16, 18, 20, 22, 24, 27, 30];
    const BO: [u8; 10] = [1, 4, 8, 10, 15, 17, 19, 21, 26, 29];

    /// ProQOL answers: `cs` on every compassion-satisfaction item, `bo` on
    /// every burnout item as the person answered it, `sts` on the rest
    /// (the secondary traumatic stress items).
    fn proqol(cs: u8, bo: u8, sts: u8) -> Vec<u8> {
        (1..=30)
            .map(|n| {
                if CS.contains(&n) {
                    cs
                } else if BO.contains(&n) {
                    bo
                } else {
                    sts
                }
            })
            .collect()
    }

    // ProQOL 5: three sums of ten 1-5 answers; burnout items 1, 4, 15, 17,
    // 29 reversed. Bands: 22 or less low, 23-41 moderate, 42 or more high.
    #[test]
    fn proqol_by_hand() {
        // All 1: CS 10, STS 10; burnout five 1s and five reversed to 5 = 30.
        assert_eq!(
            scores("proqol5", &[1; 30]),
            [
                one("compassion_satisfaction", 10.0, Some("low")),
                one("burnout", 30.0, Some("moderate")),
                one("secondary_traumatic_stress", 10.0, Some("low")),
            ]
        );
        // All 5: CS 50, STS 50, burnout 25 + 5 = 30.
        assert_eq!(
            scores("proqol5", &[5; 30]),
            [
                one("compassion_satisfaction", 50.0, Some("high")),
                one("burnout", 30.0, Some("moderate")),
                one("secondary_traumatic_stress", 50.0, Some("high")),
            ]
        );
        // Either side of 22/23 and 41/42 on each scale.
        let mut a = proqol(2, 2, 2); // CS 20, STS 20; burnout 5*2 + 5*4 = 30
        a[2] = 4; // item 3 (CS) 2 -> 4: CS 22
        a[1] = 4; // item 2 (STS) 2 -> 4: STS 22
        assert_eq!(
            scores("proqol5", &a),
            [
                one("compassion_satisfaction", 22.0, Some("low")),
                one("burnout", 30.0, Some("moderate")),
                one("secondary_traumatic_stress", 22.0, Some("low")),
            ]
        );
        a[5] = 3; // item 6 (CS) +1: 23
        a[4] = 3; // item 5 (STS) +1: 23
        assert_eq!(scores("proqol5", &a)[0].2.as_deref(), Some("moderate"));
        assert_eq!(scores("proqol5", &a)[2].2.as_deref(), Some("moderate"));
        // Burnout 41 and 42: plain items answered 5 (25), reversed items
        // answered so that they score 16 then 17 in all.
        let mut b = proqol(3, 5, 3);
        for (item, answer) in [(1, 3), (4, 3), (15, 3), (17, 3), (29, 4)] {
            b[item - 1] = answer; // scores 3+3+3+3+2 = 14
        }
        // 25 + 14 = 39: moderate. Item 29 answered 1 scores 5: 25 + 17 = 42.
        assert_eq!(
            scores("proqol5", &b)[1],
            one("burnout", 39.0, Some("moderate"))
        );
        b[28] = 3; // item 29 scores 3: 25 + 15 = 40
        b[0] = 2; // item 1 scores 4: 41
        assert_eq!(
            scores("proqol5", &b)[1],
            one("burnout", 41.0, Some("moderate"))
        );
        b[3] = 2; // item 4 scores 4: 42
        assert_eq!(scores("proqol5", &b)[1], one("burnout", 42.0, Some("high")));
        // CS and STS at 41 and 42.
        let mut c = proqol(4, 3, 4); // CS 40, STS 40
        c[2] = 5; // CS 41
        c[1] = 5; // STS 41
        assert_eq!(scores("proqol5", &c)[0].2.as_deref(), Some("moderate"));
        assert_eq!(scores("proqol5", &c)[2].2.as_deref(), Some("moderate"));
        c[5] = 5; // CS 42
        c[4] = 5; // STS 42
        assert_eq!(
            scores("proqol5", &c)[0],
            one("compassion_satisfaction", 42.0, Some("high"))
        );
        assert_eq!(
            scores("proqol5", &c)[2],
            one("secondary_traumatic_stress", 42.0, Some("high"))
        );
    }

    #[test]
    fn each_scale_knows_its_range() {
        let who5 = measure("who5");
        assert_eq!(who5.scale_range(&who5.scales[0]), (0.0, 100.0));
        let scs = measure("scs_sf");
        assert_eq!(scs.scale_range(&scs.scales[0]), (1.0, 5.0));
        let proqol = measure("proqol5");
        assert_eq!(proqol.scale_range(&proqol.scales[1]), (10.0, 50.0));
    }

    #[test]
    fn answers_that_do_not_fit_the_form_are_refused() {
        let who5 = measure("who5");
        assert!(who5.score(&[1, 2, 3, 4]).is_err(), "too few");
        assert!(who5.score(&[1, 2, 3, 4, 6]).is_err(), "6 is not offered");
        assert!(
            measure("scs_sf").score(&[0; 12]).is_err(),
            "0 is not offered"
        );
    }

    #[test]
    fn broken_data_is_caught() {
        let mut m = shipped();
        m.measures[0].scales[0].items.push(9);
        assert!(m.validate().is_err(), "item 9 of 5");
        let mut m = shipped();
        m.measures[2].scales[1].reversed.push(3);
        assert!(m.validate().is_err(), "reverses an item of another scale");
        let mut m = shipped();
        m.measures[2].scales[0].bands.swap(0, 1);
        assert!(m.validate().is_err(), "bands out of order");
        let mut m = shipped();
        m.measures[1].answers.pop();
        m.measures[1].answers.remove(0);
        m.measures[1].answers.push(Answer {
            value: 9,
            label: "x".into(),
        });
        assert!(m.validate().is_err(), "a gap in the answers");
    }

    #[test]
    fn a_measure_comes_round_again_after_its_period() {
        let who5 = measure("who5");
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).expect("date");
        assert!(who5.is_due(None, day(1)), "never answered");
        assert!(!who5.is_due(Some(day(1)), day(14)));
        assert!(who5.is_due(Some(day(1)), day(15)), "14 days later");
    }

    #[test]
    fn statuses_score_her_answers_and_offer_the_proqol_to_professionals_only() {
        let measures = shipped();
        let today: NaiveDate = "2026-11-30".parse().unwrap();
        let taken = |id: i64, measure: &str, answers: Vec<u8>, day: &str| MeasureResult {
            id,
            measure: measure.to_owned(),
            answers,
            day: day.parse().unwrap(),
            taken_at: today.and_hms_opt(9, 0, 0).unwrap(),
        };
        let results = [
            taken(1, "who5", vec![3; 5], "2026-11-10"),
            taken(2, "who5", vec![5; 5], "2026-11-25"),
            // Answers that no longer fit the form are left out, not fatal.
            taken(3, "who5", vec![9; 2], "2026-11-26"),
        ];
        let family = statuses(&measures, &results, false, today);
        assert_eq!(family.len(), measures.measures.len());
        let who5 = family.iter().find(|s| s.measure.id == "who5").unwrap();
        assert!(who5.offered);
        assert_eq!(who5.results.len(), 2);
        assert_eq!(who5.results[1].scores[0].value, 100.0);
        // Answered five days ago, every fourteen days: not due yet.
        assert!(!who5.due);
        let proqol = |list: &[MeasureStatus]| {
            list.iter()
                .find(|s| s.measure.id == "proqol5")
                .map(|s| (s.offered, s.due))
        };
        assert_eq!(proqol(&family), Some((false, true)));
        let nurse = statuses(&measures, &results, true, today);
        assert_eq!(proqol(&nurse), Some((true, true)));
    }
}
