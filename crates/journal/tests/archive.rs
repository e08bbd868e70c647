//! The full backup file: what goes out comes back exactly, a second import
//! adds nothing, and every kind of broken file is refused with its own
//! error while the journal stays byte for byte as it was.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::Path;
use tend_core::entry::EntryDraft;
use tend_core::measure::Measures;
use tend_core::practice::{Feeling, SessionRecord};
use tend_core::support::Contact;
use tend_core::{CheckInDraft, Context, Ratings, Tag};
use tend_journal::{BACKUP_FORMAT_VERSION, FILE_NAME, ImportError, Journal, csv_cell};

fn measures() -> Measures {
    serde_json::from_str(include_str!("../../../assets/measures/en-GB.json")).unwrap()
}

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-26 09:30", "%Y-%m-%d %H:%M").unwrap()
}

/// Seconds offered and played, calm and kindness, and a note.
type PlannedSession = (u32, u32, Option<(u8, u8)>, String);

/// What a broken file should be refused for.
type Expected = fn(&ImportError) -> bool;

/// A varied journal: texts in several scripts, every kind of row.
#[derive(Debug, Clone)]
struct Plan {
    days: Vec<(u16, [u8; 6], String, bool)>,
    entries: Vec<(String, String, Vec<String>, bool)>,
    sessions: Vec<PlannedSession>,
    contacts: Vec<(String, String)>,
}

/// Text in several scripts; with `lines`, line breaks too.
fn text(max: usize, lines: bool) -> impl Strategy<Value = String> {
    let breaks = if lines { "\n" } else { "" };
    prop_oneof![
        Just(String::new()),
        proptest::string::string_regex(&format!(
            "[a-zA-Z,\"'=+@\\-{breaks}]([a-zA-Z ,\"'=+@\\-{breaks}]{{0,{max}}}[a-z])?"
        ))
        .unwrap(),
        proptest::string::string_regex(&format!("[αβγ日本語مرحبا שלום 🙂\u{301}]{{1,{max}}}"))
            .unwrap(),
    ]
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec(
            (
                0u16..400,
                prop::array::uniform6(0u8..=10),
                text(40, false),
                any::<bool>(),
            ),
            0..12,
        ),
        prop::collection::vec(
            (
                text(30, false),
                text(300, true),
                prop::collection::vec("[a-z]{1,8}", 0..3),
                any::<bool>(),
            ),
            0..8,
        ),
        prop::collection::vec(
            (
                1u32..600,
                0u32..600,
                prop::option::of((0u8..=10, 0u8..=10)),
                text(20, false),
            ),
            0..8,
        ),
        prop::collection::vec(("[A-Za-z ]{1,20}", "[0-9 +]{0,15}"), 0..3),
    )
        .prop_map(|(days, entries, sessions, contacts)| Plan {
            days,
            entries,
            sessions,
            contacts,
        })
}

fn fill(journal: &mut Journal, plan: &Plan) {
    let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    for (i, (offset, r, note, tagged)) in plan.days.iter().enumerate() {
        let draft = CheckInDraft {
            ratings: Ratings {
                exhaustion: r[0],
                stress: r[1],
                mood: r[2],
                sleep: r[3],
                self_kindness: r[4],
                meaning: r[5],
            },
            context: tagged.then_some(Context::CaringAtHome),
            tags: if *tagged {
                vec![Tag::ALL[0], Tag::ALL[2]]
            } else {
                vec![]
            },
            note: note.chars().take(280).collect(),
        };
        let day = start + Duration::days(i64::from(*offset));
        journal
            .save_checkin(day, draft, now() + Duration::minutes(i as i64))
            .unwrap();
    }
    for (i, (title, body, tags, deleted)) in plan.entries.iter().enumerate() {
        let draft = EntryDraft {
            id: None,
            title: title.clone(),
            body: body.clone(),
            prompt: (i % 2 == 0).then(|| "compassionate_letter".to_owned()),
            tags: tags.clone(),
        };
        let when = now() + Duration::hours(i as i64);
        if let Ok(entry) = journal.save_entry(draft, when)
            && *deleted
        {
            journal.delete_entry(entry.id, when).unwrap();
        }
    }
    for (i, (offered, played, feeling, note)) in plan.sessions.iter().enumerate() {
        let feeling = feeling.map(|(calm, kind)| Feeling { calm, kind });
        let record = SessionRecord {
            exercise: "soothing_breath".into(),
            seconds_since_start: 70,
            seconds_offered: *offered,
            seconds_played: (*played).min(*offered),
            finished: played >= offered,
            before: feeling,
            after: feeling,
            note: note.clone(),
        };
        journal
            .save_session(record, now() + Duration::minutes(3 * i as i64))
            .unwrap();
    }
    for (name, number) in &plan.contacts {
        let contact = Contact {
            id: None,
            name: name.clone(),
            number: number.clone(),
            note: "after six".into(),
        };
        let _ = journal.save_contact(contact);
    }
    let m = measures();
    let who5 = m.get("who5").unwrap();
    journal
        .save_measure_result(who5, &[3, 2, 4, 1, 5], now().date(), now())
        .unwrap();
    journal.set_favourite("soles_of_feet", true, now()).unwrap();
    journal.set_country("ZA").unwrap();
    let reminder = tend_core::reminder::Reminder {
        id: None,
        kind: tend_core::reminder::ReminderKind::CheckIn,
        rule: tend_core::reminder::Rule {
            time: chrono::NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            days: tend_core::reminder::Weekdays::WORKDAYS,
        },
        only_if_not_done: true,
        text: String::new(),
        enabled: true,
    };
    journal.save_reminder(reminder, now()).unwrap();
}

fn journal_bytes(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn backup_restore_backup_gives_the_same_bytes(plan in plan()) {
        let a = tempfile::tempdir().unwrap();
        let mut first = Journal::open(a.path()).unwrap();
        fill(&mut first, &plan);
        let out = first.export_backup(now()).unwrap();

        let b = tempfile::tempdir().unwrap();
        let mut second = Journal::open(b.path()).unwrap();
        let report = second.import_backup(&out).unwrap();
        prop_assert_eq!(report.days_kept, 0);
        let again = second.export_backup(now()).unwrap();
        prop_assert_eq!(String::from_utf8(again.clone()).unwrap(), String::from_utf8(out.clone()).unwrap());

        // The same file a second time adds nothing at all.
        let report = second.import_backup(&out).unwrap();
        prop_assert_eq!(report.added.total(), 0);
        prop_assert_eq!(second.export_backup(now()).unwrap(), again);
    }
}

#[test]
fn a_restored_journal_holds_what_the_user_sees() {
    let a = tempfile::tempdir().unwrap();
    let mut first = Journal::open(a.path()).unwrap();
    let plan = Plan {
        days: vec![(3, [9, 8, 2, 3, 4, 5], "long night, ворота".into(), true)],
        entries: vec![(
            "Sunday".into(),
            "I let myself rest. 日本語も".into(),
            vec!["rest".into()],
            false,
        )],
        sessions: vec![(60, 60, Some((3, 6)), String::new())],
        contacts: vec![("Sam".into(), "0161 000 0000".into())],
    };
    fill(&mut first, &plan);
    let out = first.export_backup(now()).unwrap();

    let b = tempfile::tempdir().unwrap();
    let mut second = Journal::open(b.path()).unwrap();
    let report = second.import_backup(&out).unwrap();
    assert_eq!(report.added.checkins, 1);
    assert_eq!(report.added.entries, 1);
    let checkin = second
        .checkin(NaiveDate::from_ymd_opt(2025, 1, 4).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(checkin.note, "long night, ворота");
    assert_eq!(checkin.ratings.exhaustion, 9);
    assert_eq!(checkin.tags, vec![Tag::ALL[0], Tag::ALL[2]]);
    let entries = second.entries().unwrap();
    assert_eq!(entries.len(), 1);
    let entry = second.entry(entries[0].id).unwrap().unwrap();
    assert_eq!(entry.body, "I let myself rest. 日本語も");
    assert_eq!(
        second.search("rest").unwrap().len(),
        1,
        "the search index is rebuilt"
    );
    assert_eq!(second.contacts().unwrap()[0].name, "Sam");
    assert_eq!(second.country().unwrap().as_deref(), Some("ZA"));
    assert_eq!(second.measure_results().unwrap().len(), 1);
    assert_eq!(
        second.favourites().unwrap(),
        vec!["soles_of_feet".to_owned()]
    );
    assert_eq!(second.sessions().unwrap()[0].record.after.unwrap().kind, 6);
    let reminders = second.reminders().unwrap();
    assert_eq!(reminders.len(), 1);
    assert_eq!(
        reminders[0].reminder.rule.days,
        tend_core::reminder::Weekdays::WORKDAYS
    );
}

#[test]
fn an_import_never_changes_what_the_journal_already_holds() {
    let a = tempfile::tempdir().unwrap();
    let mut first = Journal::open(a.path()).unwrap();
    let day = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let mut draft = CheckInDraft::default();
    draft.ratings.exhaustion = 2;
    first.save_checkin(day, draft.clone(), now()).unwrap();
    let out = first.export_backup(now()).unwrap();

    let b = tempfile::tempdir().unwrap();
    let mut second = Journal::open(b.path()).unwrap();
    draft.ratings.exhaustion = 7;
    draft.note = "mine, written here".into();
    second.save_checkin(day, draft, now()).unwrap();
    let report = second.import_backup(&out).unwrap();
    assert_eq!(report.days_kept, 1);
    assert_eq!(report.added.checkins, 0);
    let kept = second.checkin(day).unwrap().unwrap();
    assert_eq!(kept.ratings.exhaustion, 7);
    assert_eq!(kept.note, "mine, written here");
}

/// Recomputes the counts and checksum after a test changed the data, so
/// the file is refused for the change itself.
fn reseal(mut v: Value) -> Vec<u8> {
    let data = serde_json::to_vec(&v["data"]).unwrap();
    let hex: String = Sha256::digest(&data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    v["checksum"] = Value::String(format!("sha256:{hex}"));
    for kind in ["checkins", "entries", "sessions"] {
        let n = v["data"][kind].as_array().unwrap().len();
        v["counts"][kind] = n.into();
    }
    serde_json::to_vec_pretty(&v).unwrap()
}

#[test]
fn every_kind_of_broken_backup_is_refused_and_changes_nothing() {
    let a = tempfile::tempdir().unwrap();
    let mut source = Journal::open(a.path()).unwrap();
    let plan = Plan {
        days: vec![
            (1, [5; 6], "a note".into(), false),
            (2, [6; 6], String::new(), true),
        ],
        entries: vec![("t".into(), "body".into(), vec![], false)],
        sessions: vec![],
        contacts: vec![],
    };
    fill(&mut source, &plan);
    let good = source.export_backup(now()).unwrap();
    let parsed: Value = serde_json::from_slice(&good).unwrap();

    let mut wrong_checksum = parsed.clone();
    wrong_checksum["data"]["checkins"][0]["note"] = "changed by hand".into();
    let mut newer = parsed.clone();
    newer["format_version"] = (BACKUP_FORMAT_VERSION + 1).into();
    newer["data"] = Value::String("whatever a newer Tend writes".into());
    let mut miscounted = parsed.clone();
    miscounted["counts"]["entries"] = 5.into();
    let mut out_of_range = parsed.clone();
    out_of_range["data"]["checkins"][0]["exhaustion"] = 11.into();
    let mut huge = parsed.clone();
    huge["data"]["entries"][0]["body"] = "x".repeat(5 * 1024 * 1024).into();
    let mut bad_day = parsed.clone();
    bad_day["data"]["checkins"][0]["day"] = "2025-02-30".into();
    let mut twice = parsed.clone();
    let copy = twice["data"]["checkins"][0].clone();
    twice["data"]["checkins"].as_array_mut().unwrap().push(copy);
    let mut unknown_field = parsed.clone();
    unknown_field["data"]["entries"][0]["mood"] = 3.into();
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_inside = format!(
        r#"{{"format": "tend-backup", "format_version": 1, "data": {}{{}}{}}}"#,
        "{\"a\": ".repeat(10_000),
        "}".repeat(10_000)
    );

    let cases: Vec<(&str, Vec<u8>, Expected)> = vec![
        ("empty", vec![], |e| matches!(e, ImportError::Empty)),
        ("truncated", good[..good.len() / 2].to_vec(), |e| {
            matches!(e, ImportError::NotJson(_))
        }),
        (
            "not JSON",
            b"day,exhaustion\n2025-01-01,4\n".to_vec(),
            |e| matches!(e, ImportError::NotJson(_)),
        ),
        ("not UTF-8", vec![0xff, 0xfe, 0x00, 0x7b], |e| {
            matches!(e, ImportError::NotJson(_))
        }),
        ("an array nested 10,000 deep", deep.into_bytes(), |e| {
            matches!(e, ImportError::NotABackup)
        }),
        (
            "a backup nested 10,000 deep",
            deep_inside.into_bytes(),
            |e| matches!(e, ImportError::Malformed(_)),
        ),
        ("other JSON", br#"{"name": "a recipe"}"#.to_vec(), |e| {
            matches!(e, ImportError::NotABackup)
        }),
        (
            "wrong checksum",
            serde_json::to_vec(&wrong_checksum).unwrap(),
            |e| matches!(e, ImportError::Checksum),
        ),
        (
            "newer format",
            serde_json::to_vec(&newer).unwrap(),
            |e| matches!(e, ImportError::NewerFormat { found } if *found == BACKUP_FORMAT_VERSION + 1),
        ),
        (
            "miscounted",
            serde_json::to_vec(&miscounted).unwrap(),
            |e| {
                matches!(
                    e,
                    ImportError::Count {
                        said: 5,
                        found: 1,
                        ..
                    }
                )
            },
        ),
        ("rating out of range", reseal(out_of_range), |e| {
            matches!(
                e,
                ImportError::Invalid {
                    what: "import-kind-checkins",
                    index: 1,
                    ..
                }
            )
        }),
        ("a huge field", reseal(huge), |e| {
            matches!(
                e,
                ImportError::Invalid {
                    what: "import-kind-entries",
                    ..
                }
            )
        }),
        ("a day that does not exist", reseal(bad_day), |e| {
            matches!(
                e,
                ImportError::Invalid {
                    what: "import-kind-checkins",
                    ..
                }
            )
        }),
        (
            "one day twice",
            reseal(twice),
            |e| matches!(e, ImportError::Invalid { why, .. } if why.id == "import-why-two-days"),
        ),
        ("an unknown field", reseal(unknown_field), |e| {
            matches!(e, ImportError::Malformed(_))
        }),
    ];

    let b = tempfile::tempdir().unwrap();
    let mut target = Journal::open(b.path()).unwrap();
    let draft = CheckInDraft {
        note: "already here".into(),
        ..CheckInDraft::default()
    };
    target
        .save_checkin(NaiveDate::from_ymd_opt(2024, 6, 1).unwrap(), draft, now())
        .unwrap();
    let before = journal_bytes(b.path());
    assert!(before.iter().any(|(name, _)| name == FILE_NAME));
    let mut messages = Vec::new();
    for (name, bytes, expected) in cases {
        let err = target
            .import_backup(&bytes)
            .expect_err(&format!("{name} was accepted"));
        assert!(expected(&err), "{name}: unexpected error {err:?}");
        let message = err.to_string();
        assert!(!message.contains('\n'), "{name}: one line, got {message:?}");
        // Said from the message file, never its id.
        assert!(!message.contains("import-"), "{name}: {message}");
        messages.push(err.detail());
        assert_eq!(
            journal_bytes(b.path()),
            before,
            "{name} changed the journal"
        );
    }
    // Each case says something of its own (the parser's detail kept for
    // logs tells apart the files she is told are simply not backups).
    let mut distinct = messages.clone();
    distinct.sort();
    distinct.dedup();
    assert!(distinct.len() >= 12, "{messages:#?}");
    // And the good file still goes in after all that.
    target.import_backup(&good).unwrap();
    assert_eq!(target.checkins().unwrap().len(), 3);
}

#[test]
fn csv_cells_cannot_run_as_formulas() {
    assert_eq!(csv_cell("=SUM(A1:A9)"), "'=SUM(A1:A9)");
    assert_eq!(csv_cell("+44 161"), "'+44 161");
    assert_eq!(csv_cell("-2"), "'-2");
    assert_eq!(csv_cell("@me"), "'@me");
    assert_eq!(csv_cell("a, b"), "\"a, b\"");
    assert_eq!(csv_cell("she said \"no\""), "\"she said \"\"no\"\"\"");
    assert_eq!(csv_cell("=1,\"2\""), "\"'=1,\"\"2\"\"\"");
    assert_eq!(csv_cell("plain"), "plain");

    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(dir.path()).unwrap();
    let draft = CheckInDraft {
        note: "=HYPERLINK(\"x\")".into(),
        ..CheckInDraft::default()
    };
    journal
        .save_checkin(NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(), draft, now())
        .unwrap();
    let files = journal.export_csv().unwrap();
    let (_, checkins) = files.iter().find(|(n, _)| *n == "checkins.csv").unwrap();
    assert_eq!(
        checkins.lines().nth(1).unwrap(),
        "2025-03-01,5,5,5,5,5,5,,,\"'=HYPERLINK(\"\"x\"\")\""
    );
}

/// Every read the app's screens and the `tend` command make of a journal.
fn every_read_succeeds(j: &Journal) {
    let prefs = j.preferences().expect("preferences");
    j.day_boundary().expect("day boundary");
    j.speech_prefs().expect("speech");
    j.checkins().expect("check-ins");
    j.sessions().expect("sessions");
    j.search("").expect("entries");
    j.contacts().expect("contacts");
    j.country().expect("country");
    j.welcomed().expect("welcome");
    j.idle_minutes().expect("idle minutes");
    j.reminders().expect("reminders");
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    j.notices(&measures(), prefs.professional, today)
        .expect("notices");
    j.export_backup(now()).expect("a backup of it");
}

/// A small good backup, parsed, to change by hand and seal again.
fn good_backup() -> Value {
    let a = tempfile::tempdir().unwrap();
    let mut source = Journal::open(a.path()).unwrap();
    let plan = Plan {
        days: vec![(1, [5; 6], "a note".into(), false)],
        entries: vec![],
        sessions: vec![],
        contacts: vec![],
    };
    fill(&mut source, &plan);
    serde_json::from_slice(&source.export_backup(now()).unwrap()).unwrap()
}

#[test]
fn a_sealed_backup_with_settings_tend_cannot_read_is_refused_and_changes_nothing() {
    let setting = |key: &str, value: &str| {
        let mut v = good_backup();
        v["data"]["settings"] = serde_json::json!([{ "key": key, "value": value }]);
        reseal(v)
    };
    let mut unknown_practice = good_backup();
    unknown_practice["data"]["sessions"] = serde_json::json!([{
        "exercise": "no_such_practice", "seconds_offered": 60, "seconds_played": 60,
        "finished": true, "before_calm": null, "before_kind": null, "after_calm": null,
        "after_kind": null, "note": "", "started_at": "2026-11-01T10:00:00",
        "saved_at": "2026-11-01T10:01:00"
    }]);
    let cases = [
        ("a day boundary of 99:99", setting("day_boundary", "99:99")),
        ("a text size of 400", setting("text_size", "400")),
        ("a role Tend does not know", setting("role", "nurse")),
        ("a country in lower case", setting("country", "gb")),
        ("idle minutes of zero", setting("lock.idle_minutes", "0")),
        (
            "a set-aside day that is not a date",
            setting("dismissed.support", "soon"),
        ),
        (
            "a computer's reminder zone",
            setting("reminders.zone", "Mars/Base"),
        ),
        ("a practice that does not exist", reseal(unknown_practice)),
    ];
    let b = tempfile::tempdir().unwrap();
    let mut target = Journal::open(b.path()).unwrap();
    let before = journal_bytes(b.path());
    for (name, bytes) in cases {
        let err = target
            .import_backup(&bytes)
            .expect_err(&format!("{name} was accepted"));
        assert!(
            matches!(err, ImportError::Invalid { .. }),
            "{name}: {err:?}"
        );
        assert_eq!(
            journal_bytes(b.path()),
            before,
            "{name} changed the journal"
        );
    }
    every_read_succeeds(&target);
}

#[test]
fn a_tag_said_twice_is_one_tag_and_the_backup_goes_in() {
    let mut v = good_backup();
    v["data"]["checkins"][0]["tags"] = serde_json::json!(["hard_visit", "hard_visit"]);
    let b = tempfile::tempdir().unwrap();
    let mut target = Journal::open(b.path()).unwrap();
    target.import_backup(&reseal(v)).expect("accepted");
    let checkins = target.checkins().unwrap();
    assert_eq!(checkins[0].tags, [Tag::HardVisit]);
    every_read_succeeds(&target);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    // Whatever a sealed backup's settings say, either the import refuses
    // it or every read of the journal succeeds afterwards.
    #[test]
    fn any_accepted_setting_leaves_a_journal_every_screen_can_read(
        key in prop::sample::select(vec![
            "day_boundary", "theme", "text_size", "professional", "role", "country",
            "welcome.done", "speech.voice", "speech.rate", "speech.volume",
            "lock.idle_minutes", "dismissed.support", "dismissed.who5", "a.newer.setting",
        ]),
        value in prop_oneof![
            "[0-9:]{0,6}",
            "[a-z_]{0,14}",
            "[A-Z]{0,3}",
            "[0-9]{1,7}",
            "20[0-9]{2}-[01][0-9]-[0-3][0-9](T[0-2][0-9]:[0-5][0-9]:[0-5][0-9])?",
            any::<String>(),
        ],
    ) {
        let mut v = good_backup();
        v["data"]["settings"] = serde_json::json!([{ "key": key, "value": value }]);
        let b = tempfile::tempdir().unwrap();
        let mut target = Journal::open(b.path()).unwrap();
        if target.import_backup(&reseal(v)).is_ok() {
            every_read_succeeds(&target);
            drop(target);
            every_read_succeeds(&Journal::open(b.path()).unwrap());
        }
    }
}
