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

mod compare;

pub use compare::{BeforeAfter, ScaleChange, before_after};

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
    #[cfg_attr(
        target_arch = "wasm32",
        serde(deserialize_with = "crate::wire::dt_opt", default)
    )]
    pub started_at: Option<NaiveDateTime>,
    /// When the last step was done (UTC), once complete.
    #[cfg_attr(
        target_arch = "wasm32",
        serde(deserialize_with = "crate::wire::dt_opt", default)
    )]
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

/// What Today suggests while the path is active.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathNext {
    /// Counted from 1.
    pub week: usize,
    pub title: String,
    pub step: PathStep,
}

/// The step Today suggests while the path is active, named from the
/// exercises; none while it is paused, complete or not begun.
pub fn next_step(
    path: &GuidedPath,
    progress: &Progress,
    catalogue: &Catalogue,
) -> Option<PathNext> {
    if progress.state != PathState::Active {
        return None;
    }
    let (week, step) = progress.next.as_deref().and_then(|id| path.step(id))?;
    let title = catalogue
        .get(&step.exercise)
        .map(|e| e.title.clone())
        .unwrap_or_default();
    Some(PathNext {
        week: week + 1,
        title,
        step: step.clone(),
    })
}
