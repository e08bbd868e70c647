//! Settings' other forms: the language Tend speaks, and the automatic
//! backups (also offered, daily ones only, on the screen for a journal
//! that could not be opened), with a question before one is put back.

use super::{Fields, refused};
use crate::backup::{Backup, Kind};
use crate::ipc::ApiError;

/// The fields' names, as the markup writes them.
pub mod field {
    pub const LANGUAGE: &str = "language";
    /// Which backups are listed: `daily` on the damaged journal's screen.
    pub const LISTED: &str = "listed";
    pub const DAILY: &str = "daily";
    pub const ALL: &str = "all";
    /// A backup's Restore button: asks first.
    pub const ASK: &str = "ask";
    /// The question's Yes.
    pub const RESTORE: &str = "restore";
    /// The question's No.
    pub const CANCEL: &str = "cancel";
}

/// What the backups form asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupsChange {
    /// Ask her whether to put this one back.
    Ask(String),
    /// Put it back.
    Restore(String),
    /// She said no.
    Cancel,
}

/// The language form: none follows the system, or one of `choices` (tags).
pub fn read_language(
    fields: &[(String, String)],
    sent: bool,
    choices: &[String],
) -> Result<Option<String>, ApiError> {
    let fields = Fields::new(fields, &[field::LANGUAGE])?;
    if sent {
        return Err(refused("the language is sent as it changes".to_owned()));
    }
    match fields.required(field::LANGUAGE)? {
        "" => Ok(None),
        tag => choices
            .iter()
            .find(|c| *c == tag)
            .map(|c| Some(c.clone()))
            .ok_or_else(|| refused(format!("Tend does not speak {tag:?}"))),
    }
}

/// Whether the backups form lists daily backups only, and what it asks;
/// a backup must be one `listed` holds (of those the form shows).
pub fn read_backups(
    fields: &[(String, String)],
    sent: bool,
    listed: &[Backup],
) -> Result<(bool, BackupsChange), ApiError> {
    use field::*;
    let fields = Fields::new(fields, &[LISTED, ASK, RESTORE, CANCEL])?;
    if !sent {
        return Err(refused("the backups are sent by their buttons".to_owned()));
    }
    let daily_only = match fields.required(LISTED)? {
        DAILY => true,
        ALL => false,
        other => return Err(refused(format!("no list {other:?}"))),
    };
    let shown = |name: &str| -> Result<String, ApiError> {
        listed
            .iter()
            .filter(|b| !daily_only || matches!(b.kind, Kind::Daily { .. }))
            .find(|b| b.name == name)
            .map(|b| b.name.clone())
            .ok_or_else(|| refused(format!("no backup {name:?} is listed")))
    };
    let pressed = [ASK, RESTORE, CANCEL].map(|n| fields.optional(n));
    let change = match pressed {
        [Ok(Some(name)), Ok(None), Ok(None)] => BackupsChange::Ask(shown(name)?),
        [Ok(None), Ok(Some(name)), Ok(None)] => BackupsChange::Restore(shown(name)?),
        [Ok(None), Ok(None), Ok(Some(""))] => BackupsChange::Cancel,
        [a, b, c] => {
            a?;
            b?;
            c?;
            return Err(refused("one button at a time".to_owned()));
        }
    };
    Ok((daily_only, change))
}
