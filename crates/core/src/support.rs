//! Get help: helplines by country as data, the user's own contacts, and
//! the country a system locale points to.

use crate::said::Said;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The language the helplines' own descriptions (who a line is for, its
/// hours, the emergency numbers' notes) are written in, as their sources
/// were read; screens in another language mark them as such.
pub const HELPLINES_LANG: &str = "en-GB";

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
    /// Parts of the country whose services differ (the UK's nations).
    #[serde(default)]
    pub areas: Vec<Area>,
    pub emergency: Emergency,
    pub lines: Vec<Helpline>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    pub code: String,
    pub name: String,
}

/// The emergency number, as an official page gives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Emergency {
    /// As it is said: "999 or 112".
    pub numbers: String,
    pub source: String,
    /// The day the source was read; `None`: not yet checked at its source.
    #[serde(deserialize_with = "present")]
    pub checked_on: Option<NaiveDate>,
    /// What could not be confirmed, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The language `numbers` is worded in, when not [`HELPLINES_LANG`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
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
    pub organisation: String,
    pub name: String,
    pub number: String,
    pub how: How,
    /// The word to text, for text lines that need one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_keyword: Option<String>,
    /// Its hours, as its source states them.
    pub when: String,
    /// The source says it answers at any hour, every day.
    pub always_open: bool,
    /// For people in crisis or thinking of ending their life.
    pub crisis: bool,
    #[serde(rename = "for")]
    pub for_whom: String,
    /// The areas it serves; empty for the whole country.
    #[serde(default)]
    pub areas: Vec<String>,
    /// The organisation's own page, shown as text and never opened.
    pub source: String,
    /// The day that page was read; `None`: not yet checked at its source.
    #[serde(deserialize_with = "present")]
    pub checked_on: Option<NaiveDate>,
    /// What could not be confirmed, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The language `when` and `for` are worded in, when not
    /// [`HELPLINES_LANG`] (a language's own wording of them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl Helpline {
    /// The language its descriptions are worded in.
    pub fn words_lang(&self) -> &str {
        self.lang.as_deref().unwrap_or(HELPLINES_LANG)
    }
}

/// A check date that must be written, as a date or as `null` (not yet
/// checked): a missing one is an error, never a silent "unchecked".
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<NaiveDate>::deserialize(d)
}

/// A number as it is dialled or texted: digits and single spaces.
fn dialable(number: &str) -> bool {
    number.chars().any(|ch| ch.is_ascii_digit())
        && number.chars().all(|ch| ch.is_ascii_digit() || ch == ' ')
        && !number.starts_with(' ')
        && !number.ends_with(' ')
        && !number.contains("  ")
}

/// A page's address, as text: a web address with a host.
fn web_page(source: &str) -> bool {
    source
        .strip_prefix("https://")
        .or_else(|| source.strip_prefix("http://"))
        .is_some_and(|rest| rest.contains('.') && !rest.contains(char::is_whitespace))
}

impl Helplines {
    /// Every country listed once with an emergency number and at least one
    /// line that answers a crisis at any hour; every line with its source,
    /// its hours and a check state; every number digits and spaces; areas
    /// named by their country.
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
            let e = &c.emergency;
            let numbers = e.numbers.chars().any(|ch| ch.is_ascii_digit());
            let unsure = e.checked_on.is_none() && e.note.as_deref().is_none_or(str::is_empty);
            if !numbers || !web_page(&e.source) || unsure {
                return Err(format!(
                    "country {:?}: the emergency number needs digits, a source page and a check state",
                    c.code
                ));
            }
            let areas: HashSet<&str> = c.areas.iter().map(|a| a.code.as_str()).collect();
            if areas.len() != c.areas.len() || c.areas.iter().any(|a| a.name.trim().is_empty()) {
                return Err(format!(
                    "country {:?}: its areas repeat or lack a name",
                    c.code
                ));
            }
            for line in &c.lines {
                let at = format!("{:?} in {}", line.name, c.code);
                if !dialable(&line.number) {
                    return Err(format!("{at}: the number is not digits"));
                }
                if [&line.organisation, &line.name, &line.when, &line.for_whom]
                    .iter()
                    .any(|t| t.trim().is_empty())
                {
                    return Err(format!("{at}: a text is missing"));
                }
                if !web_page(&line.source) {
                    return Err(format!("{at}: no source page"));
                }
                if line.checked_on.is_none() && line.note.as_deref().is_none_or(str::is_empty) {
                    return Err(format!(
                        "{at}: not checked, and no note says what is unsure"
                    ));
                }
                if let Some(a) = line.areas.iter().find(|a| !areas.contains(a.as_str())) {
                    return Err(format!("{at}: area {a:?} is not one of the country's"));
                }
            }
            if !c.lines.iter().any(|l| l.crisis && l.always_open) {
                return Err(format!(
                    "country {:?} has no crisis line open at any hour",
                    c.code
                ));
            }
        }
        Ok(())
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }
}

impl Country {
    /// The line to name when she may be unsafe: a crisis line that answers
    /// at any hour, a call rather than a text where there is one, for the
    /// whole country rather than one part of it.
    pub fn crisis_line(&self) -> Option<&Helpline> {
        self.lines
            .iter()
            .filter(|l| l.crisis && l.always_open)
            .min_by_key(|l| (l.how == How::Text, !l.areas.is_empty()))
    }

    /// The lines for the whole country, then each area's own.
    pub fn lines_by_area(&self) -> Vec<(Option<&Area>, Vec<&Helpline>)> {
        let whole: Vec<&Helpline> = self.lines.iter().filter(|l| l.areas.is_empty()).collect();
        let mut out = vec![(None, whole)];
        for area in &self.areas {
            let own: Vec<&Helpline> = self
                .lines
                .iter()
                .filter(|l| l.areas.contains(&area.code))
                .collect();
            if !own.is_empty() {
                out.push((Some(area), own));
            }
        }
        out
    }
}

/// What to say when she may be unsafe: her country's line open at any
/// hour and its emergency number, or, when her country is not listed,
/// nothing but the advice to call her local emergency number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrisisLine {
    pub name: String,
    pub number: String,
    pub how: How,
    pub emergency: String,
}

impl CrisisLine {
    pub fn of(country: &Country) -> Option<CrisisLine> {
        country.crisis_line().map(|l| CrisisLine {
            name: l.name.clone(),
            number: l.number.clone(),
            how: l.how,
            emergency: country.emergency.numbers.clone(),
        })
    }
}

/// The country in a POSIX locale such as `en_GB.UTF-8` or `cs_CZ`,
/// upper case, whether or not we list it.
pub fn locale_region(locale: &str) -> Option<String> {
    let region = locale
        .split(['.', '@'])
        .next()?
        .split(['_', '-'])
        .nth(1)?
        .to_ascii_uppercase();
    (region.len() == 2 && region.chars().all(|c| c.is_ascii_uppercase())).then_some(region)
}

/// The country in a locale, if it is one we list.
pub fn country_from_locale(locale: &str, helplines: &Helplines) -> Option<String> {
    let region = locale_region(locale)?;
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
    pub fn validate(mut self) -> Result<Contact, Said> {
        self.name = self.name.trim().to_owned();
        self.number = self.number.trim().to_owned();
        self.note = self.note.trim().to_owned();
        let control = |t: &str| t.chars().any(char::is_control);
        if self.name.is_empty() {
            return Err(Said::new("invalid-contact-no-name"));
        }
        if self.name.chars().count() > MAX_CONTACT_NAME || control(&self.name) {
            return Err(Said::new("invalid-contact-name").with("most", MAX_CONTACT_NAME));
        }
        if self.number.chars().count() > MAX_CONTACT_NUMBER || control(&self.number) {
            return Err(Said::new("invalid-contact-number").with("most", MAX_CONTACT_NUMBER));
        }
        if self.note.chars().count() > MAX_CONTACT_NOTE
            || self.note.chars().any(|c| c.is_control() && c != '\n')
        {
            return Err(Said::new("invalid-contact-note").with("most", MAX_CONTACT_NOTE));
        }
        Ok(self)
    }
}

/// The country whose helplines are shown: the one she chose, if it is
/// listed; else the one her system's locale names, if that is listed; else
/// none, never another country's numbers.
pub fn help_country(
    chosen: Option<&str>,
    locale: Option<&str>,
    helplines: &Helplines,
) -> Option<String> {
    chosen
        .filter(|c| helplines.country(c).is_some())
        .map(str::to_owned)
        .or_else(|| locale.and_then(|l| country_from_locale(l, helplines)))
}

/// That country's line for a crisis, said beside a suggestion of support.
pub fn crisis_line(country: Option<&str>, helplines: &Helplines) -> Option<CrisisLine> {
    country
        .and_then(|code| helplines.country(code))
        .and_then(CrisisLine::of)
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
        for needed in ["GB", "ZA", "AU", "CZ", "US", "IE", "CA", "NZ"] {
            assert!(codes.contains(&needed), "{needed} is missing");
        }
        let gb = h.country("GB").expect("UK");
        assert_eq!(gb.crisis_line().map(|l| l.number.as_str()), Some("116 123"));
        assert!(gb.emergency.numbers.contains("999"));
        // Northern Ireland has no NHS 111 mental-health option.
        assert!(
            !gb.lines
                .iter()
                .any(|l| l.number == "111" && l.areas.iter().any(|a| a == "NIR"))
        );
        assert!(
            gb.lines_by_area()
                .iter()
                .any(|(a, lines)| a.is_some_and(|a| a.code == "NIR")
                    && lines.iter().any(|l| l.number == "0808 808 8000"))
        );
        // South Africa: SMS 31393 is the Cipla line's, and the Dr Reddy's
        // line is not said to answer at any hour.
        let za = h.country("ZA").expect("South Africa");
        let reddy = za
            .lines
            .iter()
            .find(|l| l.number == "0800 21 22 23")
            .unwrap();
        assert!(!reddy.always_open && reddy.when.contains("8am to 8pm"));
        let sms = za.lines.iter().find(|l| l.number == "31393").unwrap();
        assert!(sms.name.contains("Cipla"));
        assert!(za.lines.iter().any(|l| l.number == "0800 456 789"));
        assert!(za.emergency.numbers.contains("112"));
        // The closed Bohnice line is never listed.
        let cz = h.country("CZ").expect("Czech Republic");
        assert!(!cz.lines.iter().any(|l| l.number == "284 016 666"));
        let first_aid = cz.lines.iter().find(|l| l.number == "116 123").unwrap();
        assert!(!first_aid.always_open, "no longer staffed at weekends");
        let us = h.country("US").expect("USA");
        assert_eq!(us.crisis_line().map(|l| l.number.as_str()), Some("988"));
    }

    #[test]
    fn broken_helplines_are_caught() {
        type Breaker = (&'static str, fn(&mut Helplines));
        let cases: [Breaker; 10] = [
            ("a country twice", |h| h.countries[1].code = "GB".into()),
            ("letters in a number", |h| {
                h.countries[0].lines[0].number = "call 116".into()
            }),
            ("no lines", |h| h.countries[2].lines.clear()),
            ("no source", |h| h.countries[0].lines[0].source = "".into()),
            ("a source that is not a page", |h| {
                h.countries[0].lines[0].source = "a leaflet".into()
            }),
            ("no hours", |h| h.countries[3].lines[0].when = " ".into()),
            ("unchecked without a note", |h| {
                let l = &mut h.countries[0].lines[0];
                l.checked_on = None;
                l.note = None;
            }),
            ("no emergency number", |h| {
                h.countries[4].emergency.numbers = "call the police".into()
            }),
            ("no crisis line open at any hour", |h| {
                for l in &mut h.countries[0].lines {
                    l.always_open = false;
                }
            }),
            ("an area the country does not have", |h| {
                h.countries[0].lines[0].areas = vec!["XYZ".into()]
            }),
        ];
        for (what, break_it) in cases {
            let mut h = shipped();
            break_it(&mut h);
            assert!(h.validate().is_err(), "{what} was let through");
        }
    }

    #[test]
    fn a_missing_check_state_does_not_parse() {
        let line = r#"{"organisation":"O","name":"N","number":"1","how":"call","when":"Any time",
            "always_open":true,"crisis":true,"for":"F","source":"https://o.org"}"#;
        assert!(serde_json::from_str::<Helpline>(line).is_err());
        let unchecked = line.replace("}", r#","checked_on":null}"#);
        let parsed: Helpline = serde_json::from_str(&unchecked).unwrap();
        assert_eq!(parsed.checked_on, None);
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
        assert_eq!(
            country_from_locale("en_IE.UTF-8", &h).as_deref(),
            Some("IE")
        );
        assert_eq!(country_from_locale("de_DE.UTF-8", &h), None, "not listed");
        assert_eq!(locale_region("de_DE.UTF-8").as_deref(), Some("DE"));
        assert_eq!(country_from_locale("C", &h), None);
        assert_eq!(country_from_locale("", &h), None);
    }

    #[test]
    fn each_listed_country_names_its_own_crisis_line() {
        let h = shipped();
        for c in &h.countries {
            let line = CrisisLine::of(c).expect("a crisis line");
            assert!(
                c.lines
                    .iter()
                    .any(|l| l.number == line.number && l.crisis && l.always_open),
                "{}",
                c.code
            );
            assert_eq!(line.emergency, c.emergency.numbers);
        }
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

    #[test]
    fn the_chosen_country_comes_first_then_the_locale_and_never_an_unlisted_one() {
        let h = shipped();
        assert_eq!(
            help_country(Some("CZ"), Some("en_GB.UTF-8"), &h).as_deref(),
            Some("CZ")
        );
        assert_eq!(
            help_country(Some("XX"), Some("en_AU.UTF-8"), &h).as_deref(),
            Some("AU")
        );
        assert_eq!(help_country(None, Some("de_DE.UTF-8"), &h), None);
        assert_eq!(help_country(None, None, &h), None);
        assert_eq!(crisis_line(None, &h), None);
        assert_eq!(crisis_line(Some("XX"), &h), None);
        let gb = crisis_line(Some("GB"), &h).expect("the UK lists a line for a crisis");
        assert_eq!(Some(gb), CrisisLine::of(h.country("GB").unwrap()));
    }
}
