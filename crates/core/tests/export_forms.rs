//! The Export screen as the shell writes it (`screen_html::export`) and
//! reads it back (`forms::read_export`): the document form sent back as
//! written reads as the draft it shows, for every kind, part, format and
//! choice of entries; each button does what it says (a quick period, the
//! save, which a reflective draft refuses until its warning is
//! acknowledged, said in every language); and what the shell did not
//! write (an entry not offered, a field unknown or repeated, a value out
//! of its form) is refused whole.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use tend_core::entry::{EntrySummary, Piece};
use tend_core::forms::{DocumentDraft, ExportChange, ExportOffered, Form, read_export};
use tend_core::ipc::ErrorCode;
use tend_core::screen_html::{DocumentShown, export};
use tend_core::summary::{DocumentKind, Format};

mod common;
use common::{WrittenForm, written_forms};

type Fields = Vec<(String, String)>;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

const TODAY: &str = "2026-12-02";

/// Entries on days inside and outside the last three months; one with a
/// title that must be escaped, one without a title.
fn entries() -> Vec<(EntrySummary, NaiveDate)> {
    let at =
        |d: &str| NaiveDateTime::parse_from_str(&format!("{d} 21:00"), "%Y-%m-%d %H:%M").unwrap();
    [
        (4, "2026-12-01", "Asking <for> help"),
        (9, "2026-10-15", ""),
        (12, "2026-03-01", "An old one"),
    ]
    .into_iter()
    .map(|(id, d, title)| {
        (
            EntrySummary {
                id,
                title: title.to_owned(),
                excerpt: vec![Piece {
                    text: "The visits were too many & long".into(),
                    matched: false,
                }],
                updated_at: at(d),
                tags: Vec::new(),
            },
            day(d),
        )
    })
    .collect()
}

fn offered_ids() -> Vec<(i64, NaiveDate)> {
    entries().into_iter().map(|(e, d)| (e.id, d)).collect()
}

fn read(
    form: &WrittenForm,
    fields: &Fields,
    sent: bool,
) -> Result<ExportChange, tend_core::ApiError> {
    let ids = offered_ids();
    let offered = ExportOffered {
        today: day(TODAY),
        entries: &ids,
    };
    read_export(Form::from_id(&form.name).unwrap(), fields, sent, offered)
}

fn written(draft: &DocumentDraft) -> Vec<WrittenForm> {
    let all = entries();
    let shown = DocumentShown {
        entries: &all,
        preview: Ok("<p>preview</p>"),
        status: None,
    };
    written_forms(&export(draft, shown, false))
}

fn drafts() -> Vec<DocumentDraft> {
    let mut all = Vec::new();
    let first = DocumentDraft::first(day(TODAY));
    for kind in [DocumentKind::Summary, DocumentKind::Reflection] {
        for format in Format::ALL {
            for (from, to) in [
                (first.request.from, first.request.to),
                (day("2026-01-01"), day(TODAY)),
            ] {
                for parts in [
                    [true, true, true, false],
                    [false, true, false, true],
                    [false; 4],
                ] {
                    for entries in [vec![], vec![4], vec![9, 4]] {
                        for understood in [false, true] {
                            let mut d = first.clone();
                            d.request.kind = kind;
                            d.request.from = from;
                            d.request.to = to;
                            [
                                d.request.checkins,
                                d.request.measures,
                                d.request.practice,
                                d.request.path,
                            ] = parts;
                            d.request.entries = entries.clone();
                            d.format = format;
                            d.understood = understood && kind == DocumentKind::Reflection;
                            all.push(d);
                        }
                    }
                }
            }
        }
    }
    all
}

/// The draft as the form reads it: the entries in the order it lists them.
fn in_list_order(mut d: DocumentDraft) -> DocumentDraft {
    let order: Vec<i64> = entries().iter().map(|(e, _)| e.id).collect();
    d.request
        .entries
        .sort_by_key(|id| order.iter().position(|o| o == id));
    d
}

#[test]
fn the_document_form_sent_back_reads_as_the_draft_it_shows() {
    for draft in drafts() {
        let forms = written(&draft);
        assert_eq!(
            forms.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
            ["document", "data"]
        );
        let doc = &forms[0];
        assert!(doc.live);
        let read_back = read(doc, &doc.fields, false).unwrap();
        assert_eq!(
            read_back,
            ExportChange::Draft(in_list_order(draft.clone())),
            "{draft:?}"
        );
        // Save: a reflective draft waits for its warning to be acknowledged.
        let save = doc.buttons.iter().find(|(_, v)| v == "save").unwrap();
        let mut fields = doc.fields.clone();
        fields.push(save.clone());
        match (
            draft.request.kind,
            draft.understood,
            read(doc, &fields, true),
        ) {
            (DocumentKind::Reflection, false, Err(e)) => {
                let said = e.said.unwrap();
                assert_eq!(said.id, "export-understood-needed");
                for lang in tend_core::words::available() {
                    assert!(
                        tend_core::words::format_in(&lang, &said.id, &[]).is_ok(),
                        "{lang}"
                    );
                }
            }
            (_, _, Ok(ExportChange::Save(saved))) => {
                assert_eq!(saved, in_list_order(draft.clone()))
            }
            (kind, understood, other) => panic!("{kind:?} understood {understood}: {other:?}"),
        }
        // Each quick period: the last 30, 91 or 365 days to today.
        for (value, days) in [("last-30", 30), ("last-91", 91), ("last-365", 365)] {
            let mut fields = doc.fields.clone();
            fields.push(("do".into(), value.into()));
            let Ok(ExportChange::Draft(d)) = read(doc, &fields, true) else {
                panic!("{value}");
            };
            assert_eq!(d.request.to, day(TODAY));
            assert_eq!(d.request.from, day(TODAY) - Duration::days(days - 1));
            for id in &d.request.entries {
                let (_, on) = offered_ids().into_iter().find(|(e, _)| e == id).unwrap();
                assert!(on >= d.request.from, "entry {id} kept outside {value}");
            }
        }
        let data = &forms[1];
        for (button, expected) in [
            ("backup", ExportChange::Backup),
            ("spreadsheets", ExportChange::Spreadsheets),
            ("import", ExportChange::Import),
        ] {
            let b = data.buttons.iter().find(|(_, v)| v == button).unwrap();
            assert_eq!(read(data, &vec![b.clone()], true).unwrap(), expected);
        }
    }
}

#[test]
fn the_screen_is_inert_and_her_words_escaped() {
    for draft in drafts().iter().step_by(7) {
        let all = entries();
        let shown = DocumentShown {
            entries: &all,
            preview: Err("The first day comes after the last."),
            status: Some("Saved to /tmp/<x>.pdf."),
        };
        let html = export(draft, shown, true);
        for never in [
            "<script",
            " style=",
            "<style",
            "javascript:",
            "<h1",
            "Asking <for>",
            "<x>",
        ] {
            assert!(!html.contains(never), "{never:?} in the screen");
        }
        assert!(!common::has_event_handler(&html));
        // Only entries in the period are offered.
        let listed = html.contains("export-entry-12");
        assert_eq!(listed, draft.request.from <= day("2026-03-01"));
    }
}

fn refused(form: &WrittenForm, fields: &Fields, sent: bool) {
    match read(form, fields, sent) {
        Err(e) => assert_eq!(e.code, ErrorCode::InvalidInput, "{fields:?}"),
        Ok(change) => panic!("{fields:?} (sent {sent}) was read as {change:?}"),
    }
}

fn with(mut fields: Fields, name: &str, value: &str) -> Fields {
    match fields.iter_mut().find(|(n, _)| n == name) {
        Some(f) => f.1 = value.to_owned(),
        None => fields.push((name.to_owned(), value.to_owned())),
    }
    fields
}

#[test]
fn what_the_shell_did_not_write_is_refused_whole() {
    let long = "7".repeat(100_000);
    let odd = [
        " ",
        "on ",
        "ON",
        "Summary",
        "pdf ",
        "PDF",
        "docx",
        "2026-12-2",
        "2026-13-01",
        "+2026-12-01",
        "02/12/2026",
        "٢٠٢٦-١٢-٠٢",
        "5",
        "-4",
        "04",
        "4.0",
        "9223372036854775808",
        "checkin",
        "Practice",
        "save ",
        "last-31",
        "\u{0}",
        "<b>",
        "🙂",
        &long,
    ];
    let draft = DocumentDraft::first(day(TODAY));
    let forms = written(&draft);
    let doc = &forms[0];
    let names = [
        "kind",
        "from",
        "to",
        "section",
        "entry",
        "format",
        "understood",
        "do",
        "stranger",
        "id",
    ];
    for name in names {
        for value in odd {
            let fields = with(doc.fields.clone(), name, value);
            let sent = name == "do";
            refused(doc, &fields, sent);
        }
    }
    // Twice, even the same.
    for name in ["kind", "from", "to", "format"] {
        let one = doc.fields.iter().find(|(n, _)| n == name).unwrap().clone();
        let mut twice = doc.fields.clone();
        twice.push(one);
        refused(doc, &twice, false);
    }
    for (name, value) in [
        ("section", "checkins"),
        ("entry", "4"),
        ("understood", "on"),
    ] {
        let mut twice = doc.fields.clone();
        twice.extend([
            (name.to_owned(), value.to_owned()),
            (name.to_owned(), value.to_owned()),
        ]);
        if name != "understood" {
            refused(doc, &twice, false);
        }
    }
    // An entry never offered, and one of another journal.
    for id in ["5", "13", "0"] {
        refused(doc, &with(doc.fields.clone(), "entry", id), false);
    }
    // A button where only a change sends, and the other way round.
    refused(doc, &with(doc.fields.clone(), "do", "save"), false);
    refused(doc, &doc.fields, true);
    let data = &forms[1];
    refused(data, &Vec::new(), false);
    refused(data, &vec![("do".into(), "backup".into())], false);
    for value in odd {
        refused(data, &vec![("do".into(), value.to_owned())], true);
    }
    refused(
        data,
        &vec![
            ("do".into(), "backup".into()),
            ("do".into(), "backup".into()),
        ],
        true,
    );
}
