//! Every sentence Tend shows or writes comes from the Fluent file of the
//! user's language, one folder each: `assets/i18n/<lang>/tend.ftl`. A
//! message missing from her language is said in British English, message
//! by message. The screens, the shell (tray, notifications) and the
//! exported documents share this one lookup.
//!
//! Each folder holds two files: `tend.ftl`, what the page says, and
//! `shell.ftl`, what only the shell says (the documents, notifications,
//! the tray, the tend command and the parts of screens it writes). Natively
//! every language found in `assets/i18n/` is built in, both files. The
//! UI's wasm holds British English's `tend.ftl` only and is handed the
//! active language's by the shell ([`register`], [`page_messages_of`]), so
//! another language costs the page nothing until it is chosen, and the
//! page never carries what only the shell says.

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::RwLock;

pub use fluent_bundle::FluentValue;

/// The language every other one falls back to, message by message.
pub const FALLBACK: &str = "en-GB";

/// British English as this build speaks it: the page's messages in the
/// UI's wasm, and the shell's too natively.
#[cfg(target_arch = "wasm32")]
const EN_GB: &str = include_str!("../../../assets/i18n/en-GB/tend.ftl");
#[cfg(not(target_arch = "wasm32"))]
const EN_GB: &str = concat!(
    include_str!("../../../assets/i18n/en-GB/tend.ftl"),
    "\n",
    include_str!("../../../assets/i18n/en-GB/shell.ftl")
);

/// Messages handed over at run time (the UI's), by language.
static REGISTERED: RwLock<BTreeMap<String, &'static str>> = RwLock::new(BTreeMap::new());

/// The language being spoken now.
static ACTIVE: RwLock<String> = RwLock::new(String::new());

/// The messages of `lang`, if this build has them.
fn text_of(lang: &str) -> Option<&'static str> {
    if lang == FALLBACK {
        return Some(EN_GB);
    }
    if let Some(text) = REGISTERED
        .read()
        .ok()
        .and_then(|map| map.get(lang).copied())
    {
        return Some(text);
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some((_, text)) = crate::built_in::MESSAGES
        .iter()
        .find(|(tag, _)| *tag == lang)
    {
        return Some(text);
    }
    None
}

/// All the messages of `lang` (the page's and the shell's) as written in
/// its folder; none if this build lacks the language.
pub fn messages_of(lang: &str) -> Option<&'static str> {
    text_of(lang)
}

/// What the page says in `lang` (its `tend.ftl`), for handing to the page;
/// a language handed over at run time is handed on whole.
pub fn page_messages_of(lang: &str) -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some((_, text)) = crate::built_in::PAGE_MESSAGES
        .iter()
        .find(|(tag, _)| *tag == lang)
    {
        return Some(text);
    }
    text_of(lang)
}

/// The languages this build speaks, British English among them.
pub fn available() -> Vec<String> {
    let mut all: Vec<String> = vec![FALLBACK.to_owned()];
    if let Ok(map) = REGISTERED.read() {
        all.extend(map.keys().cloned());
    }
    #[cfg(not(target_arch = "wasm32"))]
    all.extend(
        crate::built_in::MESSAGES
            .iter()
            .map(|(tag, _)| (*tag).to_owned()),
    );
    all.sort();
    all.dedup();
    all
}

/// Hands over the messages of `lang` (the UI gets them from the shell).
/// They are checked first: a file that does not parse changes nothing.
pub fn register(lang: &str, text: String) -> Result<(), String> {
    let resource = FluentResource::try_new(text.clone())
        .map_err(|(_, errors)| format!("the {lang} messages do not parse: {errors:?}"))?;
    // Parsed once: this thread's bundle is made from the same parse (the
    // page has one thread, and renders nothing before her language).
    let made = Rc::new(bundle_of(lang, resource));
    BUNDLES.with(|bundles| bundles.borrow_mut().insert(lang.to_owned(), made));
    let leaked: &'static str = Box::leak(text.into_boxed_str());
    if let Ok(mut map) = REGISTERED.write() {
        map.insert(lang.to_owned(), leaked);
    }
    Ok(())
}

/// Speaks `lang` from now on, everywhere in this process; a language this
/// build lacks leaves British English.
pub fn set_language(lang: &str) {
    let chosen = if text_of(lang).is_some() {
        lang
    } else {
        FALLBACK
    };
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

fn bundle_for(lang: &str, text: &str) -> FluentBundle<FluentResource> {
    let resource =
        FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _errors)| partial);
    bundle_of(lang, resource)
}

fn bundle_of(lang: &str, resource: FluentResource) -> FluentBundle<FluentResource> {
    let tag = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![tag]);
    // Isolation marks would show up as stray characters in plain text.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

thread_local! {
    /// Each thread's bundles, made the first time a language is used there.
    static BUNDLES: RefCell<BTreeMap<String, Rc<FluentBundle<FluentResource>>>> =
        const { RefCell::new(BTreeMap::new()) };

    /// Who the words speak to, as a role's id; "other" until she says.
    static ROLE: std::cell::Cell<&'static str> = const { std::cell::Cell::new("other") };
}

fn bundle(lang: &str) -> Option<Rc<FluentBundle<FluentResource>>> {
    BUNDLES.with(|bundles| {
        if let Some(b) = bundles.borrow().get(lang) {
            return Some(b.clone());
        }
        let made = Rc::new(bundle_for(lang, text_of(lang)?));
        bundles.borrow_mut().insert(lang.to_owned(), made.clone());
        Some(made)
    })
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
    let before = ROLE.with(std::cell::Cell::get);
    set_role(role);
    let out = f();
    ROLE.with(|r| r.set(before));
    out
}

/// `id` formatted in `lang`, or why not: missing there, or a Fluent error.
pub fn format_in(
    lang: &str,
    id: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Result<String, Vec<FluentError>> {
    let Some(bundle) = bundle(lang) else {
        return Err(Vec::new());
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return Err(Vec::new());
    };
    let mut fluent_args = FluentArgs::new();
    fluent_args.set("role", ROLE.with(std::cell::Cell::get));
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned();
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(errors)
    }
}

/// The message `id` in the active language, with `args` filled in; in
/// British English if her language lacks it or cannot format it; its id
/// if no language has it, which screenshots and golden files make easy to
/// spot.
pub fn tr(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in(&language(), id, args)
}

/// As [`tr`], in `lang` rather than the active language.
pub fn tr_in(lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
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
