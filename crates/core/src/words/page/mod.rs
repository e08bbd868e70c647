//! The page's messages in a form made for reading back: the shell reads a
//! language's `tend.ftl` with Fluent's own parser and writes what it read
//! here ([`compile`], native only); the page finds a message by its id and
//! fills it in ([`Messages::format`]) without a Fluent parser or
//! `fluent-bundle` of its own. Formatting follows `fluent-bundle` exactly
//! for what Tend's messages use (text, variables, and choices by a
//! variable: by its text, by a number, or by the plural form of a number
//! under the language's rules), and the tests hold the two to the same
//! output for every message of every language.
//!
//! The form: the plural rules, then each message as its id and its
//! pattern, sorted by id, records apart by `RECORD` and id from pattern by
//! `ID`. In a pattern, text is itself; a variable is `VAR name END`; a
//! choice is `CHOICE name END` then each variant as `key KEY pattern
//! VARIANT`, then `CHOICES_END`. A key is an identifier, or `#` and a whole
//! number; the default's key starts with `*`.

use super::Value;

#[cfg(not(target_arch = "wasm32"))]
mod compile;
mod plural;

#[cfg(not(target_arch = "wasm32"))]
pub use compile::compile;
use plural::PLURAL_FORMS;
pub use plural::Plurals;

pub(super) const VAR: char = '\u{1}';
pub(super) const END: char = '\u{2}';
pub(super) const CHOICE: char = '\u{3}';
pub(super) const KEY: char = '\u{4}';
pub(super) const VARIANT: char = '\u{5}';
pub(super) const CHOICES_END: char = '\u{6}';
pub(super) const RECORD: char = '\u{1e}';
pub(super) const ID: char = '\u{1f}';

/// Whether `c` is one of the form's marks, which no text may hold.
pub(super) fn is_mark(c: char) -> bool {
    matches!(
        c,
        VAR | END | CHOICE | KEY | VARIANT | CHOICES_END | RECORD | ID
    )
}

/// A Fluent identifier: a letter, then letters, digits, `-` and `_`.
fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// How deep choices may sit inside choices (Tend's go two deep).
const DEEPEST: usize = 16;

/// A language's messages as the page holds them.
#[derive(Debug)]
pub struct Messages {
    text: String,
    /// Each message: where its id and its pattern are in `text`, by id.
    index: Vec<(usize, usize, usize)>,
    plurals: Plurals,
}

impl Messages {
    /// Reads what [`compile`] wrote, checking all of it: anything else is
    /// refused whole.
    pub fn read(text: String) -> Result<Messages, String> {
        let bad = |why: &str| format!("the messages do not read: {why}");
        let mut records = text.split(RECORD);
        let plurals = Plurals::parse(records.next().unwrap_or_default())?;
        let mut index = Vec::new();
        let mut at = text.find(RECORD).map_or(text.len(), |i| i + 1);
        for record in records {
            let (id, pattern) = record
                .split_once(ID)
                .ok_or_else(|| bad("a record without an id"))?;
            let start = at;
            let pattern_at = start + id.len() + 1;
            index.push((start, pattern_at, start + record.len()));
            at += record.len() + 1;
            let mut check = Reader::new(pattern, &[], "", &plurals, false);
            check.pattern().map_err(|why| bad(&why))?;
            if check.at != pattern.len() {
                return Err(bad("a variant's end outside a choice"));
            }
            if !is_identifier(id) {
                return Err(bad("a message without an id"));
            }
        }
        let out = Messages {
            text,
            index,
            plurals,
        };
        for pair in out.index.windows(2) {
            if out.id(pair[0]) >= out.id(pair[1]) {
                return Err(bad("ids out of order"));
            }
        }
        Ok(out)
    }

    fn id(&self, (start, pattern_at, _): (usize, usize, usize)) -> &str {
        &self.text[start..pattern_at - 1]
    }

    /// `id` with `args` filled in (and `$role`, unless `args` set it), or
    /// why not.
    pub fn format(
        &self,
        id: &str,
        args: &[(&str, Value<'_>)],
        role: &str,
    ) -> Result<String, String> {
        let found = self
            .index
            .binary_search_by(|entry| self.id(*entry).cmp(id))
            .map_err(|_| format!("{id} is not here"))?;
        let (_, from, to) = self.index[found];
        let mut reader = Reader::new(&self.text[from..to], args, role, &self.plurals, true);
        reader.pattern()?;
        match reader.missing {
            Some(name) => Err(format!("{id}: no value for ${name}")),
            None => Ok(reader.out),
        }
    }
}

/// Walks a pattern, writing it out when `write` is set.
struct Reader<'a> {
    text: &'a str,
    at: usize,
    args: &'a [(&'a str, Value<'a>)],
    role: &'a str,
    plurals: &'a Plurals,
    write: bool,
    out: String,
    missing: Option<String>,
    /// How many choices deep the reader is.
    depth: usize,
}

impl<'a> Reader<'a> {
    fn new(
        text: &'a str,
        args: &'a [(&'a str, Value<'a>)],
        role: &'a str,
        plurals: &'a Plurals,
        write: bool,
    ) -> Self {
        Reader {
            text,
            at: 0,
            args,
            role,
            plurals,
            write,
            out: String::new(),
            missing: None,
            depth: 0,
        }
    }

    /// A variable's name, up to `END`, which it passes.
    fn name(&mut self) -> Result<&'a str, String> {
        let rest = &self.text[self.at..];
        let len = rest.find(END).ok_or("a name without its end")?;
        self.at += len + END.len_utf8();
        let name = &rest[..len];
        if is_identifier(name) {
            Ok(name)
        } else {
            Err("a variable without a name".to_owned())
        }
    }

    /// The value of `$name`, as `fluent-bundle` would take it: the last
    /// given, else the role.
    fn value(&mut self, name: &str) -> Option<Value<'a>> {
        let given = self.args.iter().rev().find(|(n, _)| *n == name);
        match given {
            Some((_, value)) => Some(value.clone()),
            None if name == "role" => Some(Value::Text(self.role.into())),
            None => {
                if self.write && self.missing.is_none() {
                    self.missing = Some(name.to_owned());
                }
                None
            }
        }
    }

    /// Text, variables and choices up to a variant's end, a choice's end or
    /// the end of the text, which it does not pass.
    fn pattern(&mut self) -> Result<(), String> {
        while let Some(c) = self.text[self.at..].chars().next() {
            match c {
                VARIANT | CHOICES_END => return Ok(()),
                VAR => {
                    self.at += c.len_utf8();
                    let name = self.name()?;
                    if !self.write {
                        continue;
                    }
                    match self.value(name) {
                        Some(Value::Text(text)) => self.out.push_str(&text),
                        Some(Value::Number(n)) => self.out.push_str(&number(n)),
                        None => {
                            self.out.push_str("{$");
                            self.out.push_str(name);
                            self.out.push('}');
                        }
                    }
                }
                CHOICE => {
                    self.at += c.len_utf8();
                    self.choice()?;
                }
                END | KEY | RECORD | ID => return Err("a mark out of place".to_owned()),
                _ => {
                    let rest = &self.text[self.at..];
                    let len = rest.find(is_mark).unwrap_or(rest.len());
                    if self.write {
                        self.out.push_str(&rest[..len]);
                    }
                    self.at += len;
                }
            }
        }
        Ok(())
    }

    /// A choice, after its mark: the first variant whose key matches the
    /// variable, else the default.
    fn choice(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > DEEPEST {
            return Err("choices too deep".to_owned());
        }
        let name = self.name()?;
        let selector = if self.write { self.value(name) } else { None };
        let write = self.write;
        self.write = false;
        let mut chosen = None;
        let mut default = None;
        loop {
            let rest = &self.text[self.at..];
            if let Some(after) = rest.strip_prefix(CHOICES_END) {
                self.at = self.text.len() - after.len();
                break;
            }
            let len = rest.find(KEY).ok_or("a variant without its key")?;
            let key = &rest[..len];
            self.at += len + KEY.len_utf8();
            let starts = self.at;
            let (is_default, key) = match key.strip_prefix('*') {
                Some(key) => (true, key),
                None => (false, key),
            };
            let fits = match key.strip_prefix('#') {
                Some(number) => {
                    let digits = number.strip_prefix('-').unwrap_or(number);
                    !digits.is_empty()
                        && digits.bytes().all(|b| b.is_ascii_digit())
                        && number.parse::<i64>().is_ok()
                }
                None => is_identifier(key),
            };
            if !fits {
                return Err("a variant without a key".to_owned());
            }
            if is_default && default.replace(starts).is_some() {
                return Err("two defaults".to_owned());
            }
            if chosen.is_none()
                && let Some(selector) = &selector
                && self.matches(key, selector)?
            {
                chosen = Some(starts);
            }
            self.pattern()?;
            let rest = &self.text[self.at..];
            let after = rest
                .strip_prefix(VARIANT)
                .ok_or("a variant without its end")?;
            self.at = self.text.len() - after.len();
        }
        let end = self.at;
        let start = chosen.or(default).ok_or("a choice without a default")?;
        self.write = write;
        if write {
            self.at = start;
            self.pattern()?;
            self.at = end;
        }
        self.depth -= 1;
        Ok(())
    }

    /// Whether a variant's key matches the selector, as `fluent-bundle`
    /// matches them: text by text, a number by a number, and a plural
    /// form's name by the number's form.
    fn matches(&self, key: &str, selector: &Value<'_>) -> Result<bool, String> {
        if let Some(number) = key.strip_prefix('#') {
            let number: i64 = number.parse().map_err(|_| "a key that is not a number")?;
            #[allow(clippy::cast_precision_loss, clippy::float_cmp)]
            return Ok(matches!(selector, Value::Number(n) if *n == number as f64));
        }
        Ok(match selector {
            Value::Text(text) => text == key,
            Value::Number(n) => PLURAL_FORMS.contains(&key) && self.plurals.category(*n) == key,
        })
    }
}

/// A number as `fluent-bundle` writes one: as Rust writes an `f64`.
pub(super) fn number(n: f64) -> String {
    n.to_string()
}
