//! The Insights screen as the shell writes it (`tend_core::screen_html`):
//! a golden file for fixed data, and what a person relies on in any data:
//! the same numbers in the tables as in the journal, headings in order,
//! charts hidden from screen readers, and nothing the page's CSP blocks.
//! After a deliberate change, run with `TEND_BLESS=1` and read the
//! difference before committing it.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use std::path::Path;
use tend_core::insights::{Span, days_since_break, series, tag_effects};
use tend_core::ipc::{InsightsView, MeasuresView};
use tend_core::measure::{MeasureResult, Measures, statuses};
use tend_core::screen_html::insights;
use tend_core::{CheckIn, Item, Ratings, Tag};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// Forty days, a third of them skipped; the first tag on every other day,
/// on which exhaustion runs three points higher.
fn checkins() -> Vec<CheckIn> {
    let first = day("2026-09-01");
    (0..40)
        .filter(|i| i % 3 != 2)
        .map(|i| {
            let d = first + Duration::days(i);
            let tagged = i % 2 == 0;
            let v = u8::try_from(i % 5).unwrap() + if tagged { 3 } else { 0 };
            CheckIn {
                day: d,
                ratings: Ratings {
                    exhaustion: v,
                    stress: 10 - v,
                    mood: 5,
                    sleep: (v + 3) % 11,
                    self_kindness: 4,
                    meaning: 7,
                },
                context: None,
                tags: if tagged { vec![Tag::ALL[0]] } else { vec![] },
                note: "private note <b>never shown here</b>".into(),
                created_at: d.and_hms_opt(20, 0, 0).unwrap(),
                updated_at: d.and_hms_opt(20, 0, 0).unwrap(),
            }
        })
        .collect()
}

fn view(checkins: &[CheckIn], span: Span) -> InsightsView {
    let today = day("2026-10-10");
    let measures: Measures =
        serde_json::from_str(include_str!("../../../assets/measures/en-GB.json")).unwrap();
    let taken = |id, answers: Vec<u8>, on: &str| MeasureResult {
        id,
        measure: "who5".into(),
        answers,
        day: day(on),
        taken_at: NaiveDateTime::parse_from_str(&format!("{on} 08:00"), "%Y-%m-%d %H:%M").unwrap(),
    };
    let results = vec![
        taken(1, vec![3, 3, 2, 2, 3], "2026-09-03"),
        taken(2, vec![1, 1, 1, 2, 1], "2026-09-30"),
    ];
    InsightsView {
        day: today,
        span,
        checkins: checkins.len(),
        series: Item::ALL
            .iter()
            .map(|item| (*item, series(checkins, *item, today, span)))
            .collect(),
        tag_effects: Item::ALL
            .iter()
            .flat_map(|item| tag_effects(checkins, *item))
            .collect(),
        days_since_break: days_since_break(checkins, today),
        measures: MeasuresView {
            measures: statuses(&measures, &results, true, today),
            crisis: None,
        },
    }
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("TEND_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with TEND_BLESS=1", path.display()));
    assert!(expected == actual, "{name} differs from its golden file");
}

#[test]
fn the_insights_screen_matches_its_golden_file() {
    golden("insights.html", &insights(&view(&checkins(), Span::Month)));
}

#[test]
fn every_table_holds_the_days_she_checked_in_and_nothing_is_blocked_or_runs() {
    let all = checkins();
    for span in Span::ALL {
        let v = view(&all, span);
        let html = insights(&v);
        for never in ["<h1", "<script", " style=", "<style", "javascript:"] {
            assert!(!html.contains(never), "{span:?}: {never:?}");
        }
        let handler = html.match_indices(" on").any(|(i, _)| {
            let name: String = html[i + 3..]
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect();
            !name.is_empty() && html[i + 3 + name.len()..].starts_with('=')
        });
        assert!(!handler, "{span:?}: an event handler");
        // Her notes are not on this screen.
        assert!(!html.contains("private note"));
        // Every chart is hidden from screen readers, which get the table.
        assert_eq!(
            html.matches("<svg").count(),
            html.matches("aria-hidden=\"true\"").count(),
            "{span:?}"
        );
        // One row per day with a value in each item's table, one per
        // result in each scale's.
        let days_with_values: usize = v
            .series
            .iter()
            .map(|(_, points)| points.iter().filter(|p| p.value.is_some()).count())
            .sum();
        let scored: usize = v
            .measures
            .measures
            .iter()
            .map(|s| s.results.len() * s.measure.scales.len())
            .sum();
        assert_eq!(
            html.matches("<th scope=\"row\">").count(),
            days_with_values + scored,
            "{span:?}"
        );
    }
}

#[test]
fn a_journal_without_check_ins_says_so_and_draws_no_item() {
    let html = insights(&view(&[], Span::Year));
    assert!(html.contains(&tend_core::words::t("insights-empty")));
    assert!(!html.contains("insights-exhaustion"));
    // The questionnaires answered still show.
    assert_eq!(html.matches("<h3>").count(), 1);
}
