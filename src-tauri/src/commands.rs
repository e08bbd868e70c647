//! The IPC commands. Each one decodes its request (Tauri does that from
//! the types), reads the clock, calls the journal and returns tend-core's
//! response type or an `ApiError`.

use crate::state::AppState;
use chrono::NaiveDateTime;
use tauri::State;
use tend_core::ApiError;
use tend_core::day::{day_ends_at, journal_day};
use tend_core::ipc::{Command, SaveCheckIn, SavePreferences, Today, TodayView};
use tend_journal::Journal;

/// The local wall-clock time: the day boundary is a local time.
fn local_now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// UTC, for the record of when a check-in was saved.
fn utc_now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn today_view(journal: &Journal, now: NaiveDateTime) -> Result<TodayView, ApiError> {
    let preferences = journal.preferences()?;
    let day = journal_day(now, preferences.day_boundary);
    Ok(TodayView {
        day,
        checkin: journal.checkin(day)?,
        preferences,
        editable_until: day_ends_at(day, preferences.day_boundary),
    })
}

#[tauri::command(async)]
pub(crate) fn today(
    state: State<'_, AppState>,
    request: <Today as Command>::Request,
) -> Result<<Today as Command>::Response, ApiError> {
    let () = request;
    state.with_journal(|journal| today_view(journal, local_now()))
}

#[tauri::command(async)]
pub(crate) fn save_checkin(
    state: State<'_, AppState>,
    request: <SaveCheckIn as Command>::Request,
) -> Result<<SaveCheckIn as Command>::Response, ApiError> {
    state.with_journal(|journal| {
        let now = local_now();
        let day = journal_day(now, journal.day_boundary()?);
        journal.save_checkin(day, request, utc_now())?;
        today_view(journal, now)
    })
}

#[tauri::command(async)]
pub(crate) fn save_preferences(
    state: State<'_, AppState>,
    request: <SavePreferences as Command>::Request,
) -> Result<<SavePreferences as Command>::Response, ApiError> {
    state.with_journal(|journal| {
        journal.save_preferences(request)?;
        today_view(journal, local_now())
    })
}
