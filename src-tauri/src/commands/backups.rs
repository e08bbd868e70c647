//! The automatic backups, as a form the shell writes: the list, the
//! question before one is put back, and putting it back. All of it works
//! when the journal could not be opened, which is when it is needed most.

use super::{Reply, Request, state};
use crate::clock::{local_now, utc_now};
use crate::content::content;
use tauri::AppHandle;
use tend_core::backup::Backup;
use tend_core::forms::{BackupsChange, read_backups};
use tend_core::ipc::{BackupsForm, FormFields, FormReply};
use tend_core::screen_html;
use tend_core::words::t;
use tend_core::{ApiError, ErrorCode};

fn list(app: &AppHandle) -> Result<Vec<Backup>, ApiError> {
    tend_journal::backups(state(app).folder())
        .map_err(|e| ApiError::said_with_detail(ErrorCode::Internal, tend_journal::io_said(&e), e))
}

/// The form for the list as it is now (or why it could not be read).
fn form(app: &AppHandle, daily_only: bool, asking: Option<&str>, said: Option<&str>) -> String {
    match list(app) {
        Ok(all) => screen_html::backups(Ok(&all), daily_only, asking, said),
        Err(e) => {
            let why = e
                .said
                .as_ref()
                .map_or_else(|| t("error-internal"), tend_core::Said::text);
            screen_html::backups(Err(&why), daily_only, None, None)
        }
    }
}

pub(crate) fn backups_form(app: &AppHandle, request: Request<BackupsForm>) -> Reply<BackupsForm> {
    Ok(form(app, request, None, None))
}

pub(crate) fn submit(app: &AppHandle, request: &FormFields) -> Result<FormReply, ApiError> {
    let (daily_only, change) = read_backups(&request.fields, request.sent, &list(app)?)?;
    let reply = |html: String, said: String, today| FormReply {
        html,
        target: Some("form-backups".to_owned()),
        said,
        today,
        language: None,
    };
    match change {
        BackupsChange::Ask(name) => Ok(reply(
            form(app, daily_only, Some(&name), None),
            String::new(),
            None,
        )),
        BackupsChange::Cancel => Ok(reply(
            form(app, daily_only, None, None),
            String::new(),
            None,
        )),
        BackupsChange::Restore(name) => {
            let today = restore(app, &name)?;
            let said = t("backup-restored");
            Ok(reply(
                form(app, daily_only, None, Some(&said)),
                said,
                Some(today),
            ))
        }
    }
}

/// Puts the backup `name` in place of the journal (which is kept in the
/// backups folder) and opens it; answers with Today.
fn restore(app: &AppHandle, name: &str) -> Result<tend_core::ipc::TodayView, ApiError> {
    let content = content()?;
    let stamp = utc_now().format("%Y%m%dT%H%M%S").to_string();
    let state = state(app);
    let before = state
        .with_journal_quietly(|journal| Ok(journal.preferences()?.theme))
        .ok();
    state.reopen_after(|folder, key| {
        tend_journal::restore(folder, name, &stamp, key).map_err(|e| ApiError::from(&e))
    })?;
    let view = state.with_journal(|journal| crate::today::view(journal, content, local_now()))?;
    // The journal brought back may have had another theme.
    if before != Some(view.preferences.theme) {
        crate::desktop::follow_theme(app, view.preferences.theme);
    }
    Ok(view)
}
