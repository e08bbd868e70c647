//! `tend export` and `tend import` run as a user would run them, on real
//! journal folders: what they write, what they refuse, and their exit codes.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use tend_core::entry::EntryDraft;
use tend_core::words::tr_in;
use tend_core::{CheckInDraft, Ratings};
use tend_journal::{FILE_NAME, Journal};

fn tend(folder: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--data-dir")
        .arg(folder)
        .args(args)
        .env_remove("TEND_DATA_DIR")
        // The English these tests read, whatever this machine speaks.
        .env("LANGUAGE", "en_GB")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap()
}

/// A British English message, as `tend` says it under LANGUAGE=en_GB.
fn en(id: &str) -> String {
    tr_in("en-GB", id, &[])
}

/// Whole mebibytes, rounded up, as errors say a file's size.
fn mib(bytes: u64) -> i64 {
    i64::try_from(bytes.div_ceil(1024 * 1024)).unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-10-01 20:00", "%Y-%m-%d %H:%M").unwrap()
}

/// A journal with 30 days of check-ins from 1 September 2026 and one entry.
fn journal() -> (tempfile::TempDir, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    for i in 0..30 {
        let draft = CheckInDraft {
            ratings: Ratings {
                exhaustion: if i < 15 { 8 } else { 4 },
                ..Ratings::MIDDLE
            },
            note: "a private note".into(),
            ..CheckInDraft::default()
        };
        let day = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap() + Duration::days(i);
        j.save_checkin(day, draft, now()).unwrap();
    }
    let entry = j
        .save_entry(
            EntryDraft {
                id: None,
                title: "Tuesday".into(),
                body: "I asked for help with the late visit.".into(),
                prompt: None,
                tags: vec![],
            },
            now(),
        )
        .unwrap();
    (dir, entry.id)
}

fn journal_bytes(folder: &Path) -> Vec<u8> {
    fs::read(folder.join(FILE_NAME)).unwrap()
}

#[test]
fn a_summary_in_each_format() {
    let (dir, id) = journal();
    let out = tempfile::tempdir().unwrap();
    let id = id.to_string();
    for (format, file) in [
        ("html", "summary.html"),
        ("markdown", "summary.md"),
        ("pdf", "summary.pdf"),
    ] {
        let path = out.path().join(file);
        let run = tend(
            dir.path(),
            &[
                "export",
                "summary",
                "--from",
                "2026-09-01",
                "--to",
                "2026-09-30",
                "--format",
                format,
                "--entry",
                &id,
                "--out",
                path.to_str().unwrap(),
            ],
        );
        assert!(run.status.success(), "{format}: {}", text(&run.stderr));
        assert!(run.stdout.is_empty(), "nothing on the screen");
        let bytes = fs::read(&path).unwrap();
        let written = if format == "pdf" {
            assert!(bytes.starts_with(b"%PDF-"));
            let read = Command::new("pdftotext")
                .arg(&path)
                .arg("-")
                .output()
                .unwrap();
            text(&read.stdout)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            text(&bytes)
        };
        assert!(
            written.contains("30 check-ins in these 30 days."),
            "{format}"
        );
        assert!(
            written.contains("Worn out averaged 6.0 out of 10"),
            "{format}"
        );
        assert!(
            written.contains("I asked for help with the late visit."),
            "{format}"
        );
        assert!(
            !written.contains("a private note"),
            "{format}: check-in notes stay home"
        );
    }
    // No temporary files are left beside them.
    assert_eq!(fs::read_dir(out.path()).unwrap().count(), 3);
    // The log says what left, never what it said.
    let j = Journal::open(dir.path()).unwrap();
    let log = j.exports().unwrap();
    let formats: Vec<&str> = log.iter().map(|r| r.format.as_str()).collect();
    assert_eq!(formats, ["pdf", "markdown", "html"]);
}

#[test]
fn a_summary_to_the_screen_and_without_sections() {
    let (dir, _) = journal();
    let run = tend(
        dir.path(),
        &[
            "export",
            "summary",
            "--from",
            "2026-09-01",
            "--to",
            "2026-09-30",
            "--format",
            "markdown",
            "--without",
            "checkins",
            "--without",
            "practice",
            "--out",
            "-",
        ],
    );
    assert!(run.status.success(), "{}", text(&run.stderr));
    let md = text(&run.stdout);
    assert!(md.starts_with("# My Tend summary\n"));
    assert!(!md.contains("Daily check-ins"));
    assert!(!md.contains("## Practice"));
    assert!(md.contains("## Questionnaires"));
    assert!(
        !md.contains("Journal entries"),
        "no entry text unless asked"
    );
}

#[test]
fn a_reflection_draft_warns_about_identifying_people() {
    let (dir, id) = journal();
    let run = tend(
        dir.path(),
        &[
            "export",
            "reflection",
            "--entry",
            &id.to_string(),
            "--format",
            "markdown",
            "--out",
            "-",
        ],
    );
    assert!(run.status.success(), "{}", text(&run.stderr));
    let md = text(&run.stdout);
    assert!(md.contains("must not identify any patient, client, colleague or place"));
    assert!(md.contains("## Account 1: Tuesday"));
    let help = tend(dir.path(), &["export", "reflection", "--help"]);
    assert!(text(&help.stdout).contains("must not identify any patient"));
}

#[test]
fn backup_then_import_into_a_new_journal() {
    let (dir, _) = journal();
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("tend-backup.json");
    let run = tend(
        dir.path(),
        &["export", "backup", "--out", file.to_str().unwrap()],
    );
    assert!(run.status.success(), "{}", text(&run.stderr));

    let laptop = tempfile::tempdir().unwrap();
    let run = tend(laptop.path(), &["import", file.to_str().unwrap()]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert!(
        text(&run.stdout).starts_with("added 30 check-ins, 0 practice sessions, 1 journal entries")
    );
    let again = tend(laptop.path(), &["import", file.to_str().unwrap()]);
    assert!(
        text(&again.stdout)
            .starts_with("added 0 check-ins, 0 practice sessions, 0 journal entries")
    );
    let j = Journal::open(laptop.path()).unwrap();
    assert_eq!(j.checkins().unwrap().len(), 30);
    assert_eq!(j.checkins().unwrap()[0].note, "a private note");

    let csv = files.path().join("sheets");
    let run = tend(
        dir.path(),
        &["export", "csv", "--out", csv.to_str().unwrap()],
    );
    assert!(run.status.success(), "{}", text(&run.stderr));
    let checkins = fs::read_to_string(csv.join("checkins.csv")).unwrap();
    assert_eq!(checkins.lines().count(), 31);
    assert!(checkins.starts_with(
        "day,exhaustion,stress,mood,sleep,self_kindness,meaning,context,tags,note\r\n"
    ));
}

#[test]
fn a_bad_file_is_refused_in_one_line_and_changes_nothing() {
    let (dir, _) = journal();
    let before = journal_bytes(dir.path());
    let files = tempfile::tempdir().unwrap();
    let not_json = files.path().join("notes.txt");
    fs::write(&not_json, "dear diary").unwrap();
    let huge = files.path().join("huge.json");
    // A sparse file: refused by its size before a byte is read.
    fs::File::create(&huge)
        .unwrap()
        .set_len(tend_journal::MAX_BACKUP_BYTES + 1)
        .unwrap();
    for (file, code, words) in [
        (
            not_json.to_str().unwrap(),
            65,
            en("import-error-not-backup"),
        ),
        (
            huge.to_str().unwrap(),
            65,
            tr_in(
                "en-GB",
                "import-error-large",
                &[
                    ("mb", mib(tend_journal::MAX_BACKUP_BYTES + 1).into()),
                    ("most", mib(tend_journal::MAX_BACKUP_BYTES).into()),
                ],
            ),
        ),
        ("/no/such/file.json", 66, en("error-io-not-found")),
    ] {
        let run = tend(dir.path(), &["import", file]);
        assert_eq!(run.status.code(), Some(code), "{file}");
        let err = text(&run.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("tend: ") && err.contains(&words), "{err}");
        assert_eq!(
            journal_bytes(dir.path()),
            before,
            "{file} changed the journal"
        );
    }
}

#[test]
fn mistakes_on_the_command_line_are_explained() {
    let (dir, _) = journal();
    let before = journal_bytes(dir.path());
    let first_after_last = en("invalid-document-order");
    for (args, words) in [
        (
            vec![
                "export",
                "summary",
                "--from",
                "1 Sept",
                "--to",
                "2026-09-30",
                "--out",
                "-",
            ],
            "a day like 2026-09-30",
        ),
        (
            vec![
                "export",
                "summary",
                "--from",
                "2026-09-30",
                "--to",
                "2026-09-01",
                "--out",
                "-",
            ],
            first_after_last.as_str(),
        ),
        (
            vec![
                "export",
                "summary",
                "--from",
                "2026-09-01",
                "--to",
                "2026-09-30",
            ],
            "--out is needed",
        ),
        (
            vec![
                "export",
                "summary",
                "--from",
                "2026-09-01",
                "--to",
                "2026-09-30",
                "--format",
                "docx",
                "--out",
                "-",
            ],
            "html, pdf or markdown",
        ),
        (
            vec!["export", "reflection", "--out", "-"],
            "at least one --entry",
        ),
        (vec!["export", "letters"], "unknown command"),
        (vec!["frobnicate"], "unknown command"),
        (vec![], "no command given"),
    ] {
        let run = tend(dir.path(), &args);
        assert_eq!(run.status.code(), Some(64), "{args:?}");
        let err = text(&run.stderr);
        assert!(
            err.lines().next().unwrap().contains(words),
            "{args:?}: {err}"
        );
    }
    for command in [
        vec!["--help"],
        vec!["check", "--help"],
        vec!["export", "summary", "--help"],
        vec!["export", "backup", "--help"],
        vec!["export", "csv", "--help"],
        vec!["import", "--help"],
    ] {
        let run = tend(dir.path(), &command);
        assert!(run.status.success(), "{command:?}");
        assert!(text(&run.stdout).starts_with("usage: tend"), "{command:?}");
    }
    assert_eq!(journal_bytes(dir.path()), before);
}

#[test]
fn an_export_never_overwrites_the_journal() {
    let (dir, _) = journal();
    let before = journal_bytes(dir.path());
    let target = dir.path().join(FILE_NAME);
    let run = tend(
        dir.path(),
        &["export", "backup", "--out", target.to_str().unwrap()],
    );
    assert_eq!(run.status.code(), Some(73));
    assert!(text(&run.stderr).contains(&en("error-io-journal-name")));
    assert_eq!(journal_bytes(dir.path()), before);
    let run = tend(
        dir.path(),
        &["export", "backup", "--out", "/proc/no-such-place/b.json"],
    );
    assert_eq!(run.status.code(), Some(73), "{}", text(&run.stderr));
}
