//! Automatic backups: a snapshot a few seconds after start (once a day),
//! the list, and putting one back.

use crate::commands::{local_now, today_view, utc_now};
use crate::state::AppState;
use std::time::Duration;
use tauri::{AppHandle, Manager, State};
use tend_core::ApiError;
use tend_core::ipc::{Backups, Command, RestoreBackup};
use tend_core::journal_day;

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
            let today = journal_day(local_now(), journal.day_boundary()?);
            Ok(journal.snapshot(today)?)
        });
    });
}

#[tauri::command(async)]
pub(crate) fn backups(
    state: State<'_, AppState>,
    request: <Backups as Command>::Request,
) -> Result<<Backups as Command>::Response, ApiError> {
    let () = request;
    tend_journal::backups(state.folder()).map_err(|e| {
        ApiError::new(
            tend_core::ErrorCode::Internal,
            format!("the backups folder cannot be read: {e}"),
        )
    })
}

#[tauri::command(async)]
pub(crate) fn restore_backup(
    state: State<'_, AppState>,
    request: <RestoreBackup as Command>::Request,
) -> Result<<RestoreBackup as Command>::Response, ApiError> {
    let stamp = utc_now().format("%Y%m%dT%H%M%S").to_string();
    state.reopen_after(|folder, key| {
        tend_journal::restore(folder, &request, &stamp, key).map_err(|e| ApiError::from(&e))
    })?;
    state.with_journal(|journal| today_view(journal, local_now()))
}
