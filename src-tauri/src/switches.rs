//! The test command's switches: environment variables that answer the
//! save and open dialogs, shorten the reminder tick and the idle lock, and
//! hold Today's answer or the UI's code back.
//! They exist only in a build with the `test-switches` feature, which
//! `cargo xtask test` turns on for the end-to-end tests; the app people
//! install holds none of these names, and always asks and waits as it
//! should.

use std::path::PathBuf;
use std::time::Duration;

#[cfg(feature = "test-switches")]
fn read(name: &str) -> Option<std::ffi::OsString> {
    std::env::var_os(name).filter(|v| !v.is_empty())
}

/// A folder that answers every save dialog (with the suggested name).
pub(crate) fn save_dir() -> Option<PathBuf> {
    #[cfg(feature = "test-switches")]
    return read("TEND_TEST_SAVE_DIR").map(PathBuf::from);
    #[cfg(not(feature = "test-switches"))]
    None
}

/// A file that answers the open dialog.
pub(crate) fn open_file() -> Option<PathBuf> {
    #[cfg(feature = "test-switches")]
    return read("TEND_TEST_OPEN_FILE").map(PathBuf::from);
    #[cfg(not(feature = "test-switches"))]
    None
}

/// How often the reminder loop reads the clock, instead of half a minute.
pub(crate) fn reminder_tick() -> Option<Duration> {
    #[cfg(feature = "test-switches")]
    return read("TEND_TEST_TICK_MS")
        .and_then(|ms| ms.to_str()?.parse().ok())
        .map(Duration::from_millis);
    #[cfg(not(feature = "test-switches"))]
    None
}

/// Whether the pseudo-language is spoken (see pseudo.rs).
#[cfg(feature = "test-switches")]
pub(crate) fn pseudo() -> bool {
    read("TEND_TEST_PSEUDO").is_some()
}

/// The idle lock's unit, instead of a minute.
pub(crate) fn idle_unit() -> Option<Duration> {
    #[cfg(feature = "test-switches")]
    return read("TEND_TEST_IDLE_SECONDS")
        .and_then(|s| s.to_str()?.parse().ok())
        .map(Duration::from_secs);
    #[cfg(not(feature = "test-switches"))]
    None
}

/// How long the Today command waits before it answers, so a test can see
/// the page while its first screen is still on the way.
pub(crate) fn slow_today() -> Option<Duration> {
    #[cfg(feature = "test-switches")]
    return read("TEND_TEST_SLOW_TODAY_MS")
        .and_then(|ms| ms.to_str()?.parse().ok())
        .map(Duration::from_millis);
    #[cfg(not(feature = "test-switches"))]
    None
}

/// Whether the UI's code is held back: `boot.js` is served without
/// starting it, so a test can use the window the shell painted and then
/// start the UI itself.
pub(crate) fn hold_ui() -> bool {
    #[cfg(feature = "test-switches")]
    return read("TEND_TEST_HOLD_UI").is_some();
    #[cfg(not(feature = "test-switches"))]
    false
}
