//! Every sentence Tend shows or writes comes from the Fluent file of the
//! user's language, one folder each: `assets/i18n/<lang>/tend.ftl`. A
//! message missing from her language is said in British English, message
//! by message. The screens, the shell (tray, notifications) and the
//! exported documents share this one lookup.
//!
//! Each folder holds three files: `tend.ftl`, what the page says;
//! `shell.ftl`, what only the shell says (the documents, notifications,
//! the tray, the tend command and the parts of screens it writes); and
//! `plural.txt`, the language's plural rules. Natively every language
//! found in `assets/i18n/` is built in and formatted by `fluent-bundle`.
//! The UI's wasm holds no messages and no Fluent: the shell
//! reads the page's file with Fluent's own parser and hands the page what
//! it read, in a small form made for reading back ([`page`]), together
//! with British English's when another language is spoken.

use std::borrow::Cow;
use std::sync::RwLock;

#[cfg(not(target_arch = "wasm32"))]
mod fluent;
#[cfg(target_arch = "wasm32")]
mod handed;
pub mod page;

#[cfg(not(target_arch = "wasm32"))]
use fluent as backend;
#[cfg(not(target_arch = "wasm32"))]
pub use fluent::{messages_of, page_messages_of, plural_rules_of};
#[cfg(target_arch = "wasm32")]
use handed as backend;

/// The language every other one falls back to, message by message.
pub const FALLBACK: &str = "en-GB";

/// A value for one of a message's variables: text, or a number (which a
/// message may choose its plural form by).
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// Words, shown as they are.
    Text(Cow<'a, str>),
    /// A number, shown as Rust writes an `f64` ("3", "2.5").
    Number(f64),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(text: &'a String) -> Self {
        Value::Text(Cow::Borrowed(text.as_str()))
    }
}

impl From<String> for Value<'_> {
    fn from(text: String) -> Self {
        Value::Text(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for Value<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Value::Text(text)
    }
}

macro_rules! number_values {
    ($($number:ty)+) => {$(
        impl From<$number> for Value<'_> {
            // As Fluent takes a number: as an f64.
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $number) -> Self {
                Value::Number(n as f64)
            }
        }
    )+};
}
number_values!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize f32 f64);

/// The language being spoken now.
static ACTIVE: RwLock<String> = RwLock::new(String::new());

/// The languages this build speaks, British English among them.
pub fn available() -> Vec<String> {
    let mut all = backend::available();
    all.push(FALLBACK.to_owned());
    all.sort();
    all.dedup();
    all
}

/// Whether this build, or what it was handed, has `lang`'s messages (in
/// the page, British English only once the shell has handed it over).
pub fn holds(lang: &str) -> bool {
    backend::has(lang)
}

/// Hands over the messages of `lang`: natively a Fluent file, in the page
/// what [`page_messages_of`] made of one. They are checked first: messages
/// that do not read change nothing.
pub fn register(lang: &str, text: String) -> Result<(), String> {
    backend::register(lang, text)
}

/// Speaks `lang` from now on, everywhere in this process; a language this
/// build lacks leaves British English.
pub fn set_language(lang: &str) {
    let chosen = if backend::has(lang) { lang } else { FALLBACK };
    if let Ok(mut active) = ACTIVE.write() {
        chosen.clone_into(&mut active);
    }
}

/// The language being spoken now, as its tag (for `lang` attributes).
pub fn language() -> String {
    ACTIVE
        .read()
        .ok()
        .filter(|a| !a.is_empty())
        .map_or_else(|| FALLBACK.to_owned(), |a| a.clone())
}

thread_local! {
    /// Who the words speak to, as a role's id; "other" until she says.
    static ROLE: std::cell::Cell<&'static str> = const { std::cell::Cell::new("other") };
}

/// The role's id the words speak to now on this thread.
fn role_id() -> &'static str {
    ROLE.with(std::cell::Cell::get)
}

/// Chooses the framing words: every message is given `$role`
/// ("family_carer", "professional", "both" or "other"), so a message can
/// say "between visits" to a nurse and "between tasks" to a family carer.
pub fn set_role(role: Option<crate::prefs::Role>) {
    ROLE.with(|r| r.set(role.map_or("other", crate::prefs::Role::id)));
}

/// Runs `f` with the framing words for `role` on this thread, then puts
/// back the role that was there: for the shell, whose commands run on
/// shared threads, so one command's role never leaks into the next.
pub fn with_role<T>(role: Option<crate::prefs::Role>, f: impl FnOnce() -> T) -> T {
    let before = role_id();
    set_role(role);
    let out = f();
    ROLE.with(|r| r.set(before));
    out
}

/// `id` formatted in `lang`, or why not: missing there, or an error
/// formatting it (a variable not given, say).
pub fn format_in(lang: &str, id: &str, args: &[(&str, Value<'_>)]) -> Result<String, String> {
    backend::format(lang, id, args, role_id())
}

/// The message `id` in the active language, with `args` filled in; in
/// British English if her language lacks it or cannot format it; its id
/// if no language has it, which screenshots and golden files make easy to
/// spot.
pub fn tr(id: &str, args: &[(&str, Value<'_>)]) -> String {
    tr_in(&language(), id, args)
}

/// As [`tr`], in `lang` rather than the active language.
pub fn tr_in(lang: &str, id: &str, args: &[(&str, Value<'_>)]) -> String {
    format_in(lang, id, args)
        .or_else(|_| format_in(FALLBACK, id, args))
        .unwrap_or_else(|_| id.to_owned())
}

/// The message `id`, without arguments.
pub fn t(id: &str) -> String {
    tr(id, &[])
}

/// A number with `places` decimals, written with the active language's
/// decimal mark ("3.5", "3,5").
pub fn decimal(value: f64, places: usize) -> String {
    let plain = format!("{value:.places$}");
    match t("number-decimal-mark").as_str() {
        "." | "number-decimal-mark" => plain,
        mark => plain.replace('.', mark),
    }
}

/// As [`decimal`], with its sign always shown ("+1.5", "−0,5" is written
/// "-0,5").
pub fn signed_decimal(value: f64, places: usize) -> String {
    let text = decimal(value, places);
    if value >= 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// The language to speak, from the languages the system asks for (most
/// wanted first, as POSIX locales such as `cs_CZ.UTF-8` or tags such as
/// `cs-CZ`) and those this build has: the first asked-for language found
/// exactly, else by its language alone (`cs-CZ` finds `cs`, `en-AU` finds
/// `en-GB`), else British English.
pub fn negotiate(requested: &[String], available: &[String]) -> String {
    let tags: Vec<String> = requested.iter().filter_map(|r| tag_of(r)).collect();
    let primary = |tag: &str| tag.split('-').next().unwrap_or("").to_ascii_lowercase();
    for tag in &tags {
        if let Some(exact) = available.iter().find(|a| a.eq_ignore_ascii_case(tag)) {
            return exact.clone();
        }
        if let Some(near) = available.iter().find(|a| primary(a) == primary(tag)) {
            return near.clone();
        }
    }
    FALLBACK.to_owned()
}

/// `cs_CZ.UTF-8@euro` as `cs-CZ`; `C` and `POSIX` ask for nothing.
fn tag_of(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next()?.trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::Role;

    #[test]
    fn the_framing_words_follow_the_role() {
        set_role(Some(Role::FamilyCarer));
        assert_eq!(t("practise-between-visits"), "Between tasks");
        assert_eq!(t("tag-hard_visit"), "A hard moment caring");
        for role in [Some(Role::Professional), Some(Role::Both), None] {
            set_role(role);
            assert_eq!(t("practise-between-visits"), "Between visits", "{role:?}");
        }
        // An argument of the caller's own is kept.
        set_role(None);
        assert_eq!(
            tr("help-area-title", &[("area", "Scotland".into())]),
            "Only in Scotland"
        );
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_system_s_languages_are_matched_exactly_then_by_language() {
        let have = strings(&["cs", "en-GB"]);
        assert_eq!(negotiate(&strings(&["cs_CZ.UTF-8"]), &have), "cs");
        assert_eq!(negotiate(&strings(&["de_DE", "cs"]), &have), "cs");
        assert_eq!(negotiate(&strings(&["en_AU.UTF-8", "cs"]), &have), "en-GB");
        assert_eq!(negotiate(&strings(&["de_DE.UTF-8"]), &have), "en-GB");
        assert_eq!(negotiate(&strings(&["C", "POSIX", ""]), &have), "en-GB");
        assert_eq!(negotiate(&[], &have), "en-GB");
    }

    #[test]
    fn a_message_missing_in_her_language_is_said_in_british_english() {
        // Other tests run beside this one: it never changes the language
        // they speak.
        register("xx-test", "app-name = Tend\nnav-today = Dnes\n".to_owned()).unwrap();
        assert!(available().contains(&"xx-test".to_owned()));
        assert_eq!(tr_in("xx-test", "nav-today", &[]), "Dnes");
        assert_eq!(tr_in("xx-test", "nav-settings", &[]), "Settings");
        assert_eq!(tr_in("xx-test", "no-such-message", &[]), "no-such-message");
        assert_eq!(tr_in("not-built-in", "nav-today", &[]), "Today");
        assert!(register("xx-broken", "= no id".to_owned()).is_err());
        assert!(!available().contains(&"xx-broken".to_owned()));
    }
}
