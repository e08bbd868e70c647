//! Tend's domain: the daily check-in, the journal day, and the IPC contract
//! that the UI and the shell share.
//!
//! Nothing here reads the clock, touches a file or knows Tauri or SQL: time
//! comes in as arguments, so every rule is a pure function that tests
//! without a machine around it, and the crate builds for `wasm32`.

pub mod backup;
pub mod chart;
pub mod checkin;
pub mod content;
pub mod dates;
pub mod day;
pub mod entry;
pub mod exercise;
pub mod forms;
pub mod helpline_words;
pub mod insights;
pub mod ipc;
pub mod measure;
pub mod notices;
pub mod path;
pub mod per_language;
pub mod player;
pub mod practice;
pub mod prefs;
pub mod reminder;
pub mod route;
pub mod said;
pub mod screen_html;
pub mod secret;
pub mod speech;
pub mod summary;
pub mod support;
pub mod wire;
pub mod words;

/// The languages found in `assets/` when this crate was built (see
/// build.rs). The UI's wasm has none: the shell hands it its language.
#[cfg(not(target_arch = "wasm32"))]
mod built_in {
    include!(concat!(env!("OUT_DIR"), "/languages.rs"));
}

pub use checkin::{CheckIn, CheckInDraft, CheckInError, Context, Item, Ratings, Tag};
pub use day::{DayBoundary, day_ends_at, journal_day};
pub use ipc::{ApiError, Command, ErrorCode};
pub use prefs::{Preferences, Role, TextSize, Theme};
pub use said::Said;
