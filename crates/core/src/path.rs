//! The guided path, "Four weeks with the compassionate mind", as data, and
//! the rules of moving through it: pure functions of the path and of the
//! events the journal keeps (started, each step done or undone, paused,
//! resumed, left). Nothing here scolds: a paused path keeps its place,
//! steps in a week can be done in any order, and finishing a week only
//! suggests the next one.

use crate::exercise::{Catalogue, ContentError};
use crate::measure::Measures;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

const MAX_TEXT: usize = 600;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuidedPath {
    pub lang: String,
    pub about: String,
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Questionnaires offered at the start and the end, by id.
    pub measures: Vec<String>,
    pub weeks: Vec<Week>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Week {
    pub title: String,
    /// The week's idea, a short paragraph.
    pub idea: String,
    pub steps: Vec<PathStep>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathStep {
    pub id: String,
    pub exercise: String,
    /// A practice's suggested length; none for writing.
    #[serde(default)]
    pub seconds: Option<u32>,
    /// Written in the journal with the exercise as its prompt.
    #[serde(default)]
    pub writing: bool,
    /// The roles this step is for; empty for everyone. A step for family
    /// carers stands in place of one for professionals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<crate::prefs::Role>,
}

impl PathStep {
    /// Whether she sees this step. Until she has said who she cares for,
    /// the path is the one the professionals' course used.
    pub fn is_for(&self, role: Option<crate::prefs::Role>) -> bool {
        use crate::prefs::Role;
        self.roles.is_empty() || self.roles.contains(&role.unwrap_or(Role::Professional))
    }
}

impl GuidedPath {
    /// Checks the path against the exercises and questionnaires it names.
    pub fn validate(&self, catalogue: &Catalogue, measures: &Measures) -> Result<(), ContentError> {
        let fail = |what: String| Err(ContentError(format!("path {:?}: {what}", self.id)));
        let text_ok = |t: &str| !t.trim().is_empty() && t.chars().count() <= MAX_TEXT;
        if !text_ok(&self.title) || !text_ok(&self.summary) || !text_ok(&self.about) {
            return fail("a title, summary or note is empty or too long".into());
        }
        if !(1..=8).contains(&self.weeks.len()) {
            return fail("a path has one to eight weeks".into());
        }
        for id in &self.measures {
            if measures.get(id).is_none() {
                return fail(format!("no questionnaire {id:?}"));
            }
        }
        let mut seen = BTreeSet::new();
        for (n, week) in self.weeks.iter().enumerate() {
            let n = n + 1;
            if !text_ok(&week.title) || !text_ok(&week.idea) {
                return fail(format!("week {n}'s title or idea is empty or too long"));
            }
            let roles = [None].into_iter().chain(crate::prefs::Role::ALL.map(Some));
            for role in roles {
                let seen_by = week.steps.iter().filter(|s| s.is_for(role)).count();
                if !(2..=3).contains(&seen_by) {
                    return fail(format!("week {n} needs two or three steps for {role:?}"));
                }
            }
            for step in &week.steps {
                let id_ok = !step.id.is_empty()
                    && step
                        .id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                if !id_ok || !seen.insert(step.id.as_str()) {
                    return fail(format!("step {:?} needs a unique lower-case id", step.id));
                }
                let Some(exercise) = catalogue.get(&step.exercise) else {
                    return fail(format!(
                        "step {:?}: no exercise {:?}",
                        step.id, step.exercise
                    ));
                };
                match (step.writing, step.seconds) {
                    (true, None) if exercise.flags.writing => {}
                    (false, Some(s)) if !exercise.flags.writing && exercise.length(s).is_some() => {
                        // A short practice fits a busy week: three minutes
                        // between visits, five at home.
                        if s > 300 {
                            return fail(format!("step {:?} is longer than five minutes", step.id));
                        }
                    }
                    _ => {
                        return fail(format!(
                            "step {:?} must be a writing prompt or one of its exercise's lengths",
                            step.id
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// Every step, in order, with the index of its week.
    pub fn steps(&self) -> impl Iterator<Item = (usize, &PathStep)> {
        self.weeks
            .iter()
            .enumerate()
            .flat_map(|(w, week)| week.steps.iter().map(move |s| (w, s)))
    }

    pub fn step(&self, id: &str) -> Option<(usize, &PathStep)> {
        self.steps().find(|(_, s)| s.id == id)
    }

    /// The path as she sees it: only the steps for her role.
    pub fn for_role(&self, role: Option<crate::prefs::Role>) -> GuidedPath {
        let mut path = self.clone();
        for week in &mut path.weeks {
            week.steps.retain(|s| s.is_for(role));
        }
        path
    }
}

/// What happened on the path, as the journal keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PathEventKind {
    Started,
    Paused,
    Resumed,
    Done,
    Undone,
    /// Left the path; starting again begins afresh.
    Left,
}

impl PathEventKind {
    pub const ALL: [PathEventKind; 6] = [
        PathEventKind::Started,
        PathEventKind::Paused,
        PathEventKind::Resumed,
        PathEventKind::Done,
        PathEventKind::Undone,
        PathEventKind::Left,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PathEventKind::Started => "started",
            PathEventKind::Paused => "paused",
            PathEventKind::Resumed => "resumed",
            PathEventKind::Done => "done",
            PathEventKind::Undone => "undone",
            PathEventKind::Left => "left",
        }
    }

    pub fn from_id(id: &str) -> Option<PathEventKind> {
        PathEventKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Whether the event is about one step.
    pub fn has_step(self) -> bool {
        matches!(self, PathEventKind::Done | PathEventKind::Undone)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathEvent {
    pub kind: PathEventKind,
    pub step: Option<String>,
    /// UTC.
    pub at: NaiveDateTime,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PathState {
    NotStarted,
    Active,
    Paused,
    /// Every step done.
    Complete,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub state: PathState,
    /// When this time on the path began (UTC).
    pub started_at: Option<NaiveDateTime>,
    /// When the last step was done (UTC), once complete.
    pub completed_at: Option<NaiveDateTime>,
    /// The steps done, in the path's order.
    pub done: Vec<String>,
    /// The week to look at now (from 0): the first with a step not done.
    pub week: usize,
    /// The step suggested next, unless paused or complete.
    pub next: Option<String>,
}

/// Where the user is on `path`, from the events in the order they happened.
/// Events about steps the path does not have (from a different version of
/// it) are ignored; so is anything before a start.
pub fn progress(path: &GuidedPath, events: &[PathEvent]) -> Progress {
    let mut state = PathState::NotStarted;
    let mut started_at = None;
    let mut done: BTreeSet<&str> = BTreeSet::new();
    let mut last_done_at = None;
    for event in events {
        let on_path = state != PathState::NotStarted;
        match event.kind {
            PathEventKind::Started if !on_path => {
                state = PathState::Active;
                started_at = Some(event.at);
                done.clear();
            }
            PathEventKind::Paused if on_path => state = PathState::Paused,
            PathEventKind::Resumed if on_path => state = PathState::Active,
            PathEventKind::Left => {
                state = PathState::NotStarted;
                started_at = None;
                done.clear();
            }
            PathEventKind::Done | PathEventKind::Undone if on_path => {
                let Some((_, step)) = event.step.as_deref().and_then(|s| path.step(s)) else {
                    continue;
                };
                if event.kind == PathEventKind::Done {
                    done.insert(step.id.as_str());
                    last_done_at = Some(event.at);
                } else {
                    done.remove(step.id.as_str());
                }
            }
            _ => {}
        }
    }
    let all = path.steps().count();
    let complete = state != PathState::NotStarted && done.len() == all;
    if complete {
        state = PathState::Complete;
    }
    let first_open = path.steps().find(|(_, s)| !done.contains(s.id.as_str()));
    let week = first_open.map_or(path.weeks.len().saturating_sub(1), |(w, _)| w);
    let next = match state {
        PathState::Active => first_open.map(|(_, s)| s.id.clone()),
        _ => None,
    };
    Progress {
        state,
        started_at,
        completed_at: complete.then_some(last_done_at).flatten(),
        done: path
            .steps()
            .filter(|(_, s)| done.contains(s.id.as_str()))
            .map(|(_, s)| s.id.clone())
            .collect(),
        week,
        next,
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn path() -> GuidedPath {
        crate::content::guided_path().expect("the shipped path is valid")
    }

    fn at(minute: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
            .and_then(|d| d.and_hms_opt(9, minute, 0))
            .expect("a time")
    }

    fn event(kind: PathEventKind, step: Option<&str>, minute: u32) -> PathEvent {
        PathEvent {
            kind,
            step: step.map(str::to_owned),
            at: at(minute),
        }
    }

    #[test]
    fn a_family_carer_meets_her_own_step_where_a_professional_meets_theirs() {
        use crate::prefs::Role;
        let path: GuidedPath =
            serde_json::from_str(include_str!("../../../assets/path/en-GB.json")).unwrap();
        let week3 = |role| -> Vec<String> {
            path.for_role(role).weeks[2]
                .steps
                .iter()
                .map(|s| s.id.clone())
                .collect()
        };
        assert_eq!(
            week3(Some(Role::FamilyCarer)),
            ["w3_break", "w3_guilt", "w3_letter"]
        );
        for role in [None, Some(Role::Professional), Some(Role::Both)] {
            assert_eq!(
                week3(role),
                ["w3_break", "w3_touch", "w3_letter"],
                "{role:?}"
            );
        }
        // Every role sees two or three steps a week; a week that would
        // leave one role with one step is refused.
        let mut broken = path.clone();
        broken.weeks[0].steps[0].roles = vec![Role::FamilyCarer];
        broken.weeks[0].steps[1].roles = vec![Role::FamilyCarer];
        let catalogue = crate::content::catalogue().unwrap();
        let measures = crate::content::measures().unwrap();
        path.validate(&catalogue, &measures).unwrap();
        assert!(broken.validate(&catalogue, &measures).is_err());
    }

    #[test]
    fn the_shipped_path_has_four_weeks_of_two_or_three_steps() {
        let p = path();
        assert_eq!(p.weeks.len(), 4);
        for role in [None].into_iter().chain(crate::prefs::Role::ALL.map(Some)) {
            let seen = p.for_role(role);
            assert!(seen.weeks.iter().all(|w| (2..=3).contains(&w.steps.len())));
        }
        assert_eq!(p.measures, ["scs_sf", "proqol5"]);
    }

    #[test]
    fn broken_paths_are_refused_by_name() {
        let catalogue = crate::content::catalogue().expect("catalogue");
        let measures = crate::content::measures().expect("measures");
        type Breakage = Box<dyn Fn(&mut GuidedPath)>;
        let cases: Vec<(&str, Breakage)> = vec![
            (
                "no exercise",
                Box::new(|p| p.weeks[0].steps[0].exercise = "juggling".into()),
            ),
            (
                "unique",
                Box::new(|p| p.weeks[1].steps[0].id = p.weeks[0].steps[0].id.clone()),
            ),
            (
                "lengths",
                Box::new(|p| p.weeks[0].steps[0].seconds = Some(45)),
            ),
            (
                "lengths",
                Box::new(|p| p.weeks[2].steps[2].seconds = Some(600)),
            ),
            ("lengths", Box::new(|p| p.weeks[0].steps[0].writing = true)),
            ("two or three", Box::new(|p| p.weeks[0].steps.truncate(1))),
            (
                "questionnaire",
                Box::new(|p| p.measures.push("zarit".into())),
            ),
            ("empty", Box::new(|p| p.weeks[3].idea = " ".into())),
            ("one to eight", Box::new(|p| p.weeks.clear())),
        ];
        for (why, break_it) in cases {
            let mut p = path();
            break_it(&mut p);
            let err = p.validate(&catalogue, &measures).expect_err(why);
            assert!(err.0.contains(why), "{why}: {}", err.0);
        }
    }

    #[test]
    fn pausing_and_resuming_keep_the_place_and_steps_go_in_any_order() {
        use PathEventKind::*;
        let p = path();
        let w1: Vec<&str> = p.weeks[0].steps.iter().map(|s| s.id.as_str()).collect();
        let w2_first = p.weeks[1].steps[0].id.as_str();
        assert_eq!(progress(&p, &[]).state, PathState::NotStarted);

        // The last step of week one first, then a pause.
        let mut events = vec![
            event(Started, None, 0),
            event(Done, Some(w1[2]), 1),
            event(Paused, None, 2),
        ];
        let paused = progress(&p, &events);
        assert_eq!(paused.state, PathState::Paused);
        assert_eq!(paused.done, [w1[2]]);
        assert_eq!(paused.next, None, "nothing is pressed on a paused path");
        assert_eq!(paused.week, 0);

        events.push(event(Resumed, None, 3));
        let resumed = progress(&p, &events);
        assert_eq!(resumed.state, PathState::Active);
        assert_eq!(
            resumed.next.as_deref(),
            Some(w1[0]),
            "the first step not done"
        );

        // Week two can be started before week one is finished...
        events.push(event(Done, Some(w2_first), 4));
        let ahead = progress(&p, &events);
        assert_eq!(ahead.week, 0, "...but week one is still the one suggested");
        // ...and finishing week one suggests week two, no more.
        events.push(event(Done, Some(w1[0]), 5));
        events.push(event(Done, Some(w1[1]), 6));
        let next_week = progress(&p, &events);
        assert_eq!(next_week.week, 1);
        assert_eq!(
            next_week.next.as_deref(),
            Some(p.weeks[1].steps[1].id.as_str())
        );

        // Undone takes a step back; unknown steps and stray events change nothing.
        events.push(event(Undone, Some(w1[0]), 7));
        events.push(event(Done, Some("no_such_step"), 8));
        events.push(event(Started, None, 9));
        let back = progress(&p, &events);
        assert_eq!(back.week, 0);
        assert_eq!(back.started_at, Some(at(0)));
        assert_eq!(back.done.len(), 3);
    }

    #[test]
    fn every_step_done_completes_the_path_and_leaving_starts_afresh() {
        use PathEventKind::*;
        let p = path();
        let mut events = vec![event(Started, None, 0)];
        for (i, (_, step)) in p.steps().enumerate() {
            events.push(event(Done, Some(&step.id), i as u32 + 1));
        }
        let done = progress(&p, &events);
        assert_eq!(done.state, PathState::Complete);
        assert_eq!(done.completed_at, Some(at(p.steps().count() as u32)));
        assert_eq!(done.next, None);

        events.push(event(Left, None, 40));
        assert_eq!(progress(&p, &events).state, PathState::NotStarted);
        events.push(event(Started, None, 41));
        let again = progress(&p, &events);
        assert_eq!(again.state, PathState::Active);
        assert!(again.done.is_empty());
        assert_eq!(again.started_at, Some(at(41)));
    }
}
