//! The questionnaires before and after the guided path: her own answers
//! around its start and, once it is complete, around its end.

use super::{GuidedPath, Progress};
use crate::measure::Measures;
use serde::{Deserialize, Serialize};

/// How long before the start, and after it, an answer still counts as
/// "at the start"; the same around the end.
const AROUND_DAYS: i64 = 14;

/// One questionnaire's scales at the start of the path and at its end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BeforeAfter {
    pub measure: String,
    pub name: String,
    /// The journal days the two answers were given on.
    pub before_day: Option<chrono::NaiveDate>,
    pub after_day: Option<chrono::NaiveDate>,
    pub scales: Vec<ScaleChange>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScaleChange {
    pub name: String,
    pub higher_means: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

/// For each questionnaire the path offers, the answer given around the
/// start (up to two weeks either side, the latest) and, once the path is
/// complete, the latest given from two weeks before the end on. Only the
/// user's own answers, side by side: self-reported screening, never a
/// verdict.
pub fn before_after(
    path: &GuidedPath,
    progress: &Progress,
    results: &[crate::measure::MeasureResult],
    measures: &Measures,
) -> Vec<BeforeAfter> {
    let Some(start) = progress.started_at else {
        return Vec::new();
    };
    let around = chrono::Duration::days(AROUND_DAYS);
    path.measures
        .iter()
        .filter_map(|id| measures.get(id))
        .map(|measure| {
            let mine = || results.iter().filter(|r| r.measure == measure.id);
            let before = mine()
                .filter(|r| r.taken_at >= start - around && r.taken_at <= start + around)
                .max_by_key(|r| r.taken_at);
            let after = progress.completed_at.and_then(|end| {
                mine()
                    .filter(|r| r.taken_at >= end - around)
                    .filter(|r| before.is_none_or(|b| r.taken_at > b.taken_at))
                    .max_by_key(|r| r.taken_at)
            });
            let scores = |r: Option<&crate::measure::MeasureResult>| {
                r.and_then(|r| measure.score(&r.answers).ok())
                    .unwrap_or_default()
            };
            let (b, a) = (scores(before), scores(after));
            let value = |list: &[crate::measure::ScaleScore], id: &str| {
                list.iter().find(|s| s.scale == id).map(|s| s.value)
            };
            BeforeAfter {
                measure: measure.id.clone(),
                name: measure.short_name.clone(),
                before_day: before.map(|r| r.day),
                after_day: after.map(|r| r.day),
                scales: measure
                    .scales
                    .iter()
                    .map(|scale| ScaleChange {
                        name: scale.name.clone(),
                        higher_means: scale.higher_means.clone(),
                        before: value(&b, &scale.id),
                        after: value(&a, &scale.id),
                    })
                    .collect(),
            }
        })
        .collect()
}
