//! What Today mentions: a measure that is due (one at a time, so a first
//! day is not a wall of questionnaires) and a gentle suggestion of support.
//! Each can be set aside; a set-aside measure returns when it is next due,
//! the suggestion after two weeks if the reasons still hold.

use crate::checkin::CheckIn;
use crate::insights::SupportReason;
use crate::insights::{LatestScores, support_reasons};
use crate::measure::{MeasureResult, Measures, offered};
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// How long a set-aside suggestion of support stays quiet.
pub const SUPPORT_QUIET_DAYS: i64 = 14;
/// How old a measure's answer may be and still count towards a suggestion.
pub const RECENT_RESULT_DAYS: i64 = 30;

/// Everything `notices` needs to know about the user.
#[derive(Debug)]
pub struct NoticeInputs<'a> {
    pub today: NaiveDate,
    pub professional: bool,
    pub measures: &'a Measures,
    /// Every stored answer, oldest first.
    pub results: &'a [MeasureResult],
    /// At least the last fourteen days of check-ins.
    pub checkins: &'a [CheckIn],
}

/// The latest scores answered within the last 30 days.
pub fn latest_scores(
    measures: &Measures,
    results: &[MeasureResult],
    today: NaiveDate,
) -> LatestScores {
    let since = today - Duration::days(RECENT_RESULT_DAYS);
    let mut latest = LatestScores::default();
    for r in results.iter().filter(|r| r.day >= since && r.day <= today) {
        let Some(scores) = measures
            .get(&r.measure)
            .and_then(|m| m.score(&r.answers).ok())
        else {
            continue;
        };
        for s in scores {
            match (r.measure.as_str(), s.scale.as_str()) {
                ("who5", "wellbeing") => latest.wellbeing = Some(s.value),
                ("proqol5", "burnout") => latest.burnout = Some(s.value),
                ("proqol5", "secondary_traumatic_stress") => {
                    latest.secondary_stress = Some(s.value)
                }
                _ => {}
            }
        }
    }
    latest
}

/// The notices for Today; `dismissed` gives the day a notice's key was
/// last set aside.
pub fn notices(
    inputs: &NoticeInputs<'_>,
    dismissed: impl Fn(&str) -> Option<NaiveDate>,
) -> Vec<Notice> {
    let mut out = Vec::new();
    let reasons = support_reasons(
        inputs.checkins,
        inputs.today,
        latest_scores(inputs.measures, inputs.results, inputs.today),
    );
    if !reasons.is_empty() {
        let notice = Notice::Support { reasons };
        let quiet = dismissed(&notice.key())
            .is_some_and(|d| inputs.today < d + Duration::days(SUPPORT_QUIET_DAYS));
        if !quiet {
            out.push(notice);
        }
    }
    let due = inputs.measures.measures.iter().find(|m| {
        if !offered(m.audience, inputs.professional) {
            return false;
        }
        let answered = inputs
            .results
            .iter()
            .filter(|r| r.measure == m.id)
            .map(|r| r.day)
            .max();
        let set_aside = dismissed(&format!("measure.{}", m.id));
        m.is_due(answered.max(set_aside), inputs.today)
    });
    if let Some(m) = due {
        out.push(Notice::MeasureDue {
            measure: m.id.clone(),
            name: m.short_name.clone(),
        });
    }
    out
}

/// Something Today mentions until the user sets it aside.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    /// A periodic measure is due.
    MeasureDue { measure: String, name: String },
    /// A gentle suggestion to find support, and why.
    Support { reasons: Vec<SupportReason> },
}

impl Notice {
    /// The key it is set aside under.
    pub fn key(&self) -> String {
        match self {
            Notice::MeasureDue { measure, .. } => format!("measure.{measure}"),
            Notice::Support { .. } => "support".to_owned(),
        }
    }
}

/// Whether Today offers a questionnaire among `notices`: a reminder of the
/// questionnaire kind waits for that.
pub fn measure_due(notices: &[Notice]) -> bool {
    notices
        .iter()
        .any(|n| matches!(n, Notice::MeasureDue { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::Ratings;
    use crate::insights::SupportReason;
    use chrono::NaiveDateTime;

    fn measures() -> Measures {
        serde_json::from_str(include_str!("../../../assets/measures/en-GB.json")).expect("parses")
    }

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 5, 1).expect("date") + Duration::days(n)
    }

    fn result(measure: &str, answers: &[u8], d: i64) -> MeasureResult {
        MeasureResult {
            id: d,
            measure: measure.into(),
            answers: answers.to_vec(),
            day: day(d),
            taken_at: NaiveDateTime::default(),
        }
    }

    fn hard_day(n: i64) -> CheckIn {
        CheckIn {
            day: day(n),
            ratings: Ratings {
                exhaustion: 9,
                ..Ratings::MIDDLE
            },
            context: None,
            tags: vec![],
            note: String::new(),
            created_at: NaiveDateTime::default(),
            updated_at: NaiveDateTime::default(),
        }
    }

    fn kinds(n: &[Notice]) -> Vec<String> {
        n.iter().map(Notice::key).collect()
    }

    #[test]
    fn one_measure_at_a_time_and_the_proqol_only_for_professionals() {
        let m = measures();
        let mut inputs = NoticeInputs {
            today: day(0),
            professional: false,
            measures: &m,
            results: &[],
            checkins: &[],
        };
        assert_eq!(kinds(&notices(&inputs, |_| None)), ["measure.who5"]);
        let answered = [result("who5", &[3; 5], 0), result("scs_sf", &[3; 12], 0)];
        inputs.results = &answered;
        assert_eq!(kinds(&notices(&inputs, |_| None)), Vec::<String>::new());
        inputs.professional = true;
        assert_eq!(kinds(&notices(&inputs, |_| None)), ["measure.proqol5"]);
        // Fourteen days on, the WHO-5 comes round again.
        inputs.professional = false;
        inputs.today = day(14);
        assert_eq!(kinds(&notices(&inputs, |_| None)), ["measure.who5"]);
    }

    #[test]
    fn a_set_aside_measure_waits_for_its_next_turn() {
        let m = measures();
        let inputs = NoticeInputs {
            today: day(5),
            professional: false,
            measures: &m,
            results: &[],
            checkins: &[],
        };
        let who5_set_aside = |k: &str| (k == "measure.who5").then(|| day(5));
        assert_eq!(kinds(&notices(&inputs, who5_set_aside)), ["measure.scs_sf"]);
        let both = |_: &str| Some(day(5));
        assert_eq!(kinds(&notices(&inputs, both)), Vec::<String>::new());
    }

    #[test]
    fn support_is_suggested_and_can_be_set_aside_for_two_weeks() {
        let m = measures();
        let hard: Vec<CheckIn> = (0..14).map(hard_day).collect();
        let answered = [result("who5", &[3; 5], 13), result("scs_sf", &[3; 12], 13)];
        let mut inputs = NoticeInputs {
            today: day(13),
            professional: false,
            measures: &m,
            results: &answered,
            checkins: &hard,
        };
        let n = notices(&inputs, |_| None);
        assert_eq!(
            n,
            [Notice::Support {
                reasons: vec![SupportReason::Exhausted { days: 14, of: 14 }]
            }]
        );
        let set_aside = |k: &str| (k == "support").then(|| day(13));
        assert_eq!(notices(&inputs, set_aside), []);
        let still: Vec<CheckIn> = (13..28).map(hard_day).collect();
        inputs.checkins = &still;
        inputs.today = day(26);
        assert_eq!(
            kinds(&notices(&inputs, set_aside)),
            Vec::<String>::new(),
            "still quiet"
        );
        inputs.today = day(27);
        // Two weeks on, and the WHO-5 is due again too.
        assert_eq!(
            kinds(&notices(&inputs, set_aside)),
            ["support", "measure.who5"]
        );
    }

    #[test]
    fn a_low_wellbeing_score_counts_for_thirty_days() {
        let m = measures();
        let low = [
            result("who5", &[1, 1, 1, 1, 1], 0),
            result("scs_sf", &[3; 12], 0),
        ];
        let mut inputs = NoticeInputs {
            today: day(10),
            professional: false,
            measures: &m,
            results: &low,
            checkins: &[],
        };
        let n = notices(&inputs, |k| (k == "measure.who5").then(|| day(10)));
        assert_eq!(
            n,
            [Notice::Support {
                reasons: vec![SupportReason::LowWellbeing { score: 20.0 }]
            }]
        );
        inputs.today = day(31);
        assert!(
            notices(&inputs, |_| Some(day(31))).is_empty(),
            "too old to count"
        );
    }
}
