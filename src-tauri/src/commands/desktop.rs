//! Starting Tend at login, which the Reminders screen's desktop form sets
//! beside keeping it in the tray.

use tauri::AppHandle;
use tend_core::ApiError;

/// Writes or removes the desktop's autostart entry; a phone has none.
pub(crate) fn set_start_at_login(app: &AppHandle, on: bool) -> Result<(), ApiError> {
    #[cfg(desktop)]
    {
        use tauri_plugin_autostart::ManagerExt;
        let autostart = app.autolaunch();
        let now = autostart.is_enabled().unwrap_or(false);
        let changed = match (now, on) {
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
    let _ = (app, on);
    Ok(())
}
