//! The clock and the time zone: the one place the shell reads the time.
//! The reminders' zone is the one she pinned, or the system's.

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use tend_journal::Journal;

/// The local wall-clock time: the day boundary is a local time.
pub(crate) fn local_now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// UTC, for the record of when something was saved.
pub(crate) fn utc_now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// The zone the user pinned, if it is one this build knows; otherwise
/// reminders follow the system's clock (`chrono::Local`, which honours TZ).
pub(crate) fn pinned_zone(journal: &Journal) -> Option<Tz> {
    journal.reminder_zone().ok().flatten()?.parse().ok()
}

/// The system's zone by name, for the Reminders screen.
pub(crate) fn system_zone() -> String {
    std::env::var("TZ")
        .ok()
        .filter(|name| name.parse::<Tz>().is_ok())
        .or_else(|| iana_time_zone::get_timezone().ok())
        .unwrap_or_default()
}

/// Runs `$body` with `$zone` bound to the reminders' zone: the pinned one,
/// or the system's. (Two zone types, one body: hence a macro.)
macro_rules! in_reminder_zone {
    ($journal:expr, |$zone:ident| $body:expr) => {
        match $crate::clock::pinned_zone($journal) {
            Some(pinned) => {
                let $zone = &pinned;
                $body
            }
            None => {
                let $zone = &chrono::Local;
                $body
            }
        }
    };
}
pub(crate) use in_reminder_zone;

/// Today in the reminders' zone: the day "pause for today" means (the
/// tray's; a phone has none).
#[cfg(desktop)]
pub(crate) fn reminder_today(journal: &Journal) -> chrono::NaiveDate {
    in_reminder_zone!(journal, |zone| tend_core::reminder::local_day(
        chrono::Utc::now(),
        zone
    ))
}
