//! The check-in save through the shell's own code: a check-in as the UI
//! sends it (JSON), decoded, saved by the same function the `save_checkin`
//! command runs (the journal day from the clock, the save, Today's whole
//! view with its notices, next reminder, next step and crisis line) and
//! the answer encoded. Its floor, one raw insert of the row with the same
//! pragmas (`tend_journal::floor`), is timed alternately with it in a file
//! beside the journal, so a busy or idle disk meets both alike. Prints
//! samples for `cargo xtask bench`.

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
    for i in 0..SAVES {
        let day = format!("2026-{:02}-{:02}", 1 + i / 28 % 12, 1 + i % 28);
        let started = Instant::now();
        floor
            .insert(&day, &format!("note {i}"), "2026-01-01T19:30:00")
            .expect("raw insert");
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        println!("sample\tsave.raw\tms\t{ms}");

        let draft = CheckInDraft {
            ratings: Ratings {
                exhaustion: u8::try_from(i % 11).unwrap_or(5),
                ..Ratings::MIDDLE
            },
            note: format!("note {i}"),
            ..CheckInDraft::default()
        };
        let request = serde_json::to_string(&draft).expect("request json");
        let started = Instant::now();
        let decoded: CheckInDraft = serde_json::from_str(&request).expect("decode");
        let view = tend_app::bench_api::save_checkin(&mut journal, decoded).expect("save");
        let answer = serde_json::to_string(&view).expect("encode");
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        assert!(!answer.is_empty());
        println!("sample\tsave.ours\tms\t{ms}");
    }
    let _ = std::fs::remove_dir_all(&scratch);
    let _ = std::fs::remove_dir_all(&floor_dir);
}
