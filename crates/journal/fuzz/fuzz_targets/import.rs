//! Any bytes offered as a backup: the importer's checks must answer with
//! an error or a count, never a panic, a hang or a crash.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = tend_journal::check_backup(bytes);
});
