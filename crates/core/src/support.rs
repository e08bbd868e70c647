//! Get help: helplines by country as data, the user's own contacts, and
//! the country a system locale points to.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Helplines {
    pub about: String,
    pub countries: Vec<Country>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166 alpha-2, upper case.
    pub code: String,
    pub name: String,
    pub checked_on: NaiveDate,
    pub emergency: Option<String>,
    pub lines: Vec<Helpline>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    Call,
    Text,
    CallOrText,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Helpline {
    pub name: String,
    pub number: String,
    pub how: How,
    pub when: String,
    #[serde(rename = "for")]
    pub for_whom: String,
}

/// The country shown when the user has chosen none and the system's
/// locale names none we list.
pub const FALLBACK_COUNTRY: &str = "GB";

impl Helplines {
    /// Every country listed once, each with at least one line, every text
    /// present and every number made of digits and spaces.
    pub fn validate(&self) -> Result<(), String> {
        let mut codes = HashSet::new();
        for c in &self.countries {
            if c.code.len() != 2 || !c.code.chars().all(|ch| ch.is_ascii_uppercase()) {
                return Err(format!(
                    "country {:?}: the code is not ISO 3166 alpha-2",
                    c.code
                ));
            }
            if !codes.insert(c.code.as_str()) {
                return Err(format!("country {:?} is listed twice", c.code));
            }
            if c.name.trim().is_empty() || c.lines.is_empty() {
                return Err(format!("country {:?} has no name or no lines", c.code));
            }
            for line in &c.lines {
                let digits = line.number.chars().any(|ch| ch.is_ascii_digit())
                    && line
                        .number
                        .chars()
                        .all(|ch| ch.is_ascii_digit() || ch == ' ');
                if !digits {
                    return Err(format!(
                        "{:?} in {}: the number is not digits",
                        line.name, c.code
                    ));
                }
                if [&line.name, &line.when, &line.for_whom]
                    .iter()
                    .any(|t| t.trim().is_empty())
                {
                    return Err(format!("{:?} in {}: a text is missing", line.name, c.code));
                }
            }
        }
        if !codes.contains(FALLBACK_COUNTRY) {
            return Err("the fallback country is not listed".into());
        }
        Ok(())
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }
}

/// The country in a POSIX locale such as `en_GB.UTF-8` or `cs_CZ`, if it
/// is one we list.
pub fn country_from_locale(locale: &str, helplines: &Helplines) -> Option<String> {
    let region = locale
        .split(['.', '@'])
        .next()?
        .split(['_', '-'])
        .nth(1)?
        .to_ascii_uppercase();
    helplines.country(&region).map(|c| c.code.clone())
}

/// Someone the user can turn to: a GP, a team lead, a friend.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// None for a contact not saved yet.
    pub id: Option<i64>,
    pub name: String,
    pub number: String,
    pub note: String,
}

pub const MAX_CONTACT_NAME: usize = 80;
pub const MAX_CONTACT_NUMBER: usize = 40;
pub const MAX_CONTACT_NOTE: usize = 300;

impl Contact {
    /// Trims the fields and checks their lengths; a name is required.
    /// Errors name the field, never its words.
    pub fn validate(mut self) -> Result<Contact, String> {
        self.name = self.name.trim().to_owned();
        self.number = self.number.trim().to_owned();
        self.note = self.note.trim().to_owned();
        let control = |t: &str| t.chars().any(char::is_control);
        if self.name.is_empty() {
            return Err("a contact needs a name".into());
        }
        if self.name.chars().count() > MAX_CONTACT_NAME || control(&self.name) {
            return Err(format!(
                "a name has at most {MAX_CONTACT_NAME} characters on one line"
            ));
        }
        if self.number.chars().count() > MAX_CONTACT_NUMBER || control(&self.number) {
            return Err(format!(
                "a number has at most {MAX_CONTACT_NUMBER} characters on one line"
            ));
        }
        if self.note.chars().count() > MAX_CONTACT_NOTE
            || self.note.chars().any(|c| c.is_control() && c != '\n')
        {
            return Err(format!("a note has at most {MAX_CONTACT_NOTE} characters"));
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Helplines {
        serde_json::from_str(include_str!("../../../assets/support/helplines.json"))
            .expect("the helplines file parses")
    }

    #[test]
    fn the_shipped_helplines_keep_the_rules() {
        let h = shipped();
        h.validate().expect("valid");
        let codes: Vec<_> = h.countries.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, ["GB", "ZA", "AU", "CZ", "US"]);
        let gb = h.country("GB").expect("UK");
        assert!(
            gb.lines
                .iter()
                .any(|l| l.name == "Samaritans" && l.number == "116 123")
        );
        assert_eq!(gb.emergency.as_deref(), Some("999"));
        let us = h.country("US").expect("USA");
        assert!(us.lines.iter().any(|l| l.number == "988"));
    }

    #[test]
    fn broken_helplines_are_caught() {
        let mut h = shipped();
        h.countries[1].code = "GB".into();
        assert!(h.validate().is_err(), "a country twice");
        let mut h = shipped();
        h.countries[0].lines[0].number = "call 116".into();
        assert!(h.validate().is_err(), "letters in a number");
        let mut h = shipped();
        h.countries[2].lines.clear();
        assert!(h.validate().is_err(), "no lines");
    }

    #[test]
    fn the_locale_names_the_country() {
        let h = shipped();
        assert_eq!(
            country_from_locale("en_GB.UTF-8", &h).as_deref(),
            Some("GB")
        );
        assert_eq!(
            country_from_locale("cs_CZ.UTF-8", &h).as_deref(),
            Some("CZ")
        );
        assert_eq!(country_from_locale("en-au", &h).as_deref(), Some("AU"));
        assert_eq!(country_from_locale("af_ZA@euro", &h).as_deref(), Some("ZA"));
        assert_eq!(country_from_locale("de_DE.UTF-8", &h), None, "not listed");
        assert_eq!(country_from_locale("C", &h), None);
        assert_eq!(country_from_locale("", &h), None);
    }

    #[test]
    fn a_contact_needs_a_name_and_short_fields() {
        let ok = Contact {
            id: None,
            name: "  Dr Patel (GP) ".into(),
            number: "020 7946 0000".into(),
            note: "Surgery opens at 8".into(),
        };
        assert_eq!(
            ok.clone().validate().map(|c| c.name),
            Ok("Dr Patel (GP)".into())
        );
        let nameless = Contact {
            name: "   ".into(),
            ..ok.clone()
        };
        assert!(nameless.validate().is_err());
        let long = Contact {
            note: "x".repeat(MAX_CONTACT_NOTE + 1),
            ..ok.clone()
        };
        assert!(long.validate().is_err());
        let two_lines = Contact {
            number: "1\n2".into(),
            ..ok
        };
        assert!(two_lines.validate().is_err());
    }
}
