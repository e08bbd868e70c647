//! Text that must not linger: a passcode or a recovery key on its way from
//! the page to Argon2 and back. Wiped from memory when dropped, never
//! printed (no `Debug`) and never copied (no `Clone`).
//!
//! ```compile_fail
//! fn copies<T: Clone>() {}
//! copies::<tend_core::secret::SecretText>();
//! ```
//!
//! ```compile_fail
//! fn prints<T: std::fmt::Debug>() {}
//! prints::<tend_core::secret::SecretText>();
//! ```

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

// Never printed, so no Debug: the one type exempt from the lint.
#[allow(missing_debug_implementations)]
pub struct SecretText(Zeroizing<String>);

impl SecretText {
    /// Takes the text over; the `String` given is moved, not copied.
    pub fn new(text: String) -> SecretText {
        SecretText(Zeroizing::new(text))
    }

    /// The text, for the one call that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Serialize for SecretText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SecretText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(SecretText::new)
    }
}

#[cfg(test)]
mod tests {
    use super::SecretText;

    #[test]
    fn a_secret_crosses_ipc_as_plain_text_and_back() {
        let s = SecretText::new("kettle on at six".into());
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, "\"kettle on at six\"");
        let back: SecretText = serde_json::from_str(&json).unwrap();
        assert_eq!(back.expose(), "kettle on at six");
    }
}
