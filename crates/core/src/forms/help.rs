//! Get help's forms: the country whose helplines are shown (on Get help
//! and on Settings), and her own contacts, added, changed and removed.

use super::{Fields, refused};
use crate::ipc::{ApiError, ErrorCode};
use crate::support::Contact;

/// The fields' names, as the markup writes them (never a name a form has
/// as its own property, such as "name").
pub mod field {
    pub const COUNTRY: &str = "country";
    /// Which screen the country's form is on: `help` or `settings`.
    pub const SHOWN_ON: &str = "shown-on";
    pub const HELP: &str = "help";
    pub const SETTINGS: &str = "settings";
    /// The contact being written: its id, or empty for a new one.
    pub const CONTACT: &str = "contact";
    pub const WHO: &str = "who";
    pub const NUMBER: &str = "number";
    pub const NOTE: &str = "note";
    pub const CHANGE: &str = "change-contact";
    pub const REMOVE: &str = "remove-contact";
    pub const DO: &str = "do";
    pub const ADD: &str = "add";
    pub const SAVE: &str = "save";
    pub const CANCEL: &str = "cancel";
}

/// What the contacts form asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContactsChange {
    /// A new contact's form.
    Add,
    /// The form for the contact with this id.
    Change(i64),
    Remove(i64),
    /// Save it (checked), new or changed.
    Save(Contact),
    /// Close the form, saving nothing.
    Cancel,
}

/// The country form: the country chosen (one of `codes`), and whether the
/// form is on Settings (else on Get help).
pub fn read_country(
    fields: &[(String, String)],
    sent: bool,
    codes: &[String],
) -> Result<(String, bool), ApiError> {
    use field::*;
    let fields = Fields::new(fields, &[COUNTRY, SHOWN_ON])?;
    if sent {
        return Err(refused("the country is sent as it changes".to_owned()));
    }
    let on_settings = match fields.required(SHOWN_ON)? {
        SETTINGS => true,
        HELP => false,
        other => return Err(refused(format!("no screen {other:?}"))),
    };
    let code = fields.required(COUNTRY)?;
    let code = codes
        .iter()
        .find(|c| *c == code)
        .ok_or_else(|| refused(format!("no helplines are listed for {code:?}")))?;
    Ok((code.clone(), on_settings))
}

/// The contacts form; `ids` are her contacts'.
pub fn read_contacts(
    fields: &[(String, String)],
    sent: bool,
    ids: &[i64],
) -> Result<ContactsChange, ApiError> {
    use field::*;
    let fields = Fields::new(fields, &[CONTACT, WHO, NUMBER, NOTE, CHANGE, REMOVE, DO])?;
    if !sent {
        return Err(refused("contacts are sent by their buttons".to_owned()));
    }
    let listed = |id: &str| -> Result<i64, ApiError> {
        ids.iter()
            .copied()
            .find(|i| i.to_string() == id)
            .ok_or_else(|| refused(format!("no contact {id:?}")))
    };
    let editing = [CONTACT, WHO, NUMBER, NOTE].map(|n| fields.optional(n));
    let pressed = (
        fields.optional(DO)?,
        fields.optional(CHANGE)?,
        fields.optional(REMOVE)?,
    );
    let open = match editing {
        [
            Ok(Some(id)),
            Ok(Some(who)),
            Ok(Some(number)),
            Ok(Some(note)),
        ] => Some((id, who, number, note)),
        [Ok(None), Ok(None), Ok(None), Ok(None)] => None,
        [a, b, c, d] => {
            a?;
            b?;
            c?;
            d?;
            return Err(refused("a contact's form came in part".to_owned()));
        }
    };
    match (pressed, open) {
        ((Some(ADD), None, None), None) => Ok(ContactsChange::Add),
        ((None, Some(id), None), None) => Ok(ContactsChange::Change(listed(id)?)),
        ((None, None, Some(id)), None) => Ok(ContactsChange::Remove(listed(id)?)),
        ((Some(CANCEL), None, None), Some(_)) => Ok(ContactsChange::Cancel),
        ((Some(SAVE), None, None), Some((id, who, number, note))) => {
            let id = match id {
                "" => None,
                id => Some(listed(id)?),
            };
            let contact = Contact {
                id,
                name: who.to_owned(),
                number: number.to_owned(),
                note: note.to_owned(),
            };
            contact
                .validate()
                .map(ContactsChange::Save)
                .map_err(|said| ApiError::said(ErrorCode::InvalidInput, said))
        }
        (pressed, _) => Err(refused(format!("the contacts cannot {pressed:?} now"))),
    }
}
