//! Golden files for the exported documents: fixed data and a fixed day go
//! in, and the HTML and Markdown must match the files under `golden/`
//! byte for byte. After a deliberate change, run with `TEND_BLESS=1` to
//! write them again, and read the difference before committing it.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use tend_core::entry::Entry;
use tend_core::exercise::Catalogue;
use tend_core::measure::{MeasureResult, Measures};
use tend_core::practice::{Feeling, Session, SessionRecord};
use tend_core::summary::{
    Block, DocumentKind, DocumentRequest, Sources, document, preview_html, to_html, to_markdown,
};
use tend_core::{CheckIn, Context, Tag};

mod common;
use common::golden;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

struct Fixture {
    checkins: Vec<CheckIn>,
    results: Vec<MeasureResult>,
    measures: Measures,
    sessions: Vec<Session>,
    catalogue: Catalogue,
    entries: Vec<Entry>,
}

fn fixture() -> Fixture {
    let first = day("2026-09-01");
    let checkins = (0..40)
        .filter(|i| i % 3 != 2)
        .map(|i| {
            let d = first + Duration::days(i);
            let v = u8::try_from(i % 11).unwrap();
            CheckIn {
                context: Some(Context::CaringAtHome),
                tags: vec![Tag::ALL[0]],
                note: "private note, never exported".into(),
                ..common::checkin_on(d, v)
            }
        })
        .collect();
    let results = vec![
        MeasureResult {
            id: 1,
            measure: "who5".into(),
            answers: vec![3, 3, 2, 2, 3],
            day: day("2026-09-03"),
            taken_at: at("2026-09-03 08:00"),
        },
        MeasureResult {
            id: 2,
            measure: "who5".into(),
            answers: vec![1, 1, 1, 2, 1],
            day: day("2026-09-30"),
            taken_at: at("2026-09-30 08:00"),
        },
        MeasureResult {
            id: 3,
            measure: "who5".into(),
            answers: vec![5, 5, 5, 5, 5],
            day: day("2026-12-01"),
            taken_at: at("2026-12-01 08:00"),
        },
    ];
    let sessions = (0..4)
        .map(|i| Session {
            id: i,
            record: SessionRecord {
                exercise: if i < 3 {
                    "soothing_breath".into()
                } else {
                    "no_longer_in_the_catalogue".into()
                },
                seconds_since_start: 0,
                seconds_offered: 60,
                seconds_played: 60 - 10 * u32::try_from(i).unwrap(),
                finished: i == 0,
                before: Some(Feeling { calm: 3, kind: 4 }),
                after: Some(Feeling {
                    calm: 5 + u8::try_from(i).unwrap(),
                    kind: 5,
                }),
                note: String::new(),
            },
            saved_at: at("2026-09-10 12:00") + Duration::days(i),
            started_at: Some(at("2026-09-10 11:58") + Duration::days(i)),
        })
        .collect();
    let entries = vec![
        Entry {
            id: 7,
            title: "A hard visit <b>& what I did</b>".into(),
            body: "I stayed with the family longer than planned.\n\nAfterwards I took\nthree slow breaths | # * _ before driving.".into(),
            prompt: None,
            tags: vec![],
            created_at: at("2026-09-12 19:00"),
            updated_at: at("2026-09-12 19:00"),
        },
        Entry {
            id: 9,
            title: String::new(),
            body: "Не идеально, но достаточно. 今日はよくやった。".into(),
            prompt: None,
            tags: vec![],
            created_at: at("2026-09-20 21:00"),
            updated_at: at("2026-09-20 21:00"),
        },
        Entry {
            id: 11,
            title: "Not chosen".into(),
            body: "This one must never appear.".into(),
            prompt: None,
            tags: vec![],
            created_at: at("2026-09-21 21:00"),
            updated_at: at("2026-09-21 21:00"),
        },
    ];
    Fixture {
        checkins,
        results,
        measures: serde_json::from_str(include_str!("../../../assets/measures/en-GB.json"))
            .unwrap(),
        sessions,
        catalogue: serde_json::from_str(include_str!("../../../assets/exercises/en-GB.json"))
            .unwrap(),
        entries,
    }
}

fn sources(f: &Fixture) -> Sources<'_> {
    Sources {
        checkins: &f.checkins,
        results: &f.results,
        measures: &f.measures,
        sessions: &f.sessions,
        catalogue: &f.catalogue,
        entries: &f.entries,
        made_on: day("2026-11-26"),
        path: None,
    }
}

fn request(kind: DocumentKind, entries: Vec<i64>) -> DocumentRequest {
    DocumentRequest {
        kind,
        from: day("2026-09-01"),
        to: day("2026-10-31"),
        checkins: true,
        measures: true,
        practice: true,
        entries,
        path: false,
    }
}

#[test]
fn the_summary_matches_its_golden_files() {
    let f = fixture();
    let doc = document(&request(DocumentKind::Summary, vec![9, 7]), &sources(&f));
    golden("summary.html", &to_html(&doc));
    golden("summary.md", &to_markdown(&doc));
}

#[test]
fn the_reflection_matches_its_golden_files() {
    let f = fixture();
    let doc = document(&request(DocumentKind::Reflection, vec![7]), &sources(&f));
    golden("reflection.html", &to_html(&doc));
    golden("reflection.md", &to_markdown(&doc));
}

#[test]
fn the_summary_says_what_a_reader_needs() {
    let f = fixture();
    let doc = document(&request(DocumentKind::Summary, vec![]), &sources(&f));
    let html = to_html(&doc);
    let md = to_markdown(&doc);
    for text in [&html, &md] {
        assert!(
            text.contains("From 1 September 2026 to 31 October 2026. Made on 26 November 2026.")
        );
        assert!(text.contains("not a diagnosis"));
        // 27 check-ins fall in the first 40 days, none after.
        assert!(text.contains("27 check-ins in these 61 days."), "{text}");
        // WHO-5 answers 3,3,2,2,3 make 13 times 4.
        assert!(text.contains("52 (scale 0 to 100)"));
        // The December result is outside the period.
        assert!(!text.contains("December"));
        assert!(text.contains("4 practice sessions, 3 minutes in all."));
        // Three rated sessions of one exercise: calm rose 2, 3 and 4.
        assert!(text.contains("calm +3.0 and kindness +1.0 on average, over 3 rated sessions"));
        // Check-in notes and unchosen entries never leave the journal.
        assert!(!text.contains("private note"));
        assert!(!text.contains("Journal entries I chose"));
        assert!(
            text.contains("Psychotherapy and Psychosomatics"),
            "WHO-5's citation"
        );
    }
    assert!(!html.contains("<script"));
    assert!(
        !html.contains("http://")
            || html.matches("http://").count()
                == html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count()
    );
    assert_eq!(html.matches("<figure>").count(), 6, "a chart per item");
}

#[test]
fn sections_left_out_are_left_out() {
    let f = fixture();
    let mut r = request(DocumentKind::Summary, vec![11]);
    r.checkins = false;
    r.measures = false;
    r.practice = false;
    let doc = document(&r, &sources(&f));
    let headings: Vec<&str> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level: 2, text } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(headings, ["Journal entries I chose to share"]);
    assert!(to_markdown(&doc).contains("This one must never appear."));
}

#[test]
fn the_reflection_warns_and_asks_the_four_questions() {
    let f = fixture();
    let doc = document(&request(DocumentKind::Reflection, vec![7, 9]), &sources(&f));
    let md = to_markdown(&doc);
    assert!(md.contains("must not identify any patient, client, colleague or place"));
    assert_eq!(md.matches("What did you learn from it?").count(), 2);
    assert!(md.contains("Promote professionalism and trust"));
    assert!(md.contains("individual CPD"));
    assert!(
        !md.contains("Daily check-ins"),
        "no check-ins in a reflection"
    );
}

#[test]
fn user_text_cannot_become_markup() {
    let f = fixture();
    let doc = document(&request(DocumentKind::Summary, vec![7]), &sources(&f));
    for html in [to_html(&doc), preview_html(&doc)] {
        assert!(html.contains("A hard visit &lt;b&gt;&amp; what I did&lt;/b&gt;"));
        assert!(!html.contains("<b>"));
    }
    let md = to_markdown(&doc);
    assert!(md.contains("three slow breaths \\| \\# \\* \\_ before driving."));
}

/// The words a reader sees in HTML: tags dropped, white space collapsed,
/// entities left as written (both sides escape alike).
fn visible_words(html: &str) -> String {
    let body = html.split_once("<main>").map_or(html, |(_, b)| b);
    let mut words = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                words.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => words.push(c),
            _ => {}
        }
    }
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_preview_shows_the_saved_files_words_under_the_screens_own_headings() {
    let f = fixture();
    for kind in [DocumentKind::Summary, DocumentKind::Reflection] {
        let doc = document(&request(kind, vec![9, 7]), &sources(&f));
        let preview = preview_html(&doc);
        // The same words as the file, in the same order.
        assert_eq!(
            visible_words(&preview),
            visible_words(&to_html(&doc)),
            "{kind:?}"
        );
        // A fragment for the Export screen, whose own h1 and h2 come first;
        // nothing the page's CSP would block or that could run.
        for never in [
            "<h1", "<h2", "<html", "<head", "<style", "<script", " style=",
        ] {
            assert!(!preview.contains(never), "{kind:?} preview holds {never:?}");
        }
        assert!(
            !common::has_event_handler(&preview),
            "{kind:?} preview holds an event handler"
        );
        assert_eq!(
            preview.matches("<table>").count(),
            preview
                .matches("<div class=\"table-scroll\"><table>")
                .count()
        );
        for block in &doc.blocks {
            if let Block::Heading { level: 1, .. } = block {
                assert!(preview.contains("<h3>"));
            }
        }
    }
    let doc = document(&request(DocumentKind::Reflection, vec![7]), &sources(&f));
    assert!(preview_html(&doc).contains("<p class=\"paper-warning\">"));
}
