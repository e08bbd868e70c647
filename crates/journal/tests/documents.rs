//! The exported documents from a real journal file: the PDF's text read
//! back with pdftotext, the export log, and requests that cannot be met.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use std::process::Command;
use tend_core::entry::EntryDraft;
use tend_core::summary::Exported;
use tend_core::summary::{DocumentKind, DocumentRequest, to_markdown};
use tend_core::{CheckInDraft, Ratings};
use tend_journal::{Journal, JournalError, Paper, to_pdf};

fn content() -> tend_core::content::Content {
    tend_core::content::Content::load().unwrap()
}

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-26 09:30", "%Y-%m-%d %H:%M").unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The text pdftotext reads from a PDF, with runs of spaces made one.
fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("summary.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by `cargo xtask test`");
    assert!(out.status.success(), "pdftotext failed on our PDF");
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text with each page's footer taken out, so that a sentence broken
/// across two pages reads whole again.
fn without_footers(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut kept = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let footer = words
            .get(i..i + 8)
            .is_some_and(|w| w[..5] == ["My", "Tend", "summary", "·", "page"] && w[6] == "of");
        if footer {
            i += 8;
        } else {
            kept.push(words[i]);
            i += 1;
        }
    }
    kept.join(" ")
}

fn filled() -> (tempfile::TempDir, Journal, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(dir.path()).unwrap();
    for i in 0..90 {
        let v = u8::try_from(i % 11).unwrap();
        let draft = CheckInDraft {
            ratings: Ratings {
                exhaustion: v,
                ..Ratings::MIDDLE
            },
            ..CheckInDraft::default()
        };
        journal
            .save_checkin(day("2026-08-01") + Duration::days(i), draft, now())
            .unwrap();
    }
    let long = "Slow breaths in the car park before the next visit. ".repeat(120);
    let entry = journal
        .save_entry(
            EntryDraft {
                id: None,
                title: "После трудного дня".into(),
                body: format!("Ελπίδα. {long}\nThe last line."),
                prompt: None,
                tags: vec![],
            },
            now(),
        )
        .unwrap();
    (dir, journal, entry.id)
}

fn request(kind: DocumentKind, entries: Vec<i64>) -> DocumentRequest {
    DocumentRequest {
        kind,
        from: day("2026-08-01"),
        to: day("2026-10-29"),
        checkins: true,
        measures: true,
        practice: true,
        entries,
        path: false,
    }
}

#[test]
fn the_pdf_reads_back_as_the_same_words() {
    let (_dir, journal, id) = filled();
    let doc = journal
        .document(
            &request(DocumentKind::Summary, vec![id]),
            &content(),
            day("2026-11-26"),
        )
        .unwrap();
    let bytes = to_pdf(&doc, Paper::A4).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&bytes);
    for expected in [
        "My Tend summary",
        "From 1 August 2026 to 29 October 2026. Made on 26 November 2026.",
        "It is not a medical record, and nothing in it is a diagnosis.",
        "90 check-ins in these 90 days.",
        "Worn out averaged 4.9 out of 10 over 90 days",
        "No questionnaires answered in this period.",
        "No practice sessions in this period.",
        "После трудного дня",
        "Ελπίδα.",
        "The last line.",
        "page 1 of",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} is not in the PDF:\n{text}"
        );
    }
    // The long entry runs over several pages and none of it is lost.
    assert_eq!(
        without_footers(&text)
            .matches("before the next visit.")
            .count(),
        120
    );
    let pages: usize = text
        .split("page 1 of ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(pages >= 3, "{pages} pages");
    // Fonts are subset: a few pages stay small.
    assert!(bytes.len() < 400_000, "{} bytes", bytes.len());
}

#[test]
fn letter_paper_is_letter_sized() {
    let (_dir, journal, _) = filled();
    let doc = journal
        .document(
            &request(DocumentKind::Reflection, vec![]),
            &content(),
            day("2026-11-26"),
        )
        .unwrap();
    let size = |paper| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.pdf");
        std::fs::write(&path, to_pdf(&doc, paper).unwrap()).unwrap();
        let out = Command::new("pdfinfo").arg(&path).output().unwrap();
        let info = String::from_utf8(out.stdout).unwrap();
        info.lines()
            .find(|l| l.starts_with("Page size:"))
            .unwrap()
            .to_owned()
    };
    assert!(
        size(Paper::Letter).contains("612 x 792 pts (letter)"),
        "{}",
        size(Paper::Letter)
    );
    assert!(size(Paper::A4).contains("(A4)"), "{}", size(Paper::A4));
}

#[test]
fn requests_that_cannot_be_met_say_why() {
    let (_dir, journal, id) = filled();
    let mut backwards = request(DocumentKind::Summary, vec![]);
    backwards.from = day("2026-12-01");
    let err = journal
        .document(&backwards, &content(), day("2026-11-26"))
        .unwrap_err();
    assert!(matches!(err, JournalError::InvalidRequest(_)), "{err}");
    let missing = request(DocumentKind::Reflection, vec![id, id + 1000]);
    let err = journal
        .document(&missing, &content(), day("2026-11-26"))
        .unwrap_err();
    assert!(matches!(err, JournalError::NoSuchEntry), "{err}");
}

#[test]
fn the_export_log_says_what_and_when_but_never_the_content() {
    let (dir, mut journal, id) = filled();
    let doc = journal
        .document(
            &request(DocumentKind::Reflection, vec![id]),
            &content(),
            day("2026-11-26"),
        )
        .unwrap();
    assert!(to_markdown(&doc).contains("The last line."));
    journal
        .log_export(
            Exported::Reflection,
            "markdown",
            Some((day("2026-08-01"), day("2026-10-29"))),
            now(),
        )
        .unwrap();
    journal
        .log_export(Exported::Backup, "json", None, now() + Duration::minutes(1))
        .unwrap();
    let log = journal.exports().unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].what, Exported::Backup, "newest first");
    assert_eq!(log[1].format, "markdown");
    assert_eq!(log[1].first_day, Some(day("2026-08-01")));
    drop(journal);
    // Nothing of the entry's words is in the log's table.
    let conn = rusqlite::Connection::open(dir.path().join(tend_journal::FILE_NAME)).unwrap();
    let logged: String = conn
        .query_row(
            "SELECT group_concat(made_at || what || format || coalesce(first_day, ''), '|') FROM export_log",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        !logged.contains("trudn") && !logged.contains("visit"),
        "{logged}"
    );
}
