//! The desktop settings: closing to the tray, and starting at login.

use super::{Reply, Request, state};
use tauri::AppHandle;
#[cfg(desktop)]
use tend_core::ApiError;
use tend_core::ipc::SetDesktop;

pub(crate) fn set_desktop(app: &AppHandle, request: Request<SetDesktop>) -> Reply<SetDesktop> {
    state(app).with_journal(|j| Ok(j.set_keep_running(request.keep_running)?))?;
    #[cfg(desktop)]
    {
        use tauri_plugin_autostart::ManagerExt;
        let autostart = app.autolaunch();
        let now = autostart.is_enabled().unwrap_or(false);
        let changed = match (now, request.start_at_login) {
            (false, true) => autostart.enable(),
            (true, false) => autostart.disable(),
            _ => Ok(()),
        };
        changed.map_err(|e| {
            ApiError::said_with_detail(
                tend_core::ErrorCode::Internal,
                tend_core::Said::new("error-login-setting"),
                e,
            )
        })?;
    }
    #[cfg(mobile)]
    let _ = app;
    Ok(())
}
