//! What the golden-file tests share.

// Each test file that includes this uses only part of it.
#![allow(dead_code)]

use chrono::NaiveDate;
use std::path::Path;
use tend_core::{CheckIn, Ratings};

/// Compares `actual` with `tests/golden/<name>`, saying at which line they
/// part; with `TEND_BLESS` set it writes the file instead.
pub(crate) fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("TEND_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with TEND_BLESS=1", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{name} differs from its golden file at line {}:\n  golden: {:?}\n  now:    {:?}",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

/// Whether HTML holds an event handler attribute (` onclick=` and the like).
pub(crate) fn has_event_handler(html: &str) -> bool {
    html.match_indices(" on").any(|(i, _)| {
        let name: String = html[i + 3..]
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        !name.is_empty() && html[i + 3 + name.len()..].starts_with('=')
    })
}

/// Text as it must stand in HTML, escaped here on its own terms.
pub(crate) fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A check-in for `day` saved at 20:00, with exhaustion at `exhaustion`
/// and the other items in a fixed pattern around it (stress its opposite).
pub(crate) fn checkin_on(day: NaiveDate, exhaustion: u8) -> CheckIn {
    let at = day.and_hms_opt(20, 0, 0).unwrap();
    CheckIn {
        day,
        ratings: Ratings {
            exhaustion,
            stress: 10 - exhaustion,
            mood: 5,
            sleep: (exhaustion + 3) % 11,
            self_kindness: 4,
            meaning: 7,
        },
        context: None,
        tags: vec![],
        note: String::new(),
        created_at: at,
        updated_at: at,
    }
}
