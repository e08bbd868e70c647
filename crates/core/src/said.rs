//! A sentence kept as its message id and arguments until the moment it is
//! said. Errors carry one across IPC and out of the journal, so the
//! screens and `tend` say it in the user's language; [`Said::english`]
//! gives the British English detail that logs and tests may keep.

use crate::words::{self, FALLBACK, Value};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One argument of a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
