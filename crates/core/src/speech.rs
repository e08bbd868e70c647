//! Spoken guidance: which voice reads a practice's steps, how fast and how
//! loud, and whether a practice starts with it on. The page speaks through
//! the platform's own engine; nothing here is audio, only the choices and
//! the rules that check them on their way into the journal and out again.

use crate::exercise::Exercise;
use serde::{Deserialize, Serialize};

/// The longest voice name kept; engines name voices in a few words.
pub const MAX_VOICE_NAME: usize = 200;

/// How fast the voice reads, as a percentage of the engine's normal pace:
/// 50 to 150 in steps of 10. Slightly slow unless she chooses otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub struct SpeechRate(u16);

impl SpeechRate {
    pub const DEFAULT: SpeechRate = SpeechRate(90);
    const MIN: u16 = 50;
    const MAX: u16 = 150;
    const STEP: u16 = 10;

    pub fn new(percent: u16) -> Option<SpeechRate> {
        ((Self::MIN..=Self::MAX).contains(&percent) && percent.is_multiple_of(Self::STEP))
            .then_some(SpeechRate(percent))
    }

    pub fn percent(self) -> u16 {
        self.0
    }

    /// The engine's rate: 1.0 is its normal pace.
    pub fn factor(self) -> f32 {
        f32::from(self.0) / 100.0
    }

    pub fn choices() -> impl Iterator<Item = SpeechRate> {
        (Self::MIN..=Self::MAX)
            .step_by(usize::from(Self::STEP))
            .map(SpeechRate)
    }
}

impl Default for SpeechRate {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl From<SpeechRate> for u16 {
    fn from(rate: SpeechRate) -> u16 {
        rate.0
    }
}

impl TryFrom<u16> for SpeechRate {
    type Error = String;

    fn try_from(percent: u16) -> Result<Self, Self::Error> {
        SpeechRate::new(percent)
            .ok_or_else(|| format!("a speech rate is 50 to 150 in steps of 10, not {percent}"))
    }
}

/// How loud, as a percentage of the system's volume: 10 to 100 in steps of
/// 10 (silence is turning the voice off, not a volume).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub struct Volume(u16);

impl Volume {
    pub const DEFAULT: Volume = Volume(80);
    const MIN: u16 = 10;
    const MAX: u16 = 100;
    const STEP: u16 = 10;

    pub fn new(percent: u16) -> Option<Volume> {
        ((Self::MIN..=Self::MAX).contains(&percent) && percent.is_multiple_of(Self::STEP))
            .then_some(Volume(percent))
    }

    pub fn percent(self) -> u16 {
        self.0
    }

    /// The engine's volume, 0 to 1.
    pub fn factor(self) -> f32 {
        f32::from(self.0) / 100.0
    }

    pub fn choices() -> impl Iterator<Item = Volume> {
        (Self::MIN..=Self::MAX)
            .step_by(usize::from(Self::STEP))
            .map(Volume)
    }
}

impl Default for Volume {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl From<Volume> for u16 {
    fn from(volume: Volume) -> u16 {
        volume.0
    }
}

impl TryFrom<u16> for Volume {
    type Error = String;

    fn try_from(percent: u16) -> Result<Self, Self::Error> {
        Volume::new(percent)
            .ok_or_else(|| format!("a volume is 10 to 100 in steps of 10, not {percent}"))
    }
}

/// A voice's name as the engine gives it, or none for the engine's own
/// choice for the practice's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct VoiceName(String);

impl VoiceName {
    /// A name of printable characters, at most [`MAX_VOICE_NAME`] long.
    pub fn new(name: &str) -> Option<VoiceName> {
        let ok = !name.trim().is_empty()
            && name.chars().count() <= MAX_VOICE_NAME
            && !name.chars().any(char::is_control);
        ok.then(|| VoiceName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<VoiceName> for String {
    fn from(name: VoiceName) -> String {
        name.0
    }
}

impl TryFrom<String> for VoiceName {
    type Error = String;

    fn try_from(name: String) -> Result<Self, Self::Error> {
        VoiceName::new(&name).ok_or_else(|| "a voice name is a short line of text".to_owned())
    }
}

/// The remembered choices for spoken guidance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeechPrefs {
    /// `None`: the engine's own voice for the practice's language.
    pub voice: Option<VoiceName>,
    pub rate: SpeechRate,
    pub volume: Volume,
}

/// Whether a practice starts with its steps spoken: on for practices done
/// with the eyes closed, off for those done between visits with the eyes
/// open. She can turn it on or off before starting.
pub fn spoken_by_default(exercise: &Exercise) -> bool {
    !exercise.flags.eyes_open
}

/// Picks the voice to use from the engine's list, given as
/// `(name, language tag)` pairs: the one she chose if the engine still has
/// it and it speaks the practice's language, else the first whose language
/// matches the practice's exactly (en-GB), else the first in the same
/// language (en), else none: Czech steps are never read by an English
/// voice, even one she chose for English practices.
pub fn pick_voice<'a>(
    voices: &'a [(String, String)],
    chosen: Option<&VoiceName>,
    lang: &str,
) -> Option<&'a (String, String)> {
    let base = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let same_tag = |tag: &str| tag.replace('_', "-").eq_ignore_ascii_case(lang);
    chosen
        .and_then(|c| voices.iter().find(|(name, _)| name == c.as_str()))
        .filter(|(_, tag)| base(tag) == base(lang))
        .or_else(|| voices.iter().find(|(_, tag)| same_tag(tag)))
        .or_else(|| voices.iter().find(|(_, tag)| base(tag) == base(lang)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_voice_reads_only_its_own_language() {
        let voices: Vec<(String, String)> = vec![
            ("kal".into(), "en-US".into()),
            ("Jana".into(), "cs-CZ".into()),
        ];
        let kal = VoiceName::new("kal").unwrap();
        let name = |v: Option<&(String, String)>| v.map(|(n, _)| n.clone());
        assert_eq!(
            name(pick_voice(&voices, Some(&kal), "en-GB")),
            Some("kal".into())
        );
        assert_eq!(
            name(pick_voice(&voices, Some(&kal), "cs")),
            Some("Jana".into())
        );
        assert_eq!(name(pick_voice(&voices[..1], Some(&kal), "cs")), None);
    }

    #[test]
    fn rates_and_volumes_hold_to_their_steps() {
        let rates: Vec<u16> = SpeechRate::choices().map(SpeechRate::percent).collect();
        assert_eq!(rates, [50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150]);
        assert!(SpeechRate::new(95).is_none());
        assert!(SpeechRate::new(40).is_none());
        assert!(serde_json::from_str::<SpeechRate>("200").is_err());
        assert_eq!(Volume::choices().count(), 10);
        assert!(Volume::new(0).is_none());
        assert!(Volume::new(110).is_none());
        assert!((Volume::new(50).unwrap().factor() - 0.5).abs() < f32::EPSILON);
    }

    #[test]
    fn voice_names_are_short_printable_lines() {
        assert!(VoiceName::new("kal").is_some());
        assert!(VoiceName::new("  ").is_none());
        assert!(VoiceName::new("a\nb").is_none());
        assert!(VoiceName::new(&"x".repeat(MAX_VOICE_NAME + 1)).is_none());
        assert!(serde_json::from_str::<VoiceName>("\"\"").is_err());
    }

    #[test]
    fn the_chosen_voice_wins_then_the_language_then_nothing() {
        let voices = vec![
            ("kal".to_owned(), "en-US".to_owned()),
            ("Zuzana".to_owned(), "cs-CZ".to_owned()),
            ("Daniel".to_owned(), "en_GB".to_owned()),
        ];
        let chosen = VoiceName::new("kal");
        assert_eq!(
            pick_voice(&voices, chosen.as_ref(), "en-GB").unwrap().0,
            "kal"
        );
        assert_eq!(pick_voice(&voices, None, "en-GB").unwrap().0, "Daniel");
        assert_eq!(pick_voice(&voices, None, "cs").unwrap().0, "Zuzana");
        let gone = VoiceName::new("Moira");
        assert_eq!(
            pick_voice(&voices, gone.as_ref(), "en-AU").unwrap().0,
            "kal"
        );
        assert!(pick_voice(&voices, None, "de-DE").is_none());
        assert!(pick_voice(&[], None, "en-GB").is_none());
    }
}
