//! Turning the lock on, killed with SIGKILL at random moments: after every
//! kill there is one whole journal, the plain one (the lock never took
//! effect) or the locked one (it did, and the passcode opens it), holding
//! every check-in and the entry; and once the locked one has opened, no
//! file in the folder holds the entry's words in the clear.
//!
//! The converter is this test binary itself, started again with
//! `TEND_LOCK_CONVERTER` set. `TEND_LOCK_KILLS` sets the number of kills
//! (40 unless set).

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(unix)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use tend_core::entry::EntryDraft;
use tend_core::{CheckInDraft, Ratings};
use tend_journal::{Journal, KdfParams, Secret, is_locked, unlock};

const CONVERTER_ENV: &str = "TEND_LOCK_CONVERTER";
const KDF: KdfParams = KdfParams {
    memory_kib: 8 * 1024,
    iterations: 1,
    lanes: 1,
};
const PASSCODE: &str = "tea before ten";
const DAYS: i64 = 400;
const WORDS: &str = "unlockedwordsthatmustnotstay";

fn stamp() -> NaiveDateTime {
    NaiveDateTime::default()
}

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).expect("a real date")
}

/// A plain journal with a year of check-ins and one entry.
fn prepare(folder: &Path) {
    let mut j = Journal::open(folder).expect("a new journal");
    for n in 0..DAYS {
        let draft = CheckInDraft {
            ratings: Ratings {
                exhaustion: (n % 11) as u8,
                ..Ratings::MIDDLE
            },
            context: None,
            tags: vec![],
            note: format!("day {n}: {}", "steady ".repeat(20)),
        };
        j.save_checkin(first_day() + Duration::days(n), draft, stamp())
            .expect("save");
    }
    j.save_entry(
        EntryDraft {
            id: None,
            title: "Night".into(),
            body: format!("Words of mine: {WORDS}"),
            prompt: None,
            tags: vec![],
        },
        stamp(),
    )
    .expect("entry");
    // A snapshot too, which the lock converts after it takes effect.
    j.snapshot(first_day() + Duration::days(DAYS))
        .expect("snapshot");
}

/// The converter: turns the lock on and says when it has.
#[test]
#[ignore = "started by the lock crash harness, never on its own"]
fn converter() {
    let Some(folder) = std::env::var_os(CONVERTER_ENV) else {
        return;
    };
    let mut journal = Journal::open(Path::new(&folder)).expect("open");
    let mut out = std::io::stdout().lock();
    writeln!(out, "start").expect("stdout");
    out.flush().expect("stdout");
    let began = std::time::Instant::now();
    journal.turn_lock_on(PASSCODE, KDF).expect("lock on");
    writeln!(out, "locked").expect("stdout");
    writeln!(out, "took {}", began.elapsed().as_micros()).expect("stdout");
    out.flush().expect("stdout");
}

fn files_under(folder: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(folder).expect("folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// What is wrong with the folder after a kill, if anything.
fn check(folder: &Path, said_locked: bool) -> Option<String> {
    let locked = is_locked(folder);
    if said_locked && !locked {
        return Some("the lock was confirmed but is not on".into());
    }
    let journal = if locked {
        let key = match unlock(folder, Secret::Passcode(PASSCODE)) {
            Ok(k) => k,
            Err(e) => return Some(format!("the passcode does not open it: {e}")),
        };
        Journal::open_locked(folder, key)
    } else {
        Journal::open(folder)
    };
    let journal = match journal {
        Ok(j) => j,
        Err(e) => return Some(format!("no whole journal (locked: {locked}): {e}")),
    };
    if let Err(e) = journal.integrity_check() {
        return Some(format!("integrity: {e}"));
    }
    let kept = journal.checkins().map(|c| c.len()).unwrap_or(0);
    if kept != DAYS as usize {
        return Some(format!("{kept} of {DAYS} check-ins"));
    }
    if journal.search(WORDS).map(|r| r.len()).unwrap_or(0) != 1 {
        return Some("the entry is missing".into());
    }
    drop(journal);
    if locked {
        for file in files_under(folder) {
            let bytes = std::fs::read(&file).unwrap_or_default();
            if bytes.windows(WORDS.len()).any(|w| w == WORDS.as_bytes()) {
                return Some(format!("{} holds the entry in the clear", file.display()));
            }
        }
    }
    None
}

/// Starts the converter on `folder`.
fn converter_on(folder: &Path) -> Command {
    let mut command = Command::new(std::env::current_exe().expect("this test"));
    command
        .args([
            "--ignored",
            "--exact",
            "converter",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CONVERTER_ENV, folder)
        .stderr(Stdio::null());
    command
}

/// A fresh copy of the prepared folder.
fn copy_of(template: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a folder");
    for file in files_under(template) {
        let to = dir
            .path()
            .join(file.strip_prefix(template).expect("inside"));
        std::fs::create_dir_all(to.parent().expect("a parent")).expect("dirs");
        std::fs::copy(&file, to).expect("copy");
    }
    dir
}

#[test]
fn turning_the_lock_on_survives_a_kill_at_any_moment() {
    let kills: usize = std::env::var("TEND_LOCK_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(40);
    let template = tempfile::tempdir().expect("a folder");
    prepare(template.path());
    // One conversion left to finish, to learn how long one takes here.
    let took: u64 = {
        let dir = copy_of(template.path());
        let out = converter_on(dir.path())
            .output()
            .expect("the converter runs");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .find_map(|l| l.split("took ").nth(1)?.trim().parse().ok())
            .expect("the converter says how long it took")
    };
    let mut seed: u64 = 0x5eed_10c4 ^ kills as u64;
    let (mut before, mut after) = (0, 0);
    for round in 0..kills {
        let dir = copy_of(template.path());
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = converter_on(dir.path())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the converter starts");
        let mut lines = BufReader::new(child.stdout.take().expect("output")).lines();
        // Once it has opened the journal, a random moment: from at once to
        // a little past the time a whole conversion takes.
        while let Some(Ok(line)) = lines.next() {
            // libtest may put "test converter ... " before it.
            if line.ends_with("start") {
                break;
            }
        }
        let wait = seed % (took * 5 / 4 + 1);
        std::thread::sleep(std::time::Duration::from_micros(wait));
        child.kill().expect("SIGKILL");
        child.wait().expect("gone");
        let said_locked = lines.map_while(Result::ok).any(|l| l.ends_with("locked"));
        if is_locked(dir.path()) {
            after += 1;
        } else {
            before += 1;
        }
        if let Some(wrong) = check(dir.path(), said_locked) {
            panic!("kill {round} after {wait} us: {wrong}");
        }
    }
    eprintln!("{kills} kills within {took} us: {before} left the journal plain, {after} locked");
    assert!(
        before > 0 && after > 0,
        "the kills should land on both sides of the moment the lock takes effect"
    );
}
