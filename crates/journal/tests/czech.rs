//! A summary and a reflective draft made in Czech through the journal, in
//! each format, held to golden files under `golden/cs/`: the HTML and the
//! Markdown as written, the PDF as another program (pdftotext) reads it.
//! Run with TEND_BLESS=1 to write them again after a deliberate change.
//! Its own test binary, because the language is set for the whole process.

// A test: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use std::path::Path;
use std::process::Command;
use tend_core::content::Content;
use tend_core::entry::EntryDraft;
use tend_core::practice::{Feeling, SessionRecord};
use tend_core::summary::{DocumentKind, DocumentRequest, to_html, to_markdown};
use tend_core::{CheckInDraft, Ratings};
use tend_journal::{Journal, Paper, to_pdf};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/cs")
        .join(name);
    if std::env::var_os("TEND_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
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

/// The words pdftotext reads from a PDF, one page's lines after another.
fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("souhrn.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by `cargo xtask test`");
    assert!(out.status.success(), "pdftotext failed on our PDF");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Two months of a nurse's journal: check-ins, practice, a questionnaire
/// and an entry, each on a fixed day.
fn journal() -> (tempfile::TempDir, Journal, Content, i64) {
    tend_core::words::set_language("cs");
    assert_eq!(tend_core::words::language(), "cs");
    let content = Content::load_in("cs").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(dir.path()).unwrap();
    let now = at("2026-11-26 18:00");
    for i in 0..61 {
        let v = u8::try_from(i % 11).unwrap();
        let draft = CheckInDraft {
            ratings: Ratings {
                exhaustion: v,
                stress: 10 - v,
                ..Ratings::MIDDLE
            },
            note: if i % 20 == 0 {
                "Dlouhá směna, ale dobrý tým.".into()
            } else {
                String::new()
            },
            ..CheckInDraft::default()
        };
        journal
            .save_checkin(day("2026-09-01") + Duration::days(i), draft, now)
            .unwrap();
    }
    for (i, exercise) in ["soothing_breath", "soles_of_feet", "soothing_breath"]
        .into_iter()
        .enumerate()
    {
        let record = SessionRecord {
            exercise: exercise.into(),
            seconds_since_start: 0,
            seconds_offered: 180,
            seconds_played: 180,
            finished: true,
            before: Some(Feeling { calm: 3, kind: 4 }),
            after: Some(Feeling { calm: 6, kind: 6 }),
            note: String::new(),
        };
        let when = at("2026-09-10 12:00") + Duration::days(i64::try_from(i).unwrap() * 9);
        journal.save_session(record, when).unwrap();
    }
    let who5 = content.measures.get("who5").unwrap();
    journal
        .save_measure_result(who5, &[3, 2, 3, 4, 2], day("2026-10-01"), now)
        .unwrap();
    let entry = journal
        .save_entry(
            EntryDraft {
                id: None,
                title: "Po těžké návštěvě".into(),
                body: "Matka byla unavená a já taky. Dýchala jsem pomalu v autě.".into(),
                prompt: None,
                tags: vec![],
            },
            at("2026-10-12 20:00"),
        )
        .unwrap();
    (dir, journal, content, entry.id)
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
fn a_czech_summary_and_reflection_match_their_golden_files_in_every_format() {
    let (_dir, journal, content, id) = journal();
    let made_on = day("2026-11-26");
    let summary = journal
        .document(&request(DocumentKind::Summary, vec![id]), &content, made_on)
        .unwrap();
    let html = to_html(&summary);
    assert!(html.contains("lang=\"cs\""), "the page says it is Czech");
    golden("summary.html", &html);
    golden("summary.md", &to_markdown(&summary));
    golden(
        "summary.pdf.txt",
        &pdf_text(&to_pdf(&summary, Paper::A4).unwrap()),
    );

    let reflection = journal
        .document(
            &request(DocumentKind::Reflection, vec![id]),
            &content,
            made_on,
        )
        .unwrap();
    golden("reflection.html", &to_html(&reflection));
    golden("reflection.md", &to_markdown(&reflection));
    golden(
        "reflection.pdf.txt",
        &pdf_text(&to_pdf(&reflection, Paper::A4).unwrap()),
    );
}
