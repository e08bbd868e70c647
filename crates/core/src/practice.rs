//! A practice session as it is stored, and "what helps me": the average
//! change each exercise brings, once there are enough sessions to say.

use crate::checkin::{MAX_NOTE_CHARS, MAX_RATING};
use crate::said::Said;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// Sessions with both ratings needed before an exercise's effect is shown.
pub const MIN_SESSIONS_FOR_HELPS: usize = 3;

/// How the user felt, from 0 to 10: how calm, how kind to myself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feeling {
    pub calm: u8,
    pub kind: u8,
}

/// What the player sends when an exercise ends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub exercise: String,
    /// Wall-clock seconds from pressing Start to saving, pauses and
    /// ratings included; the shell turns it into a start time.
    #[serde(default)]
    pub seconds_since_start: u32,
    pub seconds_offered: u32,
    pub seconds_played: u32,
    pub finished: bool,
    pub before: Option<Feeling>,
    pub after: Option<Feeling>,
    pub note: String,
}

/// A stored session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: i64,
    pub record: SessionRecord,
    /// When it was saved, in UTC.
    pub saved_at: NaiveDateTime,
    /// When it began, in UTC; unknown for sessions saved before Tend kept it.
    pub started_at: Option<NaiveDateTime>,
}

impl SessionRecord {
    /// Checks the record; the message names the field, never the note.
    pub fn validate(mut self) -> Result<SessionRecord, Said> {
        let id_ok = !self.exercise.is_empty()
            && self.exercise.len() <= 64
            && self
                .exercise
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_');
        if !id_ok {
            return Err(Said::new("invalid-session-practice"));
        }
        for feeling in [self.before, self.after].into_iter().flatten() {
            if feeling.calm > MAX_RATING || feeling.kind > MAX_RATING {
                return Err(Said::new("invalid-session-rating").with("most", MAX_RATING));
            }
        }
        let too_long = self.seconds_offered > 3600 || self.seconds_since_start > 24 * 3600;
        if self.seconds_played > self.seconds_offered || too_long {
            return Err(Said::new("invalid-session-time"));
        }
        let note = self.note.trim();
        if note.chars().count() > MAX_NOTE_CHARS || note.chars().any(char::is_control) {
            return Err(Said::new("invalid-session-note").with("most", MAX_NOTE_CHARS));
        }
        self.note = note.to_owned();
        Ok(self)
    }
}

/// One exercise's effect, as the user rated it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Helps {
    pub exercise: String,
    /// Sessions with both ratings.
    pub sessions: usize,
    pub calm_change: f64,
    pub kind_change: f64,
}

/// For each exercise with at least three rated sessions: how many, and the
/// mean change in each rating from before to after. Sorted by exercise id.
pub fn what_helps(sessions: &[Session]) -> Vec<Helps> {
    let mut by_exercise: std::collections::BTreeMap<&str, Vec<(i32, i32)>> = Default::default();
    for s in sessions {
        if let (Some(before), Some(after)) = (s.record.before, s.record.after) {
            by_exercise
                .entry(s.record.exercise.as_str())
                .or_default()
                .push((
                    i32::from(after.calm) - i32::from(before.calm),
                    i32::from(after.kind) - i32::from(before.kind),
                ));
        }
    }
    by_exercise
        .into_iter()
        .filter(|(_, changes)| changes.len() >= MIN_SESSIONS_FOR_HELPS)
        .map(|(exercise, changes)| {
            let n = changes.len() as f64;
            Helps {
                exercise: exercise.to_owned(),
                sessions: changes.len(),
                calm_change: changes.iter().map(|c| f64::from(c.0)).sum::<f64>() / n,
                kind_change: changes.iter().map(|c| f64::from(c.1)).sum::<f64>() / n,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(exercise: &str, before: (u8, u8), after: Option<(u8, u8)>) -> Session {
        Session {
            id: 0,
            record: SessionRecord {
                exercise: exercise.into(),
                seconds_since_start: 40,
                seconds_offered: 30,
                seconds_played: 30,
                finished: true,
                before: Some(Feeling {
                    calm: before.0,
                    kind: before.1,
                }),
                after: after.map(|(calm, kind)| Feeling { calm, kind }),
                note: String::new(),
            },
            saved_at: NaiveDateTime::default(),
            started_at: None,
        }
    }

    #[test]
    fn helps_appear_from_three_rated_sessions() {
        let mut all = vec![
            session("soothing_breath", (3, 4), Some((5, 5))),
            session("soothing_breath", (2, 2), Some((6, 3))),
        ];
        all.push(session("soothing_breath", (5, 5), None));
        assert!(
            what_helps(&all).is_empty(),
            "two rated sessions are not enough"
        );
        all.push(session("soothing_breath", (4, 6), Some((4, 8))));
        let helps = what_helps(&all);
        assert_eq!(helps.len(), 1);
        assert_eq!(helps[0].sessions, 3);
        assert!((helps[0].calm_change - 2.0).abs() < 1e-9);
        assert!((helps[0].kind_change - 4.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn records_are_checked() {
        let good = session("soles_of_feet", (1, 1), Some((2, 2))).record;
        assert!(good.clone().validate().is_ok());
        let mut bad = good.clone();
        bad.after = Some(Feeling { calm: 11, kind: 0 });
        assert!(bad.validate().is_err());
        let mut bad = good.clone();
        bad.exercise = "../etc".into();
        assert!(bad.validate().is_err());
        let mut bad = good;
        bad.seconds_played = 31;
        assert!(bad.validate().is_err());
    }
}
