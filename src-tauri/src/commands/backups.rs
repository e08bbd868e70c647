//! The automatic backups: the list, and putting one back.

use super::{Reply, Request, state};
use crate::clock::{local_now, utc_now};
use crate::content::content;
use tauri::AppHandle;
use tend_core::ipc::{Backups, RestoreBackup};
use tend_core::{ApiError, ErrorCode};

pub(crate) fn backups(app: &AppHandle, request: Request<Backups>) -> Reply<Backups> {
    let () = request;
    tend_journal::backups(state(app).folder())
        .map_err(|e| ApiError::said_with_detail(ErrorCode::Internal, tend_journal::io_said(&e), e))
}

pub(crate) fn restore_backup(
    app: &AppHandle,
    request: Request<RestoreBackup>,
) -> Reply<RestoreBackup> {
    let content = content()?;
    let stamp = utc_now().format("%Y%m%dT%H%M%S").to_string();
    let state = state(app);
    let before = state
        .with_journal_quietly(|journal| Ok(journal.preferences()?.theme))
        .ok();
    state.reopen_after(|folder, key| {
        tend_journal::restore(folder, &request, &stamp, key).map_err(|e| ApiError::from(&e))
    })?;
    let view = state.with_journal(|journal| crate::today::view(journal, content, local_now()))?;
    // The journal brought back may have had another theme.
    if before != Some(view.preferences.theme) {
        crate::desktop::follow_theme(app, view.preferences.theme);
    }
    Ok(view)
}
