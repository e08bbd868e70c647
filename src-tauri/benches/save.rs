//! The check-in save through the shell's own code: a check-in as the UI
//! sends it (JSON), decoded, saved by the same function the `save_checkin`
//! command runs (the journal day from the clock, the save, Today's whole
//! view with its notices, next reminder, next step and crisis line) and
//! the answer encoded. Prints samples for `cargo xtask bench`, beside the
//! raw insert the journal's benchmark prints as its floor.

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
    for i in 0..SAVES {
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
}
