//! Exercises as data: what each one is, where it comes from, the lengths it
//! offers and its steps, and the rules that content must keep.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// The exercise the player offers as "stop or switch to grounding".
pub const GROUNDING: &str = "soles_of_feet";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub lang: String,
    pub about: String,
    pub exercises: Vec<Exercise>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    /// The tradition or study the practice comes from.
    pub origin: String,
    /// Where its structure was taken from.
    pub source: String,
    pub summary: String,
    pub flags: Flags,
    pub cautions: Vec<String>,
    /// What to switch to when this one does not suit; only the grounding
    /// exercise itself has none.
    pub alternative: Option<String>,
    pub lengths: Vec<Length>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flags {
    /// 30 s to 3 min, discreet, can be done standing between visits.
    pub between_visits: bool,
    pub eyes_open: bool,
    pub breath_free: bool,
    pub writing: bool,
    pub imagery: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Length {
    pub seconds: u32,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub text: String,
    pub seconds: u32,
    /// Whether the breathing pacer runs during this step.
    pub pacer: bool,
}

/// A rule the content broke, naming the exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError(pub String);

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ContentError {}

impl Catalogue {
    /// Checks every rule exercises must keep; the first broken one is
    /// reported.
    pub fn validate(&self) -> Result<(), ContentError> {
        let fail = |id: &str, what: &str| Err(ContentError(format!("exercise {id:?}: {what}")));
        let mut ids = HashSet::new();
        for e in &self.exercises {
            if e.id.is_empty() || !ids.insert(e.id.as_str()) {
                return fail(&e.id, "an id must be present and unique");
            }
            for (field, text) in [
                ("title", &e.title),
                ("origin", &e.origin),
                ("source", &e.source),
                ("summary", &e.summary),
            ] {
                if text.trim().is_empty() {
                    return fail(&e.id, &format!("has no {field}"));
                }
            }
            if e.cautions.is_empty() || e.cautions.iter().any(|c| c.trim().is_empty()) {
                return fail(&e.id, "has no cautions");
            }
            if e.lengths.is_empty() {
                return fail(&e.id, "offers no length");
            }
            for length in &e.lengths {
                if length.steps.is_empty()
                    || length
                        .steps
                        .iter()
                        .any(|s| s.text.trim().is_empty() || s.seconds == 0)
                {
                    return fail(
                        &e.id,
                        &format!("its {} s length has an empty step or none", length.seconds),
                    );
                }
                let total: u32 = length.steps.iter().map(|s| s.seconds).sum();
                if total != length.seconds {
                    return fail(
                        &e.id,
                        &format!(
                            "steps add up to {total} s, not the {} s offered",
                            length.seconds
                        ),
                    );
                }
                if e.flags.breath_free && length.steps.iter().any(|s| s.pacer) {
                    return fail(&e.id, "is marked breath-free but uses the breathing pacer");
                }
            }
            if e.flags.between_visits && !e.lengths.iter().any(|l| l.seconds <= 180) {
                return fail(
                    &e.id,
                    "is marked for between visits but has no length of 3 minutes or less",
                );
            }
        }
        for e in &self.exercises {
            match &e.alternative {
                Some(alt) if !ids.contains(alt.as_str()) => {
                    return fail(&e.id, "names an alternative that does not exist");
                }
                None if e.id != GROUNDING => return fail(&e.id, "offers no alternative"),
                _ => {}
            }
        }
        if !ids.contains(GROUNDING) {
            return Err(ContentError(format!(
                "the grounding exercise {GROUNDING:?} is missing"
            )));
        }
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }
}

impl Exercise {
    pub fn length(&self, seconds: u32) -> Option<&Length> {
        self.lengths.iter().find(|l| l.seconds == seconds)
    }

    /// The shortest length that fits in `available` seconds, if any.
    pub fn fits(&self, available: u32) -> Option<&Length> {
        self.lengths
            .iter()
            .filter(|l| l.seconds <= available)
            .min_by_key(|l| l.seconds)
    }
}

/// What the library can filter on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Seconds available; `None` for any length.
    pub time: Option<u32>,
    pub between_visits: bool,
    pub breath_free: bool,
    pub writing: bool,
    pub favourites: bool,
}

impl Filter {
    /// Whether `e` passes; `favourite` says whether the user marked it.
    pub fn matches(&self, e: &Exercise, favourite: bool) -> bool {
        self.time.is_none_or(|t| e.fits(t).is_some())
            && (!self.between_visits || e.flags.between_visits)
            && (!self.breath_free || e.flags.breath_free)
            && (!self.writing || e.flags.writing)
            && (!self.favourites || favourite)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Catalogue {
        let text = include_str!("../../../assets/exercises/en-GB.json");
        serde_json::from_str(text).expect("the exercise file parses")
    }

    #[test]
    fn the_shipped_exercises_keep_every_rule() {
        let c = shipped();
        c.validate().unwrap();
        assert!(
            c.exercises.len() >= 12,
            "at least 12 exercises, found {}",
            c.exercises.len()
        );
        assert_eq!(c.lang, "en-GB");
        assert!(
            c.get("three_circles").is_some(),
            "the three-circles check-in is there"
        );
    }

    #[test]
    fn every_broken_rule_is_caught() {
        let good = shipped();
        type Breaker = (&'static str, fn(&mut Catalogue));
        let breakers: Vec<Breaker> = vec![
            ("no origin", |c| c.exercises[0].origin.clear()),
            ("no cautions", |c| c.exercises[0].cautions.clear()),
            ("no length", |c| c.exercises[0].lengths.clear()),
            ("no steps", |c| c.exercises[0].lengths[0].steps.clear()),
            ("steps do not add up", |c| {
                c.exercises[0].lengths[0].steps[0].seconds += 1
            }),
            ("duplicate id", |c| {
                let copy = c.exercises[0].clone();
                c.exercises.push(copy);
            }),
            ("unknown alternative", |c| {
                c.exercises[0].alternative = Some("nowhere".into())
            }),
            ("breath-free with a pacer", |c| {
                let e = c
                    .exercises
                    .iter_mut()
                    .find(|e| e.flags.breath_free)
                    .unwrap();
                e.lengths[0].steps[0].pacer = true;
            }),
        ];
        for (what, break_it) in breakers {
            let mut c = good.clone();
            break_it(&mut c);
            assert!(c.validate().is_err(), "{what} was not caught");
        }
    }

    #[test]
    fn filters_pick_what_fits() {
        let c = shipped();
        let short = Filter {
            time: Some(30),
            ..Filter::default()
        };
        let ids: Vec<_> = c
            .exercises
            .iter()
            .filter(|e| short.matches(e, false))
            .map(|e| e.id.as_str())
            .collect();
        assert!(
            ids.contains(&"soothing_breath") && ids.contains(&"soles_of_feet"),
            "{ids:?}"
        );
        assert!(!ids.contains(&"compassionate_letter"));
        let writing = Filter {
            writing: true,
            ..Filter::default()
        };
        assert!(
            c.exercises
                .iter()
                .filter(|e| writing.matches(e, false))
                .all(|e| e.flags.writing)
        );
        let breath_free = Filter {
            breath_free: true,
            time: Some(60),
            ..Filter::default()
        };
        assert!(
            c.exercises
                .iter()
                .filter(|e| breath_free.matches(e, false))
                .all(|e| !e.id.contains("breath"))
        );
    }
}
