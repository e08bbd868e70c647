//! The Insights screen as the shell writes it (`tend_core::screen_html`):
//! a golden file for fixed data, and for every span what a person relies
//! on: each table row holds the day and the numbers her journal has for
//! it, headings step down one level at a time, every chart is hidden from
//! screen readers (the table says the same), nothing the page's CSP would
//! block or that could run, and the framing words of her role. After a
//! deliberate change, run with `TEND_BLESS=1` and read the difference
//! before committing it.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use tend_core::insights::Span;
use tend_core::ipc::{InsightsView, MeasuresView};
use tend_core::measure::{MeasureResult, Measures, statuses};
use tend_core::prefs::Role;
use tend_core::screen_html::insights;
use tend_core::summary::shown_value;
use tend_core::words::{decimal, with_role};
use tend_core::{CheckIn, Ratings, Tag, dates};

mod common;
use common::golden;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// Forty days, a third of them skipped; `tag` on every other day, on which
/// exhaustion runs three points higher.
fn checkins(tag: Tag) -> Vec<CheckIn> {
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
                tags: if tagged { vec![tag] } else { vec![] },
                note: String::new(),
                created_at: d.and_hms_opt(20, 0, 0).unwrap(),
                updated_at: d.and_hms_opt(20, 0, 0).unwrap(),
            }
        })
        .collect()
}

fn view(checkins: &[CheckIn], span: Span) -> InsightsView {
    let today = day("2026-10-10");
    let mut measures: Measures =
        serde_json::from_str(include_str!("../../../assets/measures/en-GB.json")).unwrap();
    // As loading the content does: each questionnaire in the file's language.
    for m in &mut measures.measures {
        m.lang.clone_from(&measures.lang);
    }
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
    let questionnaires = MeasuresView {
        measures: statuses(&measures, &results, true, today),
        crisis: None,
    };
    InsightsView::of(checkins, today, span, questionnaires)
}

/// The levels of the headings in the order they come.
fn heading_levels(html: &str) -> Vec<u8> {
    html.match_indices("<h")
        .filter_map(|(i, _)| {
            let level = html.as_bytes().get(i + 2)?;
            level.is_ascii_digit().then(|| level - b'0')
        })
        .collect()
}

#[test]
fn the_insights_screen_matches_its_golden_file() {
    golden(
        "insights.html",
        &insights(&view(&checkins(Tag::DisturbedNight), Span::Month)),
    );
}

#[test]
fn every_table_row_holds_her_numbers_and_nothing_is_blocked_or_runs() {
    let all = checkins(Tag::DisturbedNight);
    for span in Span::ALL {
        let v = view(&all, span);
        let html = insights(&v);
        for never in ["<h1", "<script", " style=", "<style", "javascript:"] {
            assert!(!html.contains(never), "{span:?}: {never:?}");
        }
        assert!(
            !common::has_event_handler(&html),
            "{span:?}: an event handler"
        );
        // The screen's own h1 comes first; from there each heading is at
        // most one level below the one before.
        let levels = heading_levels(&html);
        assert_eq!(levels.first(), Some(&2), "{span:?}");
        assert!(
            levels.windows(2).all(|w| w[1] <= w[0] + 1),
            "{span:?}: {levels:?}"
        );
        assert_eq!(
            html.matches("<svg").count(),
            html.matches("aria-hidden=\"true\"").count(),
            "{span:?}"
        );
        // Each day with a value, its value and its rolling average, as the
        // series has them; and each questionnaire result's score.
        let mut rows = 0;
        for (_, points) in &v.series {
            for p in points {
                let Some(value) = p.value else { continue };
                let average = p.average.map(|a| decimal(a, 1)).unwrap_or_default();
                let row = format!(
                    "<tr><th scope=\"row\">{}</th><td>{value}</td><td>{average}</td></tr>",
                    dates::long_date(p.day)
                );
                assert!(html.contains(&row), "{span:?}: {row}");
                rows += 1;
            }
        }
        for status in &v.measures.measures {
            for result in &status.results {
                for score in &result.scores {
                    let row = format!(
                        "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                        dates::long_date(result.result.day),
                        shown_value(score.value)
                    );
                    assert!(html.contains(&row), "{span:?}: {row}");
                    rows += 1;
                }
            }
        }
        assert_eq!(html.matches("<th scope=\"row\">").count(), rows, "{span:?}");
    }
}

#[test]
fn a_journal_without_check_ins_says_so_and_draws_no_item() {
    let html = insights(&view(&[], Span::Year));
    assert!(html.contains(&tend_core::words::t("insights-empty")));
    assert!(!html.contains("insights-exhaustion"));
    // The questionnaires answered still show, in their own language.
    assert_eq!(html.matches("<h3 lang=\"en-GB\">").count(), 1);
}

#[test]
fn the_tags_are_named_in_the_words_of_her_role() {
    let v = view(&checkins(Tag::HardVisit), Span::Month);
    let carer = with_role(Some(Role::FamilyCarer), || insights(&v));
    assert!(carer.contains("A hard moment caring"), "{carer}");
    assert!(!carer.contains("A hard visit"));
    let nurse = with_role(Some(Role::Professional), || insights(&v));
    assert!(nurse.contains("A hard visit"));
    // The role is put back afterwards.
    assert!(insights(&v).contains("A hard visit"));
}
