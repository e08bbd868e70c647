//! The privacy lock's commands. Turning the lock on or off converts the
//! journal in place (tend-journal's lock.rs); the shell only carries what
//! the user typed, in a type that wipes itself, and never keeps or logs it.

use super::{Reply, Request, state};
use crate::clock::local_now;
use crate::content::content;
use tauri::AppHandle;
use tend_core::ApiError;
use tend_core::forms::{Form, PrivacyChange, read_privacy};
use tend_core::ipc::{FormFields, FormReply, LockNow, PrivacyScreen, PrivacyView, Secret, Unlock};
use tend_core::screen_html;
use tend_core::secret::SecretText;
use tend_core::words::t;
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

fn view(journal: &tend_journal::Journal) -> Result<PrivacyView, ApiError> {
    Ok(PrivacyView {
        lock_on: journal.is_locked(),
        idle_minutes: journal.idle_minutes()?,
        min_passcode: MIN_PASSCODE_CHARS,
    })
}

pub(crate) fn privacy_screen(
    app: &AppHandle,
    request: Request<PrivacyScreen>,
) -> Reply<PrivacyScreen> {
    let () = request;
    state(app).with_journal(|j| Ok(screen_html::privacy(&view(j)?)))
}

/// One of the privacy screen's forms: read, done, and the screen (or the
/// recovery key, once) written again.
pub(crate) fn submit(
    app: &AppHandle,
    form: Form,
    request: &FormFields,
) -> Result<FormReply, ApiError> {
    let change = read_privacy(form, &request.fields, request.sent, MIN_PASSCODE_CHARS)?;
    let state = state(app);
    let reply = |html: String, said: String, today| FormReply {
        html,
        target: None,
        said,
        today,
        language: None,
    };
    let today = |j: &tend_journal::Journal| -> Result<_, ApiError> {
        Ok(Some(crate::today::view(j, content()?, local_now())?))
    };
    state.with_journal(|j| match change {
        PrivacyChange::TurnOn(passcode) => {
            // Moved, not copied, into the type that wipes it; the reply
            // that shows it wipes its own copy when dropped.
            let key = SecretText::new(std::mem::take(
                &mut *j
                    .turn_lock_on(passcode.expose(), KdfParams::STANDARD)
                    .map_err(ApiError::from)?,
            ));
            // The lock is on: Today's view failing now must not keep the
            // key from her.
            let today = today(j).ok().flatten();
            Ok(reply(
                screen_html::recovery_key(key.expose()),
                t("privacy-on-said"),
                today,
            ))
        }
        PrivacyChange::KeyNoted => Ok(reply(screen_html::privacy(&view(j)?), String::new(), None)),
        PrivacyChange::Change { current, new } => {
            j.change_passcode(
                tend_journal::Secret::Passcode(current.expose()),
                new.expose(),
            )
            .map_err(ApiError::from)?;
            Ok(reply(
                screen_html::privacy(&view(j)?),
                t("privacy-changed"),
                None,
            ))
        }
        PrivacyChange::TurnOff(current) => {
            j.turn_lock_off(tend_journal::Secret::Passcode(current.expose()))
                .map_err(ApiError::from)?;
            Ok(reply(
                screen_html::privacy(&view(j)?),
                t("privacy-off-said"),
                today(j).ok().flatten(),
            ))
        }
        PrivacyChange::Idle(minutes) => {
            j.set_idle_minutes(minutes)?;
            Ok(FormReply {
                html: screen_html::idle_form(minutes),
                target: Some(format!("form-{}", Form::LockIdle.id())),
                said: t("privacy-idle-saved"),
                today: None,
                language: None,
            })
        }
    })
}
