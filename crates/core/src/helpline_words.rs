//! A language's wording of the helplines' descriptions
//! (`assets/support/words/<lang>.json`) laid over the checked English of
//! `helplines.json`: the facts stay where they were checked.

use crate::support::Helplines;
use serde::Deserialize;

/// A language's wording: only who a line is for, its hours and the
/// emergency numbers' words are said again.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelplineWords {
    pub lang: String,
    pub about: String,
    #[serde(default)]
    pub emergency: Vec<EmergencyWords>,
    #[serde(default)]
    pub lines: Vec<LineWords>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyWords {
    pub country: String,
    pub numbers: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineWords {
    pub country: String,
    pub number: String,
    pub when: String,
    #[serde(rename = "for")]
    pub for_whom: String,
}

/// The digits of a text, in order: a wording must keep every number.
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

impl Helplines {
    /// The helplines with `words` in place of the English descriptions
    /// they name; an entry that names no line, says nothing, or changes an
    /// emergency number's digits is an error.
    pub fn with_words(mut self, words: &HelplineWords) -> Result<Helplines, String> {
        for e in &words.emergency {
            let country = self
                .countries
                .iter_mut()
                .find(|c| c.code == e.country)
                .ok_or_else(|| format!("{}: no country {:?}", words.lang, e.country))?;
            if digits(&e.numbers) != digits(&country.emergency.numbers) {
                return Err(format!(
                    "{}: {:?}'s emergency numbers differ from the source's",
                    words.lang, e.country
                ));
            }
            country.emergency.numbers = e.numbers.clone();
            country.emergency.lang = Some(words.lang.clone());
        }
        for l in &words.lines {
            if l.when.trim().is_empty() || l.for_whom.trim().is_empty() {
                return Err(format!(
                    "{}: {} {} says nothing",
                    words.lang, l.country, l.number
                ));
            }
            let line = self
                .countries
                .iter_mut()
                .filter(|c| c.code == l.country)
                .flat_map(|c| c.lines.iter_mut())
                .find(|line| line.number == l.number)
                .ok_or_else(|| format!("{}: no line {} {}", words.lang, l.country, l.number))?;
            line.when = l.when.clone();
            line.for_whom = l.for_whom.clone();
            line.lang = Some(words.lang.clone());
        }
        Ok(self)
    }
}
