//! The parts of screens the shell writes (`tend_core::screen_html`).
//! Insights: a golden file for fixed data, and for every span what a
//! person relies on: each table row holds the day and the numbers her
//! journal has for it, headings step down one level at a time, every chart
//! is hidden from screen readers (the table says the same), nothing the
//! page's CSP would block or that could run, and the framing words of her
//! role. Get help: for every country shipped, its own lines and no other's,
//! each with its number, hours, source and check; an unlisted country gets
//! no numbers at all; words in another language are marked. After a
//! deliberate change, run with `TEND_BLESS=1` and read the difference
//! before committing it.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use tend_core::insights::Span;
use tend_core::ipc::{InsightsView, MeasuresView};
use tend_core::measure::{MeasureResult, Measures, statuses};
use tend_core::prefs::Role;
use tend_core::screen_html::{help, help_lines, insights};
use tend_core::summary::shown_value;
use tend_core::support::{Contact, Helplines};
use tend_core::words::{decimal, with_role};
use tend_core::{CheckIn, Tag, dates};

mod common;
use common::{escaped, golden};

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
                tags: if tagged { vec![tag] } else { vec![] },
                ..common::checkin_on(d, v)
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

fn shipped_helplines() -> Helplines {
    tend_core::content::helplines().unwrap()
}

/// The text inside each `<li>` of some HTML, in order.
fn list_items(html: &str) -> Vec<&str> {
    html.split("<li")
        .skip(1)
        .map(|li| &li[..li.find("</li>").unwrap()])
        .collect()
}

#[test]
fn every_country_shows_its_own_lines_and_no_others() {
    let helplines = shipped_helplines();
    for country in &helplines.countries {
        let html = help_lines(Some(country));
        let code = &country.code;
        for never in ["<h1", "<script", " style=", "<style", "javascript:", "<a "] {
            assert!(!html.contains(never), "{code}: {never:?}");
        }
        assert!(
            !common::has_event_handler(&html),
            "{code}: an event handler"
        );
        let title = tend_core::words::tr(
            "help-lines-title",
            &[("country", country.name.clone().into())],
        );
        assert!(
            html.contains(&format!(">{}</h2>", escaped(&title))),
            "{code}"
        );
        // Each item is one of this country's lines, in the order its areas
        // give them, holding its name, number, hours, whom it is for, its
        // source and whether it was checked there.
        let items = list_items(&html);
        let expected: Vec<_> = country
            .lines_by_area()
            .into_iter()
            .flat_map(|(_, lines)| lines)
            .collect();
        assert_eq!(items.len(), expected.len(), "{code}");
        for (li, line) in items.iter().zip(&expected) {
            for part in [
                &line.name,
                &line.number,
                &line.when,
                &line.for_whom,
                &line.source,
            ] {
                assert!(li.contains(&escaped(part)), "{code}: {part:?} not in {li}");
            }
            let checked = match line.checked_on {
                Some(d) => tend_core::words::tr(
                    "help-line-checked",
                    &[("date", dates::long_date(d).into())],
                ),
                None => tend_core::words::t("help-line-unchecked"),
            };
            assert!(li.contains(&escaped(&checked)), "{code}: {li}");
        }
        // An area's heading for each area with lines of its own, no more.
        let areas = country
            .lines_by_area()
            .iter()
            .filter(|(a, _)| a.is_some())
            .count();
        assert_eq!(html.matches("<h3>").count(), areas, "{code}");
        let levels = heading_levels(&html);
        assert!(
            levels.windows(2).all(|w| w[1] <= w[0] + 1),
            "{code}: {levels:?}"
        );
    }
}

#[test]
fn a_country_not_listed_gets_no_numbers_only_where_to_turn() {
    let helplines = shipped_helplines();
    let view = help(Some("ZZ"), &helplines, vec![]);
    assert_eq!(view.country, None);
    assert!(!view.lines.contains("<li"), "{}", view.lines);
    assert!(!view.lines.contains("class=\"number\""));
    assert!(view.lines.contains("id=\"help-unlisted\""));
    assert_eq!(view.urgent, tend_core::words::t("help-urgent"));
    assert!(
        !view.urgent.chars().any(|c| c.is_ascii_digit()),
        "{}",
        view.urgent
    );
    assert_eq!(view, help(None, &helplines, vec![]));
    // Every listed country can still be chosen, and her own people stay.
    let contact = Contact {
        id: Some(1),
        name: "Dr <Ní>".into(),
        number: "01 2345".into(),
        note: String::new(),
    };
    let view = help(Some("GB"), &helplines, vec![contact.clone()]);
    assert_eq!(view.country.as_deref(), Some("GB"));
    assert_eq!(view.countries.len(), helplines.countries.len());
    assert_eq!(view.contacts, vec![contact]);
    let gb = helplines.country("GB").unwrap();
    assert!(
        view.urgent.contains(&gb.emergency.numbers),
        "{}",
        view.urgent
    );
}

#[test]
fn words_in_another_language_than_the_page_are_marked_and_text_is_escaped() {
    let mut country = shipped_helplines().country("GB").unwrap().clone();
    let page = tend_core::words::language();
    country.lines.truncate(2);
    country.lines[0].lang = Some("cs".into());
    country.lines[0].when = "Nonstop <b>&</b>".into();
    country.lines[1].lang = None;
    let items_html = help_lines(Some(&country));
    let items = list_items(&items_html);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].matches(" lang=\"cs\"").count(), 2, "{}", items[0]);
    assert!(
        items[0].contains("Nonstop &lt;b&gt;&amp;&lt;/b&gt;"),
        "{}",
        items[0]
    );
    assert!(!items[0].contains("<b>"));
    // Words already in the page's language carry no mark.
    assert_eq!(country.lines[1].words_lang(), page);
    assert!(!items[1].contains(" lang="), "{}", items[1]);
}
