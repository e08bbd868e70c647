//! The privacy lock's commands. Turning the lock on or off converts the
//! journal in place (tend-journal's lock.rs); the shell only carries what
//! the user typed, in a type that wipes itself, and never keeps or logs it.

use super::{Reply, Request, state};
use tauri::AppHandle;
use tend_core::ApiError;
use tend_core::ipc::{
    ChangePasscode, IDLE_MINUTES, LockNow, Privacy, PrivacyView, Secret, SetIdleMinutes,
    TurnLockOff, TurnLockOn, Unlock,
};
use tend_core::secret::SecretText;
use tend_journal::{KdfParams, MIN_PASSCODE_CHARS};

fn secret(s: &Secret) -> tend_journal::Secret<'_> {
    if s.recovery {
        tend_journal::Secret::RecoveryKey(s.text.expose())
    } else {
        tend_journal::Secret::Passcode(s.text.expose())
    }
}

pub(crate) fn unlock(app: &AppHandle, request: Request<Unlock>) -> Reply<Unlock> {
    let state = state(app);
    state.unlock(secret(&request))?;
    // Her language and theme were behind the lock.
    let chosen = state.with_journal(|journal| Ok(journal.language()?))?;
    crate::language::apply(chosen.as_deref());
    crate::desktop::relabel_tray(app);
    // The window's theme is for looks: a failure to read it leaves the
    // unlock done.
    if let Ok(theme) = state.with_journal(|journal| Ok(journal.preferences()?.theme))
        && theme != tend_core::Theme::System
    {
        crate::desktop::follow_theme(app, theme);
    }
    Ok(())
}

pub(crate) fn lock_now(app: &AppHandle, request: Request<LockNow>) -> Reply<LockNow> {
    let state = state(app);
    let () = request;
    state.lock_now();
    Ok(())
}

pub(crate) fn privacy(app: &AppHandle, request: Request<Privacy>) -> Reply<Privacy> {
    let state = state(app);
    let () = request;
    state.with_journal(|j| {
        Ok(PrivacyView {
            lock_on: j.is_locked(),
            idle_minutes: j.idle_minutes()?,
            min_passcode: MIN_PASSCODE_CHARS,
        })
    })
}

pub(crate) fn turn_lock_on(app: &AppHandle, request: Request<TurnLockOn>) -> Reply<TurnLockOn> {
    let state = state(app);
    state.with_journal(|j| {
        let mut recovery = j
            .turn_lock_on(request.expose(), KdfParams::STANDARD)
            .map_err(ApiError::from)?;
        // Moved, not copied, into the type that wipes it.
        Ok(SecretText::new(std::mem::take(&mut *recovery)))
    })
}

pub(crate) fn change_passcode(
    app: &AppHandle,
    request: Request<ChangePasscode>,
) -> Reply<ChangePasscode> {
    let state = state(app);
    state.with_journal(|j| {
        j.change_passcode(
            secret(&request.current),
            request.new.expose(),
            KdfParams::STANDARD,
        )
        .map_err(ApiError::from)
    })
}

pub(crate) fn turn_lock_off(app: &AppHandle, request: Request<TurnLockOff>) -> Reply<TurnLockOff> {
    let state = state(app);
    state.with_journal(|j| j.turn_lock_off(secret(&request)).map_err(ApiError::from))
}

pub(crate) fn set_idle_minutes(
    app: &AppHandle,
    request: Request<SetIdleMinutes>,
) -> Reply<SetIdleMinutes> {
    let state = state(app);
    if !IDLE_MINUTES.contains(&request) {
        return Err(ApiError::not_offered("minutes before locking not offered"));
    }
    state.with_journal(|j| Ok(j.set_idle_minutes(request)?))
}
