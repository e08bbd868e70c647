//! The daily check-in: six ratings from 0 to 10, a context, tags and a note.
//!
//! The ratings are for the user's own trends only; nothing here turns them
//! into a score.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The highest rating; every item runs from 0 to this.
pub const MAX_RATING: u8 = 10;

/// The longest note, in characters: one line, written in a few seconds.
pub const MAX_NOTE_CHARS: usize = 280;

/// The most tags one day can carry.
pub const MAX_TAGS: usize = Tag::ALL.len();

/// One of the six things the daily check-in asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    Exhaustion,
    Stress,
    Mood,
    Sleep,
    SelfKindness,
    Meaning,
}

impl Item {
    /// In the order the check-in asks them.
    pub const ALL: [Item; 6] = [
        Item::Exhaustion,
        Item::Stress,
        Item::Mood,
        Item::Sleep,
        Item::SelfKindness,
        Item::Meaning,
    ];

    /// A stable identifier: message ids and stored columns are built on it.
    pub fn id(self) -> &'static str {
        match self {
            Item::Exhaustion => "exhaustion",
            Item::Stress => "stress",
            Item::Mood => "mood",
            Item::Sleep => "sleep",
            Item::SelfKindness => "self_kindness",
            Item::Meaning => "meaning",
        }
    }
}

/// The six ratings of one check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ratings {
    pub exhaustion: u8,
    pub stress: u8,
    pub mood: u8,
    pub sleep: u8,
    pub self_kindness: u8,
    pub meaning: u8,
}

impl Ratings {
    /// Where a fresh check-in's sliders start: the middle, which leans
    /// neither way.
    pub const MIDDLE: Ratings = Ratings {
        exhaustion: 5,
        stress: 5,
        mood: 5,
        sleep: 5,
        self_kindness: 5,
        meaning: 5,
    };

    pub fn get(&self, item: Item) -> u8 {
        match item {
            Item::Exhaustion => self.exhaustion,
            Item::Stress => self.stress,
            Item::Mood => self.mood,
            Item::Sleep => self.sleep,
            Item::SelfKindness => self.self_kindness,
            Item::Meaning => self.meaning,
        }
    }

    fn slot(&mut self, item: Item) -> &mut u8 {
        match item {
            Item::Exhaustion => &mut self.exhaustion,
            Item::Stress => &mut self.stress,
            Item::Mood => &mut self.mood,
            Item::Sleep => &mut self.sleep,
            Item::SelfKindness => &mut self.self_kindness,
            Item::Meaning => &mut self.meaning,
        }
    }

    /// Sets one rating, held within 0 to 10.
    pub fn set(&mut self, item: Item, value: i32) {
        *self.slot(item) = value.clamp(0, i32::from(MAX_RATING)) as u8;
    }

    /// Moves one rating by `delta` steps (arrow keys 1, page keys 2), held
    /// within 0 to 10.
    pub fn step(&mut self, item: Item, delta: i32) {
        let now = i32::from(self.get(item));
        self.set(item, now + delta);
    }
}

/// Where the day was spent; optional.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    WorkDay,
    CaringAtHome,
    Both,
    RestDay,
}

impl Context {
    pub const ALL: [Context; 4] = [
        Context::WorkDay,
        Context::CaringAtHome,
        Context::Both,
        Context::RestDay,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Context::WorkDay => "work_day",
            Context::CaringAtHome => "caring_at_home",
            Context::Both => "both",
            Context::RestDay => "rest_day",
        }
    }

    pub fn from_id(id: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// Something that marked the day; a check-in may carry several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tag {
    DisturbedNight,
    Appointments,
    BreakOrRespite,
    HardVisit,
}

impl Tag {
    pub const ALL: [Tag; 4] = [
        Tag::DisturbedNight,
        Tag::Appointments,
        Tag::BreakOrRespite,
        Tag::HardVisit,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Tag::DisturbedNight => "disturbed_night",
            Tag::Appointments => "appointments",
            Tag::BreakOrRespite => "break_or_respite",
            Tag::HardVisit => "hard_visit",
        }
    }

    pub fn from_id(id: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// What the user filled in, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInDraft {
    pub ratings: Ratings,
    pub context: Option<Context>,
    pub tags: Vec<Tag>,
    pub note: String,
}

impl Default for CheckInDraft {
    fn default() -> Self {
        CheckInDraft {
            ratings: Ratings::MIDDLE,
            context: None,
            tags: Vec::new(),
            note: String::new(),
        }
    }
}

/// Why a draft cannot be saved. The text names the field, never its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckInError {
    RatingOutOfRange(Item),
    NoteTooLong { chars: usize },
    NoteHasLineBreakOrControl,
}

impl CheckInError {
    /// What to tell her, in her language when it is said.
    pub fn said(&self) -> crate::said::Said {
        use crate::said::Said;
        match self {
            CheckInError::RatingOutOfRange(item) => Said::new("invalid-checkin-rating")
                .with("item", Said::new(&format!("checkin-short-{}", item.id())))
                .with("most", MAX_RATING),
            CheckInError::NoteTooLong { chars } => Said::new("invalid-checkin-note-long")
                .with("chars", *chars)
                .with("most", MAX_NOTE_CHARS),
            CheckInError::NoteHasLineBreakOrControl => Said::new("invalid-checkin-note-line"),
        }
    }
}

/// Said in the language being spoken now.
impl fmt::Display for CheckInError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.said(), f)
    }
}

impl std::error::Error for CheckInError {}

impl CheckInDraft {
    /// Checks the draft and puts it in its stored form: the note trimmed,
    /// tags sorted and without repeats.
    pub fn validate(mut self) -> Result<CheckInDraft, CheckInError> {
        for item in Item::ALL {
            if self.ratings.get(item) > MAX_RATING {
                return Err(CheckInError::RatingOutOfRange(item));
            }
        }
        let note = self.note.trim();
        if note.chars().any(char::is_control) {
            return Err(CheckInError::NoteHasLineBreakOrControl);
        }
        let chars = note.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(CheckInError::NoteTooLong { chars });
        }
        self.note = note.to_owned();
        self.tags.sort();
        self.tags.dedup();
        Ok(self)
    }
}

/// A saved check-in: one a day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::date"))]
    pub day: NaiveDate,
    pub ratings: Ratings,
    pub context: Option<Context>,
    pub tags: Vec<Tag>,
    pub note: String,
    /// When it was first saved, in UTC.
    #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::dt"))]
    pub created_at: NaiveDateTime,
    /// When it was last changed, in UTC.
    #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::dt"))]
    pub updated_at: NaiveDateTime,
}

impl CheckIn {
    /// The check-in as a draft, to edit it.
    pub fn to_draft(&self) -> CheckInDraft {
        CheckInDraft {
            ratings: self.ratings,
            context: self.context,
            tags: self.tags.clone(),
            note: self.note.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stay_within_zero_and_ten() {
        let mut r = Ratings::MIDDLE;
        r.step(Item::Mood, 2);
        assert_eq!(r.mood, 7);
        r.step(Item::Mood, 9);
        assert_eq!(r.mood, 10);
        r.step(Item::Sleep, -20);
        assert_eq!(r.sleep, 0);
        r.set(Item::Meaning, 11);
        assert_eq!(r.meaning, 10);
        assert_eq!(r.exhaustion, 5, "other items are untouched");
    }

    #[test]
    fn a_rating_above_ten_is_refused_by_name() {
        let mut d = CheckInDraft::default();
        d.ratings.stress = 11;
        let err = d.validate().unwrap_err();
        assert_eq!(err, CheckInError::RatingOutOfRange(Item::Stress));
        assert!(
            err.said().english().contains("Stress"),
            "{}",
            err.said().english()
        );
    }

    #[test]
    fn the_note_is_trimmed_and_tags_lose_repeats() {
        let d = CheckInDraft {
            note: "  a long day  ".into(),
            tags: vec![Tag::HardVisit, Tag::DisturbedNight, Tag::HardVisit],
            ..CheckInDraft::default()
        };
        let v = d.validate().unwrap();
        assert_eq!(v.note, "a long day");
        assert_eq!(v.tags, vec![Tag::DisturbedNight, Tag::HardVisit]);
    }

    #[test]
    fn notes_in_any_script_count_characters_not_bytes() {
        let note = "好".repeat(MAX_NOTE_CHARS);
        let d = CheckInDraft {
            note: note.clone(),
            ..CheckInDraft::default()
        };
        assert_eq!(d.validate().unwrap().note, note);
        let d = CheckInDraft {
            note: "ž".repeat(MAX_NOTE_CHARS + 1),
            ..CheckInDraft::default()
        };
        assert_eq!(
            d.validate().unwrap_err(),
            CheckInError::NoteTooLong {
                chars: MAX_NOTE_CHARS + 1
            }
        );
        let emoji = "🧡 دعم Ωμέγα".to_owned();
        let d = CheckInDraft {
            note: emoji.clone(),
            ..CheckInDraft::default()
        };
        assert_eq!(d.validate().unwrap().note, emoji);
    }

    #[test]
    fn a_note_with_a_line_break_is_refused_without_quoting_it() {
        let d = CheckInDraft {
            note: "private\nwords".into(),
            ..CheckInDraft::default()
        };
        let err = d.validate().unwrap_err();
        assert_eq!(err, CheckInError::NoteHasLineBreakOrControl);
        assert!(!err.to_string().contains("private"));
    }

    #[test]
    fn ids_round_trip() {
        for c in Context::ALL {
            assert_eq!(Context::from_id(c.id()), Some(c));
        }
        for t in Tag::ALL {
            assert_eq!(Tag::from_id(t.id()), Some(t));
        }
        assert_eq!(Tag::from_id("nope"), None);
    }
}
