//! The check-in save through the shell's own code: a check-in as the UI
//! sends it (JSON), decoded, saved by the same function the `save_checkin`
//! command runs (the journal day from the clock, the save, Today's whole
//! view with its notices, next reminder, next step and crisis line) and
//! the answer encoded. Its floor, one raw write of the row with the same
//! pragmas (`tend_journal::floor`), is timed
//! alternately with it in a file beside the journal, each updating one
//! day's row, so a busy or idle disk meets both alike. Prints samples for
//! `cargo xtask bench`.

// A benchmark: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;
use tend_core::{CheckInDraft, Ratings};
use tend_journal::Journal;

const SAVES: u32 = 200;

fn main() {
    let scratch = std::env::var_os("TEND_BENCH_SCRATCH")
        .map_or_else(std::env::temp_dir, std::path::PathBuf::from)
        .join("save-command");
    let _ = std::fs::remove_dir_all(&scratch);
    let mut journal = Journal::open(&scratch).expect("a new journal");
    let floor_dir = scratch.with_file_name("save-floor");
    let _ = std::fs::remove_dir_all(&floor_dir);
    std::fs::create_dir_all(&floor_dir).expect("the floor's folder");
    let mut floor = tend_journal::floor::RawCheckins::create(&floor_dir).expect("the floor");
    // The command updates today's row after the first save; the floor
    // does the same to one row. Which of the two goes first alternates, so
    // neither always meets a disk the other has just flushed.
    for i in 0..SAVES {
        let note = format!("note {i}");
        if i % 2 == 0 {
            raw_save(&mut floor, &note);
            command_save(&mut journal, i, &note);
        } else {
            command_save(&mut journal, i, &note);
            raw_save(&mut floor, &note);
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    let _ = std::fs::remove_dir_all(&floor_dir);
}

/// The floor: one row written and committed, nothing else.
fn raw_save(floor: &mut tend_journal::floor::RawCheckins, note: &str) {
    let started = Instant::now();
    floor
        .insert("2026-01-01", note, "2026-01-01T19:30:00")
        .expect("raw insert");
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    println!("sample\tsave.raw\tms\t{ms}");
}

/// A check-in as the UI sends it, through the command's own code.
fn command_save(journal: &mut Journal, i: u32, note: &str) {
    let draft = CheckInDraft {
        ratings: Ratings {
            exhaustion: u8::try_from(i % 11).unwrap_or(5),
            ..Ratings::MIDDLE
        },
        note: note.to_owned(),
        ..CheckInDraft::default()
    };
    let request = serde_json::to_string(&draft).expect("request json");
    let started = Instant::now();
    let decoded: CheckInDraft = serde_json::from_str(&request).expect("decode");
    let view = tend_app::bench_api::save_checkin(journal, decoded).expect("save");
    let answer = serde_json::to_string(&view).expect("encode");
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    assert!(!answer.is_empty());
    println!("sample\tsave.ours\tms\t{ms}");
}
