//! `tend check` run as a user would run it, on real journal files.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::process::Command;
use tend_journal::{FILE_NAME, Journal};

fn tend(folder: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tend"))
        .args(["--data-dir", folder.to_str().unwrap(), "check"])
        .env_remove("TEND_DATA_DIR")
        // The English these tests read, whatever this machine speaks.
        .env("LANGUAGE", "en_GB")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap()
}

#[test]
fn check_reports_a_sound_journal_without_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    let draft = tend_core::CheckInDraft {
        note: "my private words".into(),
        ..Default::default()
    };
    let now = chrono_like_now();
    j.save_checkin(now.date(), draft, now).unwrap();
    drop(j);
    let out = tend(dir.path());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("check-ins: 1"), "{stdout}");
    assert!(!stdout.contains("private"));
}

#[test]
fn check_refuses_a_file_that_is_not_a_journal_and_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, "a shopping list").unwrap();
    let out = tend(dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("not a Tend journal"), "{stderr}");
    assert!(stderr.contains(dir.path().to_str().unwrap()), "{stderr}");
    assert_eq!(fs::read(&path).unwrap(), b"a shopping list");
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no files were added"
    );
}

fn chrono_like_now() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 26)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

#[test]
fn a_locked_journal_opens_only_with_its_passcode_on_standard_input() {
    use std::io::Write;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    let kdf = tend_journal::KdfParams {
        memory_kib: 8 * 1024,
        iterations: 1,
        lanes: 1,
    };
    let recovery = j.turn_lock_on("kettle at six", kdf).unwrap();
    drop(j);

    let out = tend(dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("locked"), "{stderr}");

    let with = |flag: &str, typed: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tend"))
            .args(["--data-dir", dir.path().to_str().unwrap(), flag, "check"])
            .env_remove("TEND_DATA_DIR")
            // The English these tests read, whatever this machine speaks.
            .env("LANGUAGE", "en_GB")
            .env("LC_ALL", "C.UTF-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{typed}").unwrap();
        child.wait_with_output().unwrap()
    };
    let wrong = with("--passcode-stdin", "kettle at seven");
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        String::from_utf8(wrong.stderr)
            .unwrap()
            .contains("does not open"),
    );
    let right = with("--passcode-stdin", "kettle at six");
    assert!(right.status.success(), "{right:?}");
    assert!(
        String::from_utf8(right.stdout)
            .unwrap()
            .contains("check-ins: 0")
    );
    let key = with("--recovery-key-stdin", &recovery);
    assert!(key.status.success(), "{key:?}");
}
