//! The privacy lock's commands, and the watch that closes a locked journal
//! after the minutes without use the user chose. Turning the lock on or
//! off converts the journal in place (tend-journal's lock.rs); the shell
//! only carries what the user typed, never keeps or logs it.
//!
//! `TEND_TEST_IDLE_SECONDS` counts the idle lock in seconds instead of
//! minutes for the end-to-end tests.

use crate::state::AppState;
use std::time::Duration;
use tauri::{AppHandle, Manager, State};
use tend_core::ApiError;
use tend_core::ipc::{
    ChangePasscode, Command, IDLE_MINUTES, LockNow, Privacy, PrivacyView, Secret, SetIdleMinutes,
    TurnLockOff, TurnLockOn, Unlock,
};
use tend_core::secret::SecretText;
use tend_journal::{KdfParams, MIN_PASSCODE_CHARS};

const IDLE_TEST_ENV: &str = "TEND_TEST_IDLE_SECONDS";

fn secret(s: &Secret) -> tend_journal::Secret<'_> {
    if s.recovery {
        tend_journal::Secret::RecoveryKey(s.text.expose())
    } else {
        tend_journal::Secret::Passcode(s.text.expose())
    }
}

/// Tells the window the journal is locked, so it shows the lock screen.
fn tell_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.eval("window.dispatchEvent(new Event('tend-locked'));");
    }
}

/// Starts the watch: every few seconds, a locked journal left unused for
/// the chosen minutes is closed.
pub(crate) fn start(app: AppHandle) {
    let unit = match std::env::var(IDLE_TEST_ENV)
        .ok()
        .and_then(|s| s.parse().ok())
    {
        Some(seconds) => Duration::from_secs(seconds),
        None => Duration::from_secs(60),
    };
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

#[tauri::command(async)]
pub(crate) fn unlock(
    state: State<'_, AppState>,
    request: <Unlock as Command>::Request,
) -> Result<<Unlock as Command>::Response, ApiError> {
    state.unlock(secret(&request))
}

#[tauri::command(async)]
pub(crate) fn lock_now(
    state: State<'_, AppState>,
    request: <LockNow as Command>::Request,
) -> Result<<LockNow as Command>::Response, ApiError> {
    let () = request;
    state.lock_now();
    Ok(())
}

#[tauri::command(async)]
pub(crate) fn privacy(
    state: State<'_, AppState>,
    request: <Privacy as Command>::Request,
) -> Result<<Privacy as Command>::Response, ApiError> {
    let () = request;
    state.with_journal(|j| {
        Ok(PrivacyView {
            lock_on: j.is_locked(),
            idle_minutes: j.idle_minutes()?,
            min_passcode: MIN_PASSCODE_CHARS,
        })
    })
}

#[tauri::command(async)]
pub(crate) fn turn_lock_on(
    state: State<'_, AppState>,
    request: <TurnLockOn as Command>::Request,
) -> Result<<TurnLockOn as Command>::Response, ApiError> {
    state.with_journal(|j| {
        let mut recovery = j
            .turn_lock_on(request.expose(), KdfParams::STANDARD)
            .map_err(ApiError::from)?;
        // Moved, not copied, into the type that wipes it.
        Ok(SecretText::new(std::mem::take(&mut *recovery)))
    })
}

#[tauri::command(async)]
pub(crate) fn change_passcode(
    state: State<'_, AppState>,
    request: <ChangePasscode as Command>::Request,
) -> Result<<ChangePasscode as Command>::Response, ApiError> {
    state.with_journal(|j| {
        j.change_passcode(
            secret(&request.current),
            request.new.expose(),
            KdfParams::STANDARD,
        )
        .map_err(ApiError::from)
    })
}

#[tauri::command(async)]
pub(crate) fn turn_lock_off(
    state: State<'_, AppState>,
    request: <TurnLockOff as Command>::Request,
) -> Result<<TurnLockOff as Command>::Response, ApiError> {
    state.with_journal(|j| j.turn_lock_off(secret(&request)).map_err(ApiError::from))
}

#[tauri::command(async)]
pub(crate) fn set_idle_minutes(
    state: State<'_, AppState>,
    request: <SetIdleMinutes as Command>::Request,
) -> Result<<SetIdleMinutes as Command>::Response, ApiError> {
    if !IDLE_MINUTES.contains(&request) {
        return Err(ApiError::new(
            tend_core::ErrorCode::InvalidInput,
            "choose one of the offered minutes",
        ));
    }
    state.with_journal(|j| Ok(j.set_idle_minutes(request)?))
}
