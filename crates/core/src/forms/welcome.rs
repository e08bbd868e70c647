//! The first-run welcome: who she cares for, her country for Get help, and
//! a daily check-in reminder if she wants one; or skipped. Either way it
//! is never shown again.

use super::{Fields, refused, ticked};
use crate::ipc::{ApiError, WelcomeAnswers};
use crate::prefs::Role;

/// The fields' names, as the markup writes them.
pub mod field {
    pub const ROLE: &str = "caring-for";
    pub const COUNTRY: &str = "country";
    pub const REMINDER: &str = "reminder";
    /// The button pressed: `save` or `skip`.
    pub const DO: &str = "do";
    pub const SAVE: &str = "save";
    pub const SKIP: &str = "skip";
}

/// The daily check-in reminder the welcome offers: early evening, when a
/// day can be looked back on.
pub const WELCOME_REMINDER_AT: (u32, u32) = (20, 0);

/// Her answers (none when she skipped); a country must be one of
/// `countries` (codes).
pub fn read_welcome(
    fields: &[(String, String)],
    sent: bool,
    countries: &[String],
) -> Result<WelcomeAnswers, ApiError> {
    use field::*;
    let fields = Fields::new(fields, &[ROLE, COUNTRY, REMINDER, DO])?;
    if !sent {
        return Err(refused("the welcome is sent by its buttons".to_owned()));
    }
    let role = match fields.optional(ROLE)? {
        None => None,
        Some(id) => Some(Role::from_id(id).ok_or_else(|| refused(format!("no role {id:?}")))?),
    };
    let country = match fields.optional(COUNTRY)? {
        None | Some("") => None,
        Some(code) => Some(
            countries
                .iter()
                .find(|c| *c == code)
                .cloned()
                .ok_or_else(|| refused(format!("no helplines listed for {code:?}")))?,
        ),
    };
    let reminder = ticked(&fields, REMINDER)?;
    match fields.required(DO)? {
        SKIP => Ok(WelcomeAnswers::default()),
        SAVE => Ok(WelcomeAnswers {
            role,
            country,
            checkin_reminder: reminder
                .then(|| {
                    chrono::NaiveTime::from_hms_opt(WELCOME_REMINDER_AT.0, WELCOME_REMINDER_AT.1, 0)
                })
                .flatten(),
        }),
        other => Err(refused(format!("the welcome has no button {other:?}"))),
    }
}
