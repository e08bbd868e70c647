//! A sentence kept as its message id and arguments until the moment it is
//! said. Errors carry one across IPC and out of the journal, so the
//! screens and `tend` say it in the user's language; [`Said::english`]
//! gives the British English detail that logs and tests may keep.

use crate::words::{self, FALLBACK, Value};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One argument of a message: written as the bare value (a number, a text,
/// a sentence's map), and read back by [`Arg`]'s own `Deserialize`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Number(i64),
    Text(String),
    /// Another sentence, said in the same language as this one.
    Said(Box<Said>),
}

impl From<Said> for Arg {
    fn from(said: Said) -> Arg {
        Arg::Said(Box::new(said))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(i64::from(n))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u8> for Arg {
    fn from(n: u8) -> Arg {
        Arg::Number(i64::from(n))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}

/// Reads what an untagged derive would accept, the same way: a whole number
/// that fits an `i64`, a text, or a sentence (as a map, or as a sequence of
/// its fields). The derive would first copy every value into serde's own
/// buffer and try each kind in turn, code the page's wasm carried only for
/// this type; here the value's own kind chooses. `tests/said_args.rs`
/// holds the two to the same answers for every kind of JSON value, the
/// kinds only other formats give, and sequences that never say what is
/// left in them (as serde-wasm-bindgen's, in the page).
impl<'de> Deserialize<'de> for Arg {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Arg, D::Error> {
        deserializer.deserialize_any(ArgVisitor)
    }
}

struct ArgVisitor;

impl<'de> Visitor<'de> for ArgVisitor {
    type Value = Arg;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number, a text or a sentence")
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Arg, E> {
        Ok(Arg::Number(n))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Arg, E> {
        i64::try_from(n)
            .map(Arg::Number)
            .map_err(|_| E::invalid_value(Unexpected::Unsigned(n), &self))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Arg, E> {
        Ok(Arg::Text(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Arg, E> {
        Ok(Arg::Text(text))
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<Arg, E> {
        std::str::from_utf8(bytes)
            .map(|text| Arg::Text(text.to_owned()))
            .map_err(|_| E::invalid_value(Unexpected::Bytes(bytes), &self))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Arg, A::Error> {
        Said::deserialize(de::value::MapAccessDeserializer::new(map)).map(Arg::from)
    }

    /// A character was never an argument: the derive refused one.
    fn visit_char<E: de::Error>(self, c: char) -> Result<Arg, E> {
        Err(E::invalid_type(Unexpected::Char(c), &self))
    }

    /// A sentence as a sequence of its fields: the id, then its arguments
    /// or nothing, and nothing after them. Checked here, as the derive's
    /// buffer checked it, because serde-wasm-bindgen does not look for
    /// what is left in a sequence.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Arg, A::Error> {
        let id: String = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let args: Vec<(String, Arg)> = seq.next_element()?.unwrap_or_default();
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_length(3, &self));
        }
        Ok(Arg::from(Said { id, args }))
    }
}

/// A message id with its arguments: what to say, not yet in any language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Said {
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, Arg)>,
}

impl Said {
    /// The message `id`, without arguments yet.
    pub fn new(id: &str) -> Said {
        Said {
            id: id.to_owned(),
            args: Vec::new(),
        }
    }

    /// The same, with `$name` set to `value`.
    #[must_use]
    pub fn with(mut self, name: &str, value: impl Into<Arg>) -> Said {
        self.args.push((name.to_owned(), value.into()));
        self
    }

    /// In `lang`, falling back message by message to British English.
    pub fn text_in(&self, lang: &str) -> String {
        let args: Vec<(&str, Value<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Number(n) => Value::from(*n),
                    Arg::Text(text) => Value::from(text.as_str()),
                    Arg::Said(inner) => Value::from(inner.text_in(lang)),
                };
                (name.as_str(), value)
            })
            .collect();
        words::tr_in(lang, &self.id, &args)
    }

    /// In the language being spoken now.
    pub fn text(&self) -> String {
        self.text_in(&words::language())
    }

    /// In British English, for logs and tests.
    pub fn english(&self) -> String {
        self.text_in(FALLBACK)
    }
}

/// Said in the language being spoken now.
impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl std::error::Error for Said {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_said_sentence_crosses_json_and_is_said_with_its_arguments() {
        let said = Said::new("invalid-checkin-note-long")
            .with("chars", 600_usize)
            .with("most", 500_usize);
        let json = serde_json::to_string(&said).unwrap();
        let back: Said = serde_json::from_str(&json).unwrap();
        assert_eq!(back, said);
        let english = back.english();
        assert!(
            english.contains("600") && english.contains("500"),
            "{english}"
        );
        assert_ne!(english, "invalid-checkin-note-long");
    }

    #[test]
    fn an_unknown_id_is_said_as_itself_so_it_is_easy_to_spot() {
        assert_eq!(Said::new("no-such-message").english(), "no-such-message");
    }
}
