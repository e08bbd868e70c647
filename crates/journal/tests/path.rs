//! The guided path's events through a real journal file: kept in order
//! across a reopen, read by tend-core's progress rules, with writing steps
//! linked to their entries; bad events are refused and change nothing.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, NaiveDateTime};
use tend_core::content::guided_path;
use tend_core::entry::EntryDraft;
use tend_core::path::{PathEventKind, PathState, progress};
use tend_core::summary::{DocumentKind, DocumentRequest, to_markdown};
use tend_journal::{Journal, JournalError};

fn at(minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 2)
        .and_then(|d| d.and_hms_opt(8, minute, 0))
        .unwrap()
}

#[test]
fn path_events_are_kept_in_order_and_a_letter_is_linked_to_its_step() {
    let path = guided_path().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let first = path.weeks[0].steps[0].id.clone();
    let letter_step = path
        .steps()
        .find(|(_, s)| s.writing)
        .map(|(_, s)| s.id.clone())
        .unwrap();
    {
        let mut j = Journal::open(dir.path()).unwrap();
        j.add_path_event(&path.id, PathEventKind::Started, None, None, at(0))
            .unwrap();
        j.add_path_event(&path.id, PathEventKind::Done, Some(&first), None, at(1))
            .unwrap();
        let letter = j
            .save_entry(
                EntryDraft {
                    id: None,
                    title: "To me".into(),
                    body: "You are doing more than you think.".into(),
                    prompt: Some("compassionate_letter".into()),
                    tags: vec![],
                },
                at(2),
            )
            .unwrap();
        j.add_path_event(
            &path.id,
            PathEventKind::Done,
            Some(&letter_step),
            Some(letter.id),
            at(3),
        )
        .unwrap();
        j.add_path_event(&path.id, PathEventKind::Paused, None, None, at(4))
            .unwrap();

        // Refused, and nothing written: a step where none belongs, none
        // where one does, an entry that does not exist.
        let before = j.path_events(&path.id).unwrap();
        for (kind, step, entry) in [
            (PathEventKind::Paused, Some(first.as_str()), None),
            (PathEventKind::Done, None, None),
            (PathEventKind::Done, Some(first.as_str()), Some(9_999)),
        ] {
            assert!(
                j.add_path_event(&path.id, kind, step, entry, at(5))
                    .is_err(),
                "{kind:?} {step:?} {entry:?}"
            );
        }
        assert!(matches!(
            j.add_path_event("", PathEventKind::Started, None, None, at(5)),
            Err(JournalError::InvalidRequest(_))
        ));
        assert_eq!(j.path_events(&path.id).unwrap(), before);
    }

    let j = Journal::open(dir.path()).unwrap();
    // A backup carries the path, and the letter's link, to a new journal;
    // importing it twice adds nothing the second time.
    let backup = j.export_backup(at(30)).unwrap();
    let other = tempfile::tempdir().unwrap();
    let mut copy = Journal::open(other.path()).unwrap();
    let report = copy.import_backup(&backup).unwrap();
    assert_eq!(report.added.path_events, 4);
    assert_eq!(copy.import_backup(&backup).unwrap().added.path_events, 0);
    assert_eq!(
        copy.path_events(&path.id).unwrap(),
        j.path_events(&path.id).unwrap()
    );
    let copied = copy.path_entries(&path.id).unwrap();
    assert_eq!(copied.len(), 1);
    assert_eq!(
        copy.entry(copied[0].1).unwrap().unwrap().title,
        "To me",
        "the link points at the same letter"
    );

    // A summary tells the path, with the letter, only when asked.
    let content = tend_core::content::Content::load().unwrap();
    let mut request = DocumentRequest {
        kind: DocumentKind::Summary,
        from: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        checkins: false,
        measures: false,
        practice: false,
        entries: vec![],
        path: false,
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    let without = to_markdown(&j.document(&request, &content, today).unwrap());
    assert!(!without.contains("You are doing more"), "{without}");
    request.path = true;
    let with = to_markdown(&j.document(&request, &content, today).unwrap());
    assert!(
        with.contains("My path: Four weeks with the compassionate mind"),
        "{with}"
    );
    assert!(with.contains("2 of 12 steps done so far"), "{with}");
    assert!(
        with.contains("Week 3: A compassionate letter to yourself"),
        "{with}"
    );
    assert!(
        with.contains("You are doing more than you think."),
        "{with}"
    );

    let events = j.path_events(&path.id).unwrap();
    assert_eq!(events.len(), 4);
    let p = progress(&path, &events);
    assert_eq!(p.state, PathState::Paused, "the place is kept");
    assert_eq!(p.done.len(), 2);
    let linked = j.path_entries(&path.id).unwrap();
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0].0, letter_step);
    assert_eq!(
        j.entry(linked[0].1).unwrap().unwrap().body,
        "You are doing more than you think."
    );
}
