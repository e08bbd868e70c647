//! The crash harness: a writer saves check-ins through the journal and says
//! "acknowledged" after each save returns; the harness kills it with SIGKILL
//! at a random moment, again and again, and after every kill checks that
//! every acknowledged check-in is there whole, with no gaps, and that
//! SQLite's integrity check passes.
//!
//! A negative control writes the same way with the durability switched off
//! (`synchronous=OFF`, the rollback journal in memory) and shows that the
//! harness does notice what such a writer leaves behind.
//!
//! The writer is this test binary itself, started again with
//! `TEND_CRASH_WRITER` set, so no extra program is built. The number of
//! kills is `TEND_CRASH_KILLS` (200 unless set; the benchmark run asks for
//! 1,000).

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(unix)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use tend_core::{CheckInDraft, Ratings, Tag};
use tend_journal::{FILE_NAME, Journal};

const WRITER_ENV: &str = "TEND_CRASH_WRITER";
const FOLDER_ENV: &str = "TEND_CRASH_FOLDER";

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).expect("a real date")
}

fn stamp() -> NaiveDateTime {
    NaiveDateTime::default()
}

/// What the writer saves on day number `n`: the harness knows it too, so
/// it can tell a whole check-in from a torn one.
fn draft(n: i64) -> CheckInDraft {
    let tags = Tag::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| (n as usize + i).is_multiple_of(2))
        .map(|(_, t)| t)
        .collect();
    CheckInDraft {
        ratings: Ratings {
            exhaustion: (n % 11) as u8,
            ..Ratings::MIDDLE
        },
        context: None,
        tags,
        // A longer note, so a save spans more than one page.
        note: format!("day {n}: {}", "steady ".repeat(35)),
    }
}

/// The writer: saves day after day through the journal, printing "ack N"
/// after each save has returned.
fn write_through_journal(folder: &Path) {
    let mut journal = Journal::open(folder).expect("the writer opens the journal");
    let mut n = journal.checkins().expect("checkins").len() as i64;
    let mut out = std::io::stdout().lock();
    loop {
        let day = first_day() + Duration::days(n);
        journal.save_checkin(day, draft(n), stamp()).expect("save");
        writeln!(out, "ack {n}").expect("stdout");
        out.flush().expect("stdout");
        n += 1;
    }
}

/// The negative control's writer: the same rows, each in one transaction,
/// but with nothing that makes a transaction survive a crash.
fn write_without_durability(folder: &Path) {
    drop(Journal::open(folder).expect("the schema"));
    let mut conn = Connection::open(folder.join(FILE_NAME)).expect("open");
    conn.execute_batch(
        "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = 4;",
    )
    .expect("pragmas");
    let mut n: i64 = conn
        .query_row("SELECT count(*) FROM checkin", [], |r| r.get(0))
        .expect("count");
    let mut out = std::io::stdout().lock();
    loop {
        // Forty days a transaction, so that most kills land inside one,
        // with pages already spilled to the file.
        let tx = conn.transaction().expect("tx");
        for k in n..n + 40 {
            let day = (first_day() + Duration::days(k)).to_string();
            let d = draft(k);
            tx.execute(
                "INSERT INTO checkin (day, exhaustion, stress, mood, sleep, self_kindness, meaning,
                 context, note, created_at, updated_at)
                 VALUES (?1, ?2, 5, 5, 5, 5, 5, NULL, ?3, '2020-01-01T00:00:00', '2020-01-01T00:00:00')",
                (&day, d.ratings.exhaustion, &d.note),
            )
            .expect("insert");
            for tag in &d.tags {
                tx.execute(
                    "INSERT INTO checkin_tag (day, tag) VALUES (?1, ?2)",
                    (&day, tag.id()),
                )
                .expect("tag");
            }
        }
        tx.commit().expect("commit");
        n += 40;
        writeln!(out, "ack {}", n - 1).expect("stdout");
        out.flush().expect("stdout");
    }
}

/// What a run of kills found.
#[derive(Debug, Default)]
struct Findings {
    kills: usize,
    acknowledged: i64,
    /// Kills after which the journal was not as acknowledged.
    damaged: Vec<String>,
}

/// Checks the journal after a kill: every acknowledged day present and
/// whole, no gap, integrity ok. Returns what is wrong, if anything.
fn check(folder: &Path, acknowledged: i64) -> Option<String> {
    let journal = match Journal::open(folder) {
        Ok(j) => j,
        Err(e) => return Some(format!("the journal does not open: {e}")),
    };
    if let Err(e) = journal.integrity_check() {
        return Some(format!("integrity check: {e}"));
    }
    let checkins = match journal.checkins() {
        Ok(c) => c,
        Err(e) => return Some(format!("the check-ins cannot be read: {e}")),
    };
    for (i, c) in checkins.iter().enumerate() {
        let n = i as i64;
        // As the journal keeps it: trimmed, tags in order.
        let Ok(expected) = draft(n).validate() else {
            return Some(format!("day {n}'s draft is not valid"));
        };
        if c.day != first_day() + Duration::days(n) {
            return Some(format!("a gap before day {n}"));
        }
        if c.note != expected.note || c.tags != expected.tags {
            return Some(format!("day {n} is torn"));
        }
    }
    let kept = checkins.len() as i64;
    (kept < acknowledged).then(|| format!("{acknowledged} acknowledged, {kept} kept"))
}

/// Starts the writer, kills it after a random moment, and checks.
fn harness(mode: &str, kills: usize, stop_at_first_damage: bool) -> Findings {
    let dir = tempfile::tempdir().expect("a folder");
    let folder = dir.path().join("journal");
    let mut findings = Findings::default();
    let mut seed: u64 = 0x0c0f_fee5 ^ kills as u64;
    let mut acknowledged = 0i64;
    for _ in 0..kills {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // Between 5 and 80 ms: from the journal still opening to dozens of
        // saves in.
        let wait = std::time::Duration::from_millis(5 + seed % 76);
        let mut child = Command::new(std::env::current_exe().expect("this test"))
            .args([
                "--ignored",
                "--exact",
                "writer",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WRITER_ENV, mode)
            .env(FOLDER_ENV, &folder)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the writer starts");
        let stdout = child.stdout.take().expect("the writer's output");
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(n) = line
                    .strip_prefix("ack ")
                    .and_then(|n| n.parse::<i64>().ok())
                {
                    let _ = tx.send(n);
                }
            }
        });
        std::thread::sleep(wait);
        child.kill().expect("SIGKILL");
        child.wait().expect("the writer is gone");
        reader.join().expect("the reader ends with the pipe");
        for n in rx.try_iter() {
            acknowledged = acknowledged.max(n + 1);
        }
        findings.kills += 1;
        if let Some(problem) = check(&folder, acknowledged) {
            findings.damaged.push(problem);
            if stop_at_first_damage {
                break;
            }
        }
    }
    findings.acknowledged = acknowledged;
    findings
}

fn kills() -> usize {
    std::env::var("TEND_CRASH_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(200)
}

/// Not a test: the writer the harness starts and kills.
#[test]
#[ignore = "started by the crash harness, never on its own"]
fn writer() {
    let (Ok(mode), Some(folder)) = (std::env::var(WRITER_ENV), std::env::var_os(FOLDER_ENV)) else {
        return;
    };
    match mode.as_str() {
        "journal" => write_through_journal(Path::new(&folder)),
        _ => write_without_durability(Path::new(&folder)),
    }
}

#[test]
fn no_acknowledged_check_in_is_lost_when_the_app_is_killed() {
    let kills = kills();
    let f = harness("journal", kills, false);
    println!(
        "crash harness: {} kills, {} check-ins acknowledged, {} damaged",
        f.kills,
        f.acknowledged,
        f.damaged.len()
    );
    assert_eq!(f.kills, kills);
    assert!(
        f.acknowledged > kills as i64,
        "the writer hardly wrote: {f:?}"
    );
    assert!(f.damaged.is_empty(), "{:?}", f.damaged);
}

#[test]
fn the_harness_catches_a_writer_without_durability() {
    let f = harness("unsafe", 200, true);
    assert!(
        !f.damaged.is_empty(),
        "200 kills of a writer with synchronous=OFF and an in-memory journal found nothing: the harness is blind ({} acknowledged)",
        f.acknowledged
    );
    println!(
        "negative control: damage found after {} kills: {}",
        f.kills, f.damaged[0]
    );
}
