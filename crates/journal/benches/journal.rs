//! Journal benchmarks for `cargo xtask bench`: each of Tend's journal
//! operations timed beside a raw SQL floor doing the least work that reads
//! or writes the same rows, in the same run on the same disk. The check-in
//! save and its floor are timed in the shell's own benchmark
//! (`src-tauri/benches/save.rs`), alternately.
//!
//! It prints one line per sample, `sample<TAB>key<TAB>unit<TAB>value`;
//! xtask turns samples into medians, ratios and the table. Run it through
//! `cargo xtask bench`, which builds it in release.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;
use tend_core::entry::EntryDraft;
use tend_core::insights::Span;
use tend_core::ipc::{InsightsView, MeasuresView};
use tend_core::practice::{Feeling, SessionRecord, what_helps};
use tend_core::summary::{DocumentKind, DocumentRequest, to_html, to_markdown};
use tend_core::{CheckInDraft, Context, Ratings, Tag};
use tend_journal::{FILE_NAME, Journal, KdfParams, Paper, Secret, to_pdf, unlock};

const YEARS_OF_DAYS: u32 = 3_650;
const ENTRIES: u32 = 2_000;
const SESSIONS: u32 = 10_000;
const READS: u32 = 20;

fn sample(key: &str, millis: f64) {
    println!("sample\t{key}\tms\t{millis:.4}");
}

fn time<T>(f: impl FnOnce() -> T) -> f64 {
    let start = Instant::now();
    black_box(f());
    start.elapsed().as_secs_f64() * 1000.0
}

/// A small, repeatable pseudo-random sequence (xorshift), so every run
/// writes the same journal.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "tired",
    "kind",
    "visit",
    "mum",
    "sleep",
    "tea",
    "walk",
    "garden",
    "rain",
    "breathing",
    "worried",
    "laughed",
    "supervision",
    "baby",
    "clinic",
    "notes",
    "quiet",
    "friend",
    "sister",
    "hospital",
    "appointment",
    "patient",
    "proud",
    "sorry",
    "enough",
    "rest",
    "soft",
    "voice",
    "morning",
    "evening",
    "shift",
    "letter",
    "warm",
    "heavy",
    "light",
    "hope",
    "car",
    "school",
];

fn prose(dice: &mut Dice, words: u64) -> String {
    let mut out = String::new();
    for i in 0..words {
        if i > 0 {
            out.push(if dice.below(12) == 0 { '.' } else { ' ' });
            if out.ends_with('.') {
                out.push(' ');
            }
        }
        out.push_str(WORDS[dice.below(WORDS.len() as u64) as usize]);
    }
    out.push('.');
    out
}

fn draft(dice: &mut Dice) -> CheckInDraft {
    let mut r = || dice.below(11) as u8;
    let ratings = Ratings {
        exhaustion: r(),
        stress: r(),
        mood: r(),
        sleep: r(),
        self_kindness: r(),
        meaning: r(),
    };
    let context = Some(Context::ALL[dice.below(4) as usize]);
    let tags = Tag::ALL
        .into_iter()
        .filter(|_| dice.below(3) == 0)
        .collect();
    let note = prose(dice, 8);
    CheckInDraft {
        ratings,
        context,
        tags,
        note,
    }
}

fn start_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 1, 1).expect("a real date")
}

fn stamp(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(19, 30, 0).expect("a real time")
}

/// Ten years of a carer's journal, written through the journal itself.
fn ten_years(folder: &Path) -> Journal {
    let mut journal = Journal::open(folder).expect("a new journal");
    let mut dice = Dice(0x5eed_7e4d);
    for d in 0..YEARS_OF_DAYS {
        let day = start_day() + Duration::days(i64::from(d));
        journal
            .save_checkin(day, draft(&mut dice), stamp(day))
            .expect("check-in saved");
    }
    for e in 0..ENTRIES {
        let day = start_day() + Duration::days(i64::from(e * YEARS_OF_DAYS / ENTRIES));
        // Realistic lengths: most a paragraph or two, some a long letter.
        let words = 60 + dice.below(if e % 10 == 0 { 900 } else { 240 });
        let entry = EntryDraft {
            id: None,
            title: prose(&mut dice, 4),
            body: prose(&mut dice, words),
            prompt: None,
            tags: vec![WORDS[dice.below(WORDS.len() as u64) as usize].to_owned()],
        };
        journal.save_entry(entry, stamp(day)).expect("entry saved");
    }
    let exercises = [
        "soles_of_feet",
        "soothing_breath",
        "supportive_touch",
        "compassionate_self",
    ];
    for s in 0..SESSIONS {
        let day = start_day() + Duration::days(i64::from(s * YEARS_OF_DAYS / SESSIONS));
        let mut feel = || {
            Some(Feeling {
                calm: dice.below(11) as u8,
                kind: dice.below(11) as u8,
            })
        };
        let record = SessionRecord {
            exercise: exercises[s as usize % exercises.len()].to_owned(),
            seconds_since_start: 70,
            seconds_offered: 60,
            seconds_played: 60,
            finished: true,
            before: feel(),
            after: feel(),
            note: String::new(),
        };
        journal
            .save_session(record, stamp(day))
            .expect("session saved");
    }
    journal
}

/// What the Insights screen costs for a year, as the shell's command does
/// it: every check-in, six series with rolling averages, tag effects and
/// the last break, then the screen written as HTML with its six SVG charts
/// and tables (`screen_html::insights`). The generated journal holds no
/// questionnaire answers, so that part is empty here as it would be for her.
fn insights(journal: &Journal, today: NaiveDate) -> usize {
    let all = journal.checkins().expect("checkins");
    let none = MeasuresView {
        measures: Vec::new(),
        crisis: None,
    };
    let view = InsightsView::of(&all, today, Span::Year, none);
    tend_core::screen_html::insights(&view).len()
}

/// A plain connection with the pragmas the journal uses.
fn raw(folder: &Path) -> Connection {
    let conn = Connection::open(folder.join(FILE_NAME)).expect("raw open");
    conn.pragma_update(None, "journal_mode", "wal")
        .expect("wal");
    conn.pragma_update(None, "synchronous", "FULL")
        .expect("full");
    conn
}

fn rows(conn: &Connection, sql: &str, arg: Option<&str>) -> usize {
    let mut stmt = conn.prepare_cached(sql).expect("raw sql");
    let columns = stmt.column_count();
    let mut rows = match arg {
        Some(a) => stmt.query([a]),
        None => stmt.query([]),
    }
    .expect("raw query");
    let mut n = 0;
    while let Some(row) = rows.next().expect("raw row") {
        for c in 0..columns {
            black_box(row.get_ref(c).expect("raw value"));
        }
        n += 1;
    }
    n
}

fn ten_year_reads(scratch: &Path) {
    let folder = scratch.join("ten-years");
    let started = Instant::now();
    drop(ten_years(&folder));
    eprintln!(
        "journal bench: wrote ten years ({} check-ins, {} entries, {} sessions) in {:.1} s",
        YEARS_OF_DAYS,
        ENTRIES,
        SESSIONS,
        started.elapsed().as_secs_f64()
    );
    let size = std::fs::metadata(folder.join(FILE_NAME)).map_or(0, |m| m.len());
    println!(
        "sample\tten_years.file\tMiB\t{:.2}",
        size as f64 / 1_048_576.0
    );

    for _ in 0..READS {
        sample("open.ours", time(|| Journal::open(&folder).expect("open")));
        sample(
            "open.raw",
            time(|| {
                let conn = raw(&folder);
                rows(&conn, "SELECT count(*) FROM checkin", None)
            }),
        );
    }

    let journal = Journal::open(&folder).expect("open");
    let conn = raw(&folder);
    let last_day = start_day() + Duration::days(i64::from(YEARS_OF_DAYS) - 1);
    for _ in 0..READS {
        sample(
            "checkins.ours",
            time(|| journal.checkins().expect("checkins")),
        );
        sample(
            "checkins.raw",
            time(|| {
                rows(
                    &conn,
                    "SELECT c.*, (SELECT group_concat(tag) FROM checkin_tag t WHERE t.day = c.day)
                     FROM checkin c",
                    None,
                )
            }),
        );
        sample("insights.ours", time(|| insights(&journal, last_day)));
        sample(
            "helps.ours",
            time(|| what_helps(&journal.sessions().expect("sessions"))),
        );
        sample(
            "helps.raw",
            time(|| rows(&conn, "SELECT * FROM practice_session", None)),
        );
        sample("entries.ours", time(|| journal.entries().expect("entries")));
        sample(
            "entries.raw",
            time(|| {
                rows(
                    &conn,
                    "SELECT id, title, tags, substr(body, 1, 160), updated_at FROM entry
                     WHERE deleted_at IS NULL",
                    None,
                )
            }),
        );
        sample(
            "search.ours",
            time(|| journal.search("garden tea").expect("search")),
        );
        sample(
            "search.raw",
            time(|| {
                rows(
                    &conn,
                    "SELECT e.id, e.title, e.tags, e.updated_at FROM entry_fts
                     JOIN entry e ON e.id = entry_fts.rowid
                     WHERE entry_fts MATCH ?1 AND e.deleted_at IS NULL LIMIT 100",
                    Some("\"garden\"* \"tea\"*"),
                )
            }),
        );
    }
}

/// A daily snapshot of ten years, then putting it back and opening it,
/// against copying the file out and back.
fn backup_and_restore(scratch: &Path) {
    let folder = scratch.join("ten-years");
    for i in 0..5u32 {
        let day = start_day() + Duration::days(i64::from(YEARS_OF_DAYS + i));
        sample(
            "backup.ours",
            time(|| {
                let journal = Journal::open(&folder).expect("open");
                journal.snapshot(day).expect("snapshot");
                drop(journal);
                let name = tend_core::backup::daily_name(day);
                tend_journal::restore(&folder, &name, &format!("bench{i}"), None).expect("restore");
                Journal::open(&folder).expect("reopen")
            }),
        );
        let copy = scratch.join("copy.sqlite3");
        sample(
            "backup.raw",
            time(|| {
                std::fs::copy(folder.join(FILE_NAME), &copy).expect("copy out");
                std::fs::copy(&copy, folder.join(FILE_NAME)).expect("copy back")
            }),
        );
    }
}

/// The summary of the last year of ten, in each format, with every
/// section and three entries, against reading the same rows raw.
fn summary_export(scratch: &Path) {
    let folder = scratch.join("ten-years");
    let journal = Journal::open(&folder).expect("open");
    let conn = raw(&folder);
    let content = tend_core::content::Content::load().expect("content");
    let last_day = start_day() + Duration::days(i64::from(YEARS_OF_DAYS) - 1);
    let first_day = last_day - Duration::days(364);
    let entries: Vec<i64> = journal
        .entries()
        .expect("entries")
        .iter()
        .take(3)
        .map(|e| e.id)
        .collect();
    let request = DocumentRequest {
        kind: DocumentKind::Summary,
        from: first_day,
        to: last_day,
        checkins: true,
        measures: true,
        practice: true,
        entries: entries.clone(),
        path: false,
    };
    let document = || {
        journal
            .document(&request, &content, last_day)
            .expect("document")
    };
    for _ in 0..READS {
        sample("summary.html", time(|| to_html(&document())));
        sample("summary.markdown", time(|| to_markdown(&document())));
        sample(
            "summary.pdf",
            time(|| to_pdf(&document(), Paper::A4).expect("pdf")),
        );
        sample(
            "summary.raw",
            time(|| {
                // Both days are dates made here, so they can sit in the SQL.
                let mut n = rows(
                    &conn,
                    &format!(
                        "SELECT * FROM checkin WHERE day BETWEEN '{first_day}' AND '{last_day}'"
                    ),
                    None,
                );
                n += rows(&conn, "SELECT * FROM practice_session", None);
                n += rows(&conn, "SELECT * FROM measure_result", None);
                for id in &entries {
                    n += rows(
                        &conn,
                        "SELECT * FROM entry WHERE id = ?1",
                        Some(&id.to_string()),
                    );
                }
                n
            }),
        );
    }
}

/// The full backup file of ten years written, then read into a new
/// journal, against reading every row raw and copying the file.
fn backup_file(scratch: &Path) {
    let folder = scratch.join("ten-years");
    let now = NaiveDateTime::parse_from_str("2036-01-01 12:00", "%Y-%m-%d %H:%M").expect("time");
    for i in 0..5u32 {
        sample(
            "backup_file.ours",
            time(|| {
                let bytes = Journal::open(&folder)
                    .expect("open")
                    .export_backup(now)
                    .expect("export");
                let target = scratch.join(format!("restored-{i}"));
                let mut restored = Journal::open(&target).expect("new journal");
                restored.import_backup(&bytes).expect("import")
            }),
        );
        let conn = raw(&folder);
        let copy = scratch.join("copy.sqlite3");
        sample(
            "backup_file.raw",
            time(|| {
                let mut n = 0;
                for table in [
                    "checkin",
                    "checkin_tag",
                    "practice_session",
                    "entry",
                    "setting",
                ] {
                    n += rows(&conn, &format!("SELECT * FROM {table}"), None);
                }
                std::fs::copy(folder.join(FILE_NAME), &copy).expect("copy");
                n
            }),
        );
    }
}

/// The privacy lock: unlocking with the passcode (Argon2id as shipped),
/// then opening and a year's Insights on the same ten years locked, beside
/// the plain journal's figures (`open.ours`, `insights.ours`).
fn locked_reads(scratch: &Path) {
    const PASSCODE: &str = "a long benchmark passcode";
    let folder = scratch.join("ten-years-locked");
    let kdf = KdfParams::STANDARD;
    {
        let mut journal = ten_years(&folder);
        let started = Instant::now();
        drop(
            journal
                .turn_lock_on(PASSCODE, kdf)
                .expect("the lock turns on"),
        );
        eprintln!(
            "journal bench: locked ten years in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    println!("sample\tkdf.memory\tMiB\t{}", kdf.memory_kib / 1024);
    println!("sample\tkdf.passes\tpasses\t{}", kdf.iterations);
    println!("sample\tkdf.lanes\tlanes\t{}", kdf.lanes);
    let mut key = None;
    for _ in 0..5 {
        sample(
            "unlock.locked",
            time(|| key = Some(unlock(&folder, Secret::Passcode(PASSCODE)).expect("unlock"))),
        );
    }
    let key = key.expect("a key");
    for _ in 0..READS {
        sample(
            "open.locked",
            time(|| Journal::open_locked(&folder, key.clone()).expect("open locked")),
        );
    }
    let journal = Journal::open_locked(&folder, key).expect("open locked");
    let last_day = start_day() + Duration::days(i64::from(YEARS_OF_DAYS) - 1);
    for _ in 0..READS {
        sample("insights.locked", time(|| insights(&journal, last_day)));
    }
}

/// A named part of the benchmark.
type Part = (&'static str, fn(&Path));

fn main() {
    let scratch = tempfile::tempdir_in(
        std::env::var_os("TEND_BENCH_SCRATCH").unwrap_or_else(|| std::env::temp_dir().into()),
    )
    .expect("a scratch folder");
    // TEND_BENCH_ONLY=locked,backup runs only those parts, to look at one
    // figure while working on it; `cargo xtask bench` runs them all.
    let only = std::env::var("TEND_BENCH_ONLY").unwrap_or_default();
    let parts: [Part; 5] = [
        ("reads", ten_year_reads),
        ("locked", locked_reads),
        ("backup", backup_and_restore),
        ("summary", summary_export),
        ("backup_file", backup_file),
    ];
    for (name, part) in parts {
        if only.is_empty() || only.split(',').any(|o| o == name) {
            part(scratch.path());
        }
    }
}
