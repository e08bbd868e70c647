//! The privacy lock's forms: turning it on, the recovery key noted,
//! changing the passcode, turning it off, and the minutes unused before
//! it locks. A passcode leaves here only inside `SecretText`, which wipes
//! itself; the fields it came in are wiped when dropped (`FormFields`).

use super::{Fields, Form, refused};
use crate::ipc::{ApiError, ErrorCode, IDLE_MINUTES};
use crate::said::Said;
use crate::secret::SecretText;

/// The fields' names, as the markup writes them.
pub mod field {
    pub const NEW: &str = "new-passcode";
    pub const AGAIN: &str = "new-passcode-again";
    pub const CURRENT: &str = "current-passcode";
    pub const IDLE: &str = "idle-minutes";
}

/// What a privacy form asks for.
#[allow(missing_debug_implementations)] // it holds secrets
pub enum PrivacyChange {
    /// Turn the lock on with this passcode.
    TurnOn(SecretText),
    /// The recovery key is written down: show the lock's settings.
    KeyNoted,
    /// From the passcode she has now to a new one.
    Change {
        current: SecretText,
        new: SecretText,
    },
    /// Turn the lock off; her passcode now.
    TurnOff(SecretText),
    /// Lock after this many minutes unused (one of `IDLE_MINUTES`).
    Idle(u32),
}

/// Reads one of the privacy forms; `least` is the fewest characters a new
/// passcode may have.
pub fn read_privacy(
    form: Form,
    fields: &[(String, String)],
    sent: bool,
    least: usize,
) -> Result<PrivacyChange, ApiError> {
    use field::*;
    let live = form == Form::LockIdle;
    if sent == live {
        return Err(refused(format!(
            "the form {:?} is not sent that way",
            form.id()
        )));
    }
    match form {
        Form::LockOn => {
            let fields = Fields::new(fields, &[NEW, AGAIN])?;
            let new = chosen(&fields, least)?;
            Ok(PrivacyChange::TurnOn(new))
        }
        Form::KeyNoted => {
            Fields::new(fields, &[])?;
            Ok(PrivacyChange::KeyNoted)
        }
        Form::LockChange => {
            let fields = Fields::new(fields, &[CURRENT, NEW, AGAIN])?;
            let current = current(&fields)?;
            let new = chosen(&fields, least)?;
            Ok(PrivacyChange::Change { current, new })
        }
        Form::LockOff => {
            let fields = Fields::new(fields, &[CURRENT])?;
            Ok(PrivacyChange::TurnOff(current(&fields)?))
        }
        Form::LockIdle => {
            let fields = Fields::new(fields, &[IDLE])?;
            let minutes = fields.required(IDLE)?;
            IDLE_MINUTES
                .into_iter()
                .find(|m| m.to_string() == minutes)
                .map(PrivacyChange::Idle)
                .ok_or_else(|| refused(format!("{minutes:?} minutes are not offered")))
        }
        other => Err(refused(format!("{:?} is not a privacy form", other.id()))),
    }
}

/// The passcode she has now, as typed.
fn current(fields: &Fields<'_>) -> Result<SecretText, ApiError> {
    Ok(SecretText::new(fields.required(field::CURRENT)?.to_owned()))
}

/// A new passcode, typed the same twice and long enough.
fn chosen(fields: &Fields<'_>, least: usize) -> Result<SecretText, ApiError> {
    let new = fields.required(field::NEW)?;
    let again = fields.required(field::AGAIN)?;
    if new.chars().count() < least {
        return Err(ApiError::said(
            ErrorCode::InvalidInput,
            Said::new("privacy-too-short").with("n", least),
        ));
    }
    if new != again {
        return Err(ApiError::said(
            ErrorCode::InvalidInput,
            Said::new("privacy-mismatch"),
        ));
    }
    Ok(SecretText::new(new.to_owned()))
}
