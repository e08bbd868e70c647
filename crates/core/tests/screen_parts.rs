//! The questionnaires' screen, a result just saved, Today's notices and
//! its line on reminders, About, "what helps me", the path's answers
//! before and after, the list of what has left the device, and the
//! journal's list of entries, as the shell writes them
//! (`tend_core::screen_html`): what each shows for every questionnaire
//! shipped and every kind of notice, that the line for a crisis is said
//! exactly where a result or a notice calls for it, that her own words are
//! escaped, and that nothing could run or be blocked by the page's CSP.
//! A golden file holds the questionnaires' screen for fixed answers: after
//! a deliberate change, run with `TEND_BLESS=1` and read the difference
//! before committing it.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, NaiveDateTime};
use tend_core::dates;
use tend_core::entry::{EntrySummary, Piece};
use tend_core::insights::{SupportReason, result_suggests_support};
use tend_core::ipc::MeasuresView;
use tend_core::measure::{MeasureResult, Measures, statuses};
use tend_core::notices::Notice;
use tend_core::path::{BeforeAfter, ScaleChange};
use tend_core::practice::Helps;
use tend_core::reminder::{NextReminder, ReminderKind};
use tend_core::route::Route;
use tend_core::screen_html::{
    about, crisis_note, entries, export_log, helps, measure_result, measures, next_reminder,
    notice, path_compare,
};
use tend_core::summary::{ExportRecord, Exported};
use tend_core::support::{CrisisLine, How};
use tend_core::words::{t, tr};

mod common;
use common::{escaped, golden};

fn shipped() -> Measures {
    tend_core::content::measures().unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn line(how: How) -> CrisisLine {
    CrisisLine {
        name: "Night <Line>".into(),
        number: "116 123".into(),
        how,
        emergency: "999 or 112".into(),
    }
}

/// Nothing that could run, nothing the CSP blocks, no page heading.
fn inert(what: &str, html: &str) {
    for never in ["<h1", "<script", " style=", "<style", "javascript:"] {
        assert!(!html.contains(never), "{what}: {never:?} in {html}");
    }
    assert!(!common::has_event_handler(html), "{what}: an event handler");
}

/// Every questionnaire answered low and high, so each band and each
/// suggestion of support is met.
fn answered(measures: &Measures, value: fn(&[u8]) -> u8) -> Vec<MeasureResult> {
    measures
        .measures
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let values: Vec<u8> = m.answers.iter().map(|a| a.value).collect();
            MeasureResult {
                id: i64::try_from(i).unwrap(),
                measure: m.id.clone(),
                answers: vec![value(&values); m.items.len()],
                day: day("2026-10-01"),
                taken_at: NaiveDateTime::default(),
            }
        })
        .collect()
}

#[test]
fn the_questionnaires_screen_matches_its_golden_file() {
    let shipped = shipped();
    let view = MeasuresView {
        measures: statuses(
            &shipped,
            &answered(&shipped, |v| *v.iter().min().unwrap()),
            true,
            day("2026-10-05"),
        ),
        crisis: Some(line(How::Call)),
    };
    golden("measures.html", &measures(&view));
}

#[test]
fn each_questionnaire_shows_what_is_hers_and_the_crisis_line_only_where_called_for() {
    let shipped = shipped();
    let low = |v: &[u8]| *v.iter().min().unwrap();
    let high = |v: &[u8]| *v.iter().max().unwrap();
    for (results, professional, crisis) in [
        (vec![], true, None),
        (answered(&shipped, low), true, Some(line(How::Call))),
        (answered(&shipped, high), false, Some(line(How::Text))),
        (answered(&shipped, low), false, None),
    ] {
        let view = MeasuresView {
            measures: statuses(&shipped, &results, professional, day("2026-10-05")),
            crisis: crisis.clone(),
        };
        let html = measures(&view);
        inert("measures", &html);
        let sections: Vec<&str> = html.split("<section").skip(1).collect();
        assert_eq!(sections.len(), shipped.measures.len());
        let mut notes = 0;
        for (status, section) in view.measures.iter().zip(&sections) {
            let m = &status.measure;
            let link = format!("href=\"{}\"", Route::Measure { id: m.id.clone() }.href());
            assert_eq!(
                section.contains(&link),
                status.offered,
                "{}: {section}",
                m.id
            );
            assert_eq!(
                section.contains(&escaped(&t("measures-for-professionals"))),
                !status.offered,
                "{}",
                m.id
            );
            let Some(last) = status.results.last().filter(|_| status.offered) else {
                assert!(!section.contains("class=\"score\""), "{}", m.id);
                continue;
            };
            assert_eq!(
                section.matches("class=\"score\"").count(),
                last.scores.len()
            );
            for score in &last.scores {
                assert!(section.contains(&tend_core::screen_html::score_lines(m, score)));
            }
            let said = result_suggests_support(&m.id, &last.scores);
            assert_eq!(section.contains("class=\"crisis\""), said, "{}", m.id);
            if said {
                notes += 1;
                assert!(section.contains(&crisis_note(crisis.as_ref())), "{section}");
            }
        }
        assert_eq!(html.matches("class=\"crisis\"").count(), notes);
    }
}

#[test]
fn a_result_just_saved_says_screening_its_scores_and_support_when_low() {
    let shipped = shipped();
    for m in &shipped.measures {
        for value in m.answers.iter().map(|a| a.value) {
            let scores = m.score(&vec![value; m.items.len()]).unwrap();
            let crisis = line(How::Call);
            let html = measure_result(m, &scores, Some(&crisis));
            inert(&m.id, &html);
            assert!(html.starts_with(&format!("<p>{}</p>", escaped(&t("measure-screening")))));
            assert_eq!(html.matches("class=\"score\"").count(), scores.len());
            let said = result_suggests_support(&m.id, &scores);
            assert_eq!(html.contains(&crisis_note(Some(&crisis))), said, "{}", m.id);
            assert_eq!(html.contains(&escaped(&t("notice-support-suggest"))), said);
            assert!(html.contains(&format!("href=\"{}\"", Route::Insights.href())));
            assert!(html.contains(&format!("href=\"{}\"", Route::Help.href())));
        }
    }
}

#[test]
fn the_crisis_line_is_named_by_how_to_reach_it_and_escaped() {
    let call = crisis_note(Some(&line(How::Call)));
    let text = crisis_note(Some(&line(How::Text)));
    let local = crisis_note(None);
    for html in [&call, &text, &local] {
        inert("crisis", html);
        assert!(html.contains(&format!("href=\"{}\"", Route::Help.href())));
    }
    assert!(
        call.contains("Night &lt;Line&gt;") && !call.contains("<Line>"),
        "{call}"
    );
    assert!(call.contains("116 123") && call.contains("999 or 112"));
    assert_ne!(call, text);
    assert!(local.contains(&escaped(&t("crisis-local"))));
    assert!(!local.chars().any(|c| c.is_ascii_digit()), "{local}");
}

#[test]
fn every_notice_carries_its_key_on_its_button_and_its_way_forward() {
    let crisis = line(How::Call);
    let reasons = vec![
        SupportReason::Exhausted { days: 9, of: 12 },
        SupportReason::LowMood { days: 5, of: 12 },
        SupportReason::LowWellbeing { score: 24.0 },
        SupportReason::Burnout { score: 43.0 },
        SupportReason::SecondaryStress { score: 44.0 },
    ];
    let support = notice(
        &Notice::Support {
            reasons: reasons.clone(),
        },
        Some(&crisis),
    );
    inert("support", &support.html);
    assert!(support.support);
    assert_eq!(support.key, "support");
    assert_eq!(
        support.html.matches("data-set-aside=\"support\"").count(),
        1
    );
    assert_eq!(support.html.matches("<button").count(), 1);
    assert!(support.html.contains(&crisis_note(Some(&crisis))));
    assert!(
        support
            .html
            .contains(&format!("href=\"{}\"", Route::Help.href()))
    );
    // One sentence for each reason, with its numbers.
    assert!(support.html.contains(&escaped(&tr(
        "notice-support-exhausted",
        &[("days", 9.into()), ("of", 12.into())]
    ))));
    let stress = tr("notice-support-stress", &[("score", "44".into())]);
    assert!(support.html.contains(&escaped(&stress)), "{stress}");
    assert_eq!(support.html.matches("<p>").count(), reasons.len() + 1);

    for m in &shipped().measures {
        let due = Notice::MeasureDue {
            measure: m.id.clone(),
            name: format!("{} <&>", m.short_name),
        };
        let card = notice(&due, Some(&crisis));
        inert(&m.id, &card.html);
        assert!(!card.support);
        assert_eq!(card.key, due.key());
        let button = format!("data-set-aside=\"{}\"", due.key());
        assert_eq!(card.html.matches(&button).count(), 1, "{}", card.html);
        let href = format!("href=\"{}\"", Route::Measure { id: m.id.clone() }.href());
        assert!(card.html.contains(&href), "{}", card.html);
        assert!(card.html.contains("&lt;&amp;&gt;") && !card.html.contains("<&>"));
        assert!(
            !card.html.contains("class=\"crisis\""),
            "no crisis line with a questionnaire"
        );
    }
}

#[test]
fn todays_line_on_reminders_says_when_what_and_where_to_change_them() {
    let at = day("2026-10-07").and_hms_opt(7, 5, 0).unwrap();
    let own = next_reminder(Some(&NextReminder::At {
        at,
        kind: ReminderKind::Own,
        text: "Ring <Mum> & rest".into(),
        on_today: true,
    }));
    inert("own", &own);
    assert!(own.contains("Ring &lt;Mum&gt; &amp; rest"), "{own}");
    assert!(own.contains("07:05"), "{own}");
    let checkin = next_reminder(Some(&NextReminder::At {
        at,
        kind: ReminderKind::CheckIn,
        text: String::new(),
        on_today: false,
    }));
    assert!(checkin.contains(&dates::weekday(at.date())), "{checkin}");
    let kind = t(&format!("reminders-kind-{}", ReminderKind::CheckIn.id()));
    assert!(checkin.contains(&escaped(&kind)), "{checkin}");
    let paused = next_reminder(Some(&NextReminder::Paused { until: at.date() }));
    assert!(paused.contains(&dates::day_month(at.date())), "{paused}");
    let none = next_reminder(None);
    assert!(none.contains(&escaped(&t("today-reminder-none"))));
    for html in [&own, &checkin, &paused, &none] {
        assert!(html.ends_with(&format!(
            "<a href=\"{}\">{}</a></p>",
            Route::Reminders.href(),
            escaped(&t("today-reminder-link"))
        )));
    }
}

#[test]
fn about_credits_every_questionnaire_and_links_to_nothing_outside() {
    let shipped = shipped();
    let html = about(&shipped.measures);
    inert("about", &html);
    assert!(!html.contains("<a "), "Tend never opens the web");
    for m in &shipped.measures {
        for part in [&m.name, &m.citation, &m.licence] {
            assert!(html.contains(&escaped(part)), "{}: {part}", m.id);
        }
        if let Some(link) = &m.link {
            let shown = format!("<p class=\"path\">{}</p>", escaped(link));
            assert!(html.contains(&shown), "{link}");
        }
    }
    assert_eq!(html.matches("<section").count(), shipped.measures.len());
    for id in [
        "about-what",
        "about-not",
        "about-private",
        "about-exercises-text",
        "about-font-text",
    ] {
        assert!(html.contains(&escaped(&t(id))), "{id}");
    }
}

#[test]
fn what_helps_names_each_exercise_with_its_signed_changes_or_says_there_is_none() {
    let mut catalogue = tend_core::content::catalogue().unwrap();
    // A title as a language's file could have it: escaped, never markup.
    catalogue.exercises[0].title = "Breathing <slowly> & \"kindly\"".into();
    let empty = helps(&[], &catalogue);
    assert_eq!(empty, format!("<p>{}</p>", escaped(&t("helps-empty"))));
    let first = &catalogue.exercises[0];
    let rows = [Helps {
        exercise: first.id.clone(),
        sessions: 4,
        calm_change: 1.25,
        kind_change: -0.5,
    }];
    let html = helps(&rows, &catalogue);
    inert("helps", &html);
    assert_eq!(html.matches("<li>").count(), 1);
    assert!(
        html.contains("<strong>Breathing &lt;slowly&gt; &amp; &quot;kindly&quot;</strong>"),
        "{html}"
    );
    // Each change carries its sign.
    let (calm, kind) = (
        tend_core::words::signed_decimal(1.25, 1),
        tend_core::words::signed_decimal(-0.5, 1),
    );
    assert!(
        calm.starts_with('+') && kind.starts_with(['-', '\u{2212}']),
        "{calm} {kind}"
    );
    let line = tr(
        "helps-line",
        &[
            ("sessions", 4.into()),
            ("calm", tend_core::words::signed_decimal(1.25, 1).into()),
            ("kind", tend_core::words::signed_decimal(-0.5, 1).into()),
        ],
    );
    assert!(html.contains(&escaped(&line)), "{html}");
}

#[test]
fn the_paths_answers_stand_side_by_side_with_what_is_missing_said() {
    let rows = vec![BeforeAfter {
        measure: "who5".into(),
        name: "WHO-5 <&>".into(),
        before_day: Some(day("2026-09-01")),
        after_day: None,
        scales: vec![ScaleChange {
            name: "Wellbeing".into(),
            higher_means: "Higher is better".into(),
            before: Some(52.0),
            after: None,
        }],
    }];
    let html = path_compare(&rows);
    inert("compare", &html);
    assert!(html.starts_with(&format!("<h2>{}</h2>", escaped(&t("path-compare-title")))));
    assert!(
        html.contains("<caption>WHO-5 &lt;&amp;&gt;</caption>"),
        "{html}"
    );
    assert!(html.contains(&escaped(&dates::long_date(day("2026-09-01")))));
    let row = format!("<td>52</td><td>{}</td></tr>", escaped(&t("path-no-answer")));
    assert!(html.contains(&row), "{html}");
    assert_eq!(html.matches("<table").count(), 1);
    // Each column and row is headed for a screen reader; a missing day
    // leaves its place empty.
    assert_eq!(html.matches("<th scope=\"col\">").count(), 3, "{html}");
    assert_eq!(html.matches("<th scope=\"row\">").count(), 1, "{html}");
    let end = format!(
        "{}<br><span class=\"hint\"></span></th>",
        escaped(&t("path-at-end"))
    );
    assert!(html.contains(&end), "{html}");
    // Before any answer, the heading and the note alone.
    let none = path_compare(&[]);
    assert!(!none.contains("<table") && none.contains("<h2>"), "{none}");
}

#[test]
fn the_export_log_says_when_what_which_format_and_the_period() {
    assert_eq!(
        export_log(&[]),
        format!("<p>{}</p>", escaped(&t("export-log-none")))
    );
    let made = day("2026-10-02").and_hms_opt(23, 30, 0).unwrap();
    let records = [
        ExportRecord {
            made_at: made,
            what: Exported::Summary,
            format: "pdf".into(),
            first_day: Some(day("2026-09-01")),
            last_day: Some(day("2026-09-30")),
        },
        ExportRecord {
            made_at: made,
            what: Exported::Backup,
            format: "json".into(),
            first_day: None,
            last_day: None,
        },
    ];
    let html = export_log(&records);
    inert("log", &html);
    let items: Vec<&str> = html.split("<li>").skip(1).collect();
    assert_eq!(items.len(), 2);
    let period = tr(
        "export-log-line-period",
        &[
            ("when", dates::long_date(made.date()).into()),
            ("what", t("export-log-summary").into()),
            ("format", t("export-format-pdf").into()),
            ("from", dates::long_date(day("2026-09-01")).into()),
            ("to", dates::long_date(day("2026-09-30")).into()),
        ],
    );
    assert!(items[0].starts_with(&escaped(&period)), "{}", items[0]);
    let plain = tr(
        "export-log-line",
        &[
            ("when", dates::long_date(made.date()).into()),
            ("what", t("export-log-backup").into()),
            ("format", t("export-format-json").into()),
        ],
    );
    assert!(items[1].starts_with(&escaped(&plain)), "{}", items[1]);
    assert!(!items[1].contains(&dates::long_date(day("2026-09-01"))));
}

#[test]
fn each_entry_links_to_itself_with_her_words_escaped_and_the_search_marked() {
    assert_eq!(entries(&[]), "");
    let at = day("2026-10-03").and_hms_opt(21, 0, 0).unwrap();
    let piece = |text: &str, matched| Piece {
        text: text.into(),
        matched,
    };
    let list = [
        EntrySummary {
            id: 7,
            title: "After <the> night & \"shift\"".into(),
            tags: vec!["tired".into(), "<b>".into()],
            excerpt: vec![
                piece("I felt ", false),
                piece("calm", true),
                piece(" <at last>", false),
            ],
            updated_at: at,
        },
        EntrySummary {
            id: 8,
            title: String::new(),
            tags: vec![],
            excerpt: vec![],
            updated_at: at,
        },
    ];
    let html = entries(&list);
    inert("entries", &html);
    let items: Vec<&str> = html.split("<li").skip(1).collect();
    assert_eq!(items.len(), 2);
    let first = items[0];
    let href = format!("href=\"{}\"", Route::Entry { id: 7 }.href());
    assert!(first.contains(&href), "{first}");
    assert!(
        first.contains("After &lt;the&gt; night &amp; &quot;shift&quot;"),
        "{first}"
    );
    assert!(
        first.contains("I felt <mark>calm</mark> &lt;at last&gt;"),
        "{first}"
    );
    assert!(
        !first.contains("<b>") && first.contains("&lt;b&gt;"),
        "{first}"
    );
    assert!(first.contains(&escaped(&dates::long_date(at.date()))));
    // Only the words she searched for are marked; an untitled entry says
    // so.
    assert_eq!(html.matches("<mark>").count(), 1);
    assert!(
        items[1].contains(&escaped(&t("journal-untitled"))),
        "{}",
        items[1]
    );
    assert!(!items[1].contains(" · "), "no tags, no separator");
}
