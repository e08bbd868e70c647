//! The shell's two quiet timers besides reminders: today's snapshot a
//! few seconds after start, and the watch that closes a locked journal
//! after the minutes without use she chose.

use crate::state::AppState;
use std::time::Duration;
use tauri::{AppHandle, Manager};

/// Long enough after start that the first screen has the journal to itself.
const SNAPSHOT_DELAY: Duration = Duration::from_secs(10);

/// Takes today's snapshot in the background, once the app has settled.
pub(crate) fn snapshot_soon(app: AppHandle) {
    std::thread::spawn(move || {
        std::thread::sleep(SNAPSHOT_DELAY);
        let state = app.state::<AppState>();
        // A failed snapshot is not the user's problem now: the journal is
        // untouched and tomorrow brings another try.
        let _ = state.with_journal_quietly(|journal| {
            let today = crate::today::journal_today(journal)?;
            Ok(journal.snapshot(today)?)
        });
        // The start's work is done: what it used and freed goes back.
        crate::memory::give_back();
    });
}

/// Tells the window the journal is locked, so it shows the lock screen.
fn tell_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.eval("window.dispatchEvent(new Event('tend-locked'));");
    }
}

/// Starts the idle watch: every few seconds, a locked journal left unused
/// for the chosen minutes is closed.
pub(crate) fn watch_idle(app: AppHandle) {
    let unit = crate::switches::idle_unit().unwrap_or(Duration::from_secs(60));
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(1).min(unit));
            let state = app.state::<AppState>();
            let minutes = state.with_journal_quietly(|j| Ok(j.idle_minutes()?));
            if let Ok(minutes) = minutes
                && state.idle_for() >= unit * minutes
                && state.lock_now()
            {
                tell_window(&app);
            }
        }
    });
}
