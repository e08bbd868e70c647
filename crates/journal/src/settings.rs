//! Which settings a journal holds and what each may say: the importer
//! checks a backup's settings here, with the same parsers the readers use,
//! so a setting that is accepted is one every screen can read.

use crate::lock::IDLE_KEY;
use chrono::NaiveDate;
use std::str::FromStr;
use tend_core::speech::{SpeechRate, VoiceName, Volume};
use tend_core::{DayBoundary, Role, TextSize, Theme};

/// The setting that holds the language she chose; none means the
/// system's.
pub(crate) const LANGUAGE_KEY: &str = "language";

/// A language tag as the setting holds it (`cs`, `en-GB`): letters and
/// digits in parts joined by hyphens, no longer than a tag can be.
pub(crate) fn language_tag(value: &str) -> Option<&str> {
    let well_formed = !value.is_empty()
        && value.len() <= 35
        && value
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
    well_formed.then_some(value)
}

/// Why a setting cannot be taken, in words for the person importing.
pub(crate) fn check_setting(key: &str, value: &str) -> Result<(), tend_core::Said> {
    let number = |v: &str| v.parse::<u16>().ok();
    let ok = match key {
        "day_boundary" => DayBoundary::from_str(value).is_ok(),
        "theme" => Theme::from_id(value).is_some(),
        "text_size" => number(value).and_then(TextSize::new).is_some(),
        "professional" => matches!(value, "0" | "1"),
        "role" => Role::from_id(value).is_some(),
        "country" => value.len() == 2 && value.chars().all(|c| c.is_ascii_uppercase()),
        // A language this build lacks (a backup from a newer Tend) is kept
        // and read as "the system's" until a Tend that has it reads it.
        LANGUAGE_KEY => language_tag(value).is_some(),
        "welcome.done" => crate::reminders::parse_time(value).is_ok(),
        "speech.voice" => VoiceName::new(value).is_some(),
        "speech.rate" => number(value).and_then(SpeechRate::new).is_some(),
        "speech.volume" => number(value).and_then(Volume::new).is_some(),
        k if k == IDLE_KEY => value
            .parse::<u32>()
            .is_ok_and(|m| (1..=24 * 60).contains(&m)),
        k if k.starts_with("dismissed.") => {
            NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok() && k.len() > "dismissed.".len()
        }
        // The reminders' own state (pauses, quiet hours, the zone, when
        // the clock was last read) belongs to this computer: a backup
        // never carries it.
        k if k.starts_with("reminders.") => {
            return Err(tend_core::Said::new("import-why-setting-local").with("key", k));
        }
        // A setting from a newer Tend: nothing here reads it, so keeping
        // it harms nothing and a later Tend finds it again.
        _ => true,
    };
    if ok {
        Ok(())
    } else {
        Err(tend_core::Said::new("import-why-setting-value").with("key", key))
    }
}

#[cfg(test)]
mod tests {
    use super::check_setting;

    #[test]
    fn every_known_setting_is_checked_by_its_reader() {
        for (key, good, bad) in [
            ("day_boundary", "05:30", "99:99"),
            ("theme", "dark", "sepia"),
            ("text_size", "150", "400"),
            ("professional", "1", "yes"),
            ("role", "family_carer", "nurse"),
            ("country", "GB", "gb"),
            ("language", "cs", "cs_CZ.UTF-8"),
            ("welcome.done", "2026-11-30T09:00:00", "yesterday"),
            ("speech.voice", "kal", "a\nb"),
            ("speech.rate", "90", "95"),
            ("speech.volume", "80", "0"),
            ("lock.idle_minutes", "5", "0"),
            ("dismissed.support", "2026-11-01", "soon"),
        ] {
            assert_eq!(check_setting(key, good), Ok(()), "{key} = {good}");
            assert!(
                check_setting(key, bad).is_err(),
                "{key} = {bad} let through"
            );
        }
        assert!(check_setting("reminders.zone", "Europe/London").is_err());
        assert_eq!(check_setting("a.future.setting", "anything"), Ok(()));
    }
}
