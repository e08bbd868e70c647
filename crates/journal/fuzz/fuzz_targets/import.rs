//! Any bytes offered as a backup: the importer's checks must answer with
//! an error or a count, never a panic, a hang or a crash. Bytes that read
//! as a backup's data are also sealed with a true checksum and imported
//! into a real journal, which must then be readable by every screen.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::atomic::{AtomicU64, Ordering};

static RUN: AtomicU64 = AtomicU64::new(0);

fuzz_target!(|bytes: &[u8]| {
    let _ = tend_journal::check_backup(bytes);
    let Some(sealed) = tend_journal::seal_for_fuzzing(bytes) else {
        return;
    };
    let folder = std::env::temp_dir().join(format!(
        "tend-fuzz-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&folder).expect("a folder for the journal");
    {
        let mut journal = tend_journal::Journal::open(&folder).expect("a new journal");
        if journal.import_backup(&sealed).is_ok() {
            // Everything the screens and the tend command read.
            let prefs = journal.preferences().expect("preferences");
            journal.speech_prefs().expect("speech");
            journal.checkins().expect("check-ins");
            journal.sessions().expect("sessions");
            journal.search("").expect("entries");
            journal.contacts().expect("contacts");
            journal.country().expect("country");
            journal.idle_minutes().expect("idle minutes");
            journal.reminders().expect("reminders");
            let measures = tend_core::content::measures().expect("measures");
            let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("a day");
            journal
                .notices(&measures, prefs.professional, today)
                .expect("notices");
            let now = today.and_hms_opt(12, 0, 0).expect("a time");
            journal.export_backup(now).expect("a backup of it");
        }
    }
    let _ = std::fs::remove_dir_all(&folder);
});
