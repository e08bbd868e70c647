//! Journal entries: private writing, found again by searching.

use crate::said::Said;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// The longest title, in characters: one line.
pub const MAX_TITLE_CHARS: usize = 200;

/// At most this many tags on one entry, each at most `MAX_TAG_CHARS` long.
pub const MAX_TAGS: usize = 20;
pub const MAX_TAG_CHARS: usize = 40;

/// Separates tags where the journal stores them: a tag can never hold it.
pub const TAG_SEPARATOR: char = '\u{1f}';

/// Reads tags as the user typed them, separated by commas.
pub fn parse_tags(typed: &str) -> Vec<String> {
    typed
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The largest body, in bytes of UTF-8: a long letter is a few kilobytes;
/// this leaves room for years of writing in one entry.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// What the editor sends: a new entry when `id` is `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryDraft {
    pub id: Option<i64>,
    pub title: String,
    pub body: String,
    /// The writing exercise that prompted it, if any.
    pub prompt: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub prompt: Option<String>,
    pub tags: Vec<String>,
    /// UTC.
    #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::dt"))]
    pub created_at: NaiveDateTime,
    /// UTC.
    #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::dt"))]
    pub updated_at: NaiveDateTime,
}

/// An entry in a list: no body, so a long journal lists quickly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntrySummary {
    pub id: i64,
    pub title: String,
    pub tags: Vec<String>,
    /// The start of the body, or around the match when searching, split
    /// into plain and matched pieces.
    pub excerpt: Vec<Piece>,
    #[cfg_attr(target_arch = "wasm32", serde(deserialize_with = "crate::wire::dt"))]
    pub updated_at: NaiveDateTime,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    pub text: String,
    pub matched: bool,
}

/// Marks that the journal wraps around matched words in an excerpt. They
/// are control characters, which entries can never hold.
pub const MATCH_START: char = '\u{1}';
pub const MATCH_END: char = '\u{2}';

/// Splits an excerpt with match marks into pieces.
pub fn pieces(marked: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut matched = false;
    for c in marked.chars() {
        if c == MATCH_START || c == MATCH_END {
            if !text.is_empty() {
                out.push(Piece {
                    text: std::mem::take(&mut text),
                    matched,
                });
            }
            matched = c == MATCH_START;
        } else {
            text.push(c);
        }
    }
    if !text.is_empty() {
        out.push(Piece { text, matched });
    }
    out
}

/// Turns what the user typed into a full-text query: every word must be
/// there, each as a prefix, and nothing typed is read as query syntax.
pub fn search_query(typed: &str) -> Option<String> {
    let words: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{}\"*", w.replace('"', "")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn forbidden(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t' | '\r')
}

impl EntryDraft {
    /// Checks the draft; messages name the field, never its words.
    pub fn validate(mut self) -> Result<EntryDraft, Said> {
        self.title = self.title.trim().to_owned();
        if self.title.chars().count() > MAX_TITLE_CHARS || self.title.chars().any(char::is_control)
        {
            return Err(Said::new("invalid-entry-title").with("most", MAX_TITLE_CHARS));
        }
        if self.body.len() > MAX_BODY_BYTES {
            return Err(Said::new("invalid-entry-size").with("mb", MAX_BODY_BYTES / 1024 / 1024));
        }
        if self.body.chars().any(forbidden) {
            return Err(Said::new("invalid-entry-control"));
        }
        let mut tags: Vec<String> = Vec::new();
        for tag in self.tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if tag.chars().count() > MAX_TAG_CHARS || tag.chars().any(char::is_control) {
                return Err(Said::new("invalid-entry-tag").with("most", MAX_TAG_CHARS));
            }
            if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
                tags.push(tag.to_owned());
            }
        }
        if tags.len() > MAX_TAGS {
            return Err(Said::new("invalid-entry-tags").with("most", MAX_TAGS));
        }
        self.tags = tags;
        if self
            .prompt
            .as_ref()
            .is_some_and(|p| p.len() > 64 || !p.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        {
            return Err(Said::new("invalid-entry-prompt"));
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_split_into_matched_and_plain_pieces() {
        let p = pieces("a \u{1}kind\u{2} word");
        assert_eq!(p.len(), 3);
        assert_eq!((p[1].text.as_str(), p[1].matched), ("kind", true));
        assert!(!p[0].matched && !p[2].matched);
    }

    #[test]
    fn typed_words_never_become_query_syntax() {
        assert_eq!(
            search_query("tea NEAR(mum) \"x"),
            Some("\"tea\"* \"NEAR\"* \"mum\"* \"x\"*".into())
        );
        assert_eq!(search_query("  -*  "), None);
        assert_eq!(search_query("laskavost"), Some("\"laskavost\"*".into()));
        assert_eq!(search_query("שלום"), Some("\"שלום\"*".into()));
    }

    #[test]
    fn tags_are_trimmed_and_kept_once_whatever_their_case() {
        let draft = EntryDraft {
            tags: parse_tags(" Mum , sleep,, mum ,Hope "),
            ..Default::default()
        };
        assert_eq!(draft.validate().unwrap().tags, ["Mum", "sleep", "Hope"]);
        let long = EntryDraft {
            tags: vec!["x".repeat(MAX_TAG_CHARS + 1)],
            ..Default::default()
        };
        assert!(long.validate().is_err());
        let many = EntryDraft {
            tags: (0..=MAX_TAGS).map(|n| n.to_string()).collect(),
            ..Default::default()
        };
        assert!(many.validate().is_err());
    }

    #[test]
    fn drafts_are_checked_without_quoting_them() {
        let ok = EntryDraft {
            body: "line one\nline two\t🫶 مرحبا".into(),
            ..Default::default()
        };
        assert!(ok.validate().is_ok());
        let big = EntryDraft {
            body: "x".repeat(MAX_BODY_BYTES + 1),
            ..Default::default()
        };
        assert!(big.validate().is_err());
        let marks = EntryDraft {
            body: "secret \u{1} words".into(),
            ..Default::default()
        };
        let err = marks.validate().unwrap_err();
        assert!(!err.english().contains("secret"));
    }
}
