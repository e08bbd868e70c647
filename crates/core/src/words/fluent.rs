//! The shell's messages: every language built in, formatted by
//! `fluent-bundle`; and what the page is handed of them.

use super::{FALLBACK, Value, page};
use crate::per_language::PerLanguage;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;
use std::sync::{Mutex, RwLock};

/// British English as this build speaks it, the page's file and the
/// shell's.
const EN_GB: &str = concat!(
    include_str!("../../../../assets/i18n/en-GB/tend.ftl"),
    "\n",
    include_str!("../../../../assets/i18n/en-GB/shell.ftl")
);

/// Messages handed over at run time (the pseudo-language of the tests),
/// by language.
static REGISTERED: RwLock<BTreeMap<String, &'static str>> = RwLock::new(BTreeMap::new());

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
    crate::built_in::MESSAGES
        .iter()
        .find(|(tag, _)| *tag == lang)
        .map(|(_, text)| *text)
}

pub(super) fn has(lang: &str) -> bool {
    text_of(lang).is_some()
}

/// All the messages of `lang` (the page's and the shell's) as written in
/// its folder; none if this build lacks the language.
pub fn messages_of(lang: &str) -> Option<&'static str> {
    text_of(lang)
}

/// The plural rules of `lang` as its folder's `plural.txt` gives them; a
/// language handed over at run time follows British English's.
pub fn plural_rules_of(lang: &str) -> &'static str {
    let of = |tag: &str| {
        crate::built_in::PLURALS
            .iter()
            .find(|(t, _)| *t == tag)
            .map(|(_, text)| *text)
    };
    of(lang).or_else(|| of(FALLBACK)).unwrap_or_default()
}

/// What the page says in `lang` (its `tend.ftl`, or the whole of a
/// language handed over at run time), read by Fluent's parser and written
/// in the form the page reads back ([`page::compile`]); made once per
/// language. None if this build lacks the language or its messages do not
/// read.
pub fn page_messages_of(lang: &str) -> Option<String> {
    static MADE: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());
    if let Some(made) = MADE.lock().ok().and_then(|m| m.get(lang).cloned()) {
        return Some(made);
    }
    let text = crate::built_in::PAGE_MESSAGES
        .iter()
        .find(|(tag, _)| *tag == lang)
        .map(|(_, text)| *text)
        .or_else(|| text_of(lang))?;
    let made = page::compile(text, plural_rules_of(lang)).ok()?;
    if let Ok(mut map) = MADE.lock() {
        map.insert(lang.to_owned(), made.clone());
    }
    Some(made)
}

/// The languages built in or handed over.
pub(super) fn available() -> Vec<String> {
    let mut all: Vec<String> = crate::built_in::MESSAGES
        .iter()
        .map(|(tag, _)| (*tag).to_owned())
        .collect();
    if let Ok(map) = REGISTERED.read() {
        all.extend(map.keys().cloned());
    }
    all
}

pub(super) fn register(lang: &str, text: String) -> Result<(), String> {
    let resource = FluentResource::try_new(text.clone())
        .map_err(|(_, errors)| format!("the {lang} messages do not parse: {errors:?}"))?;
    BUNDLES.replace(lang, bundle_of(lang, resource));
    let leaked: &'static str = Box::leak(text.into_boxed_str());
    if let Ok(mut map) = REGISTERED.write() {
        map.insert(lang.to_owned(), leaked);
    }
    Ok(())
}

type Bundle = FluentBundle<FluentResource>;

fn bundle_of(lang: &str, resource: FluentResource) -> Bundle {
    let tag = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Isolation marks would show up as stray characters in plain text.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Each language's messages, parsed the first time any thread speaks it
/// and shared by all of them for the life of the program. (Each thread
/// parsed its own copy until December 2026: the shell's window, command,
/// reminder and tray threads held up to six.)
static BUNDLES: PerLanguage<Bundle> = PerLanguage::new();

fn bundle(lang: &str) -> Option<&'static Bundle> {
    BUNDLES
        .get_or_make(lang, || {
            let resource = FluentResource::try_new(text_of(lang).ok_or(())?.to_owned())
                .unwrap_or_else(|(partial, _errors)| partial);
            Ok::<_, ()>(bundle_of(lang, resource))
        })
        .ok()
}

fn fluent_value<'a>(value: &Value<'a>) -> FluentValue<'a> {
    match value {
        Value::Text(text) => FluentValue::String(text.clone()),
        Value::Number(n) => FluentValue::from(*n),
    }
}

pub(super) fn format(
    lang: &str,
    id: &str,
    args: &[(&str, Value<'_>)],
    role: &'static str,
) -> Result<String, String> {
    let bundle = bundle(lang).ok_or_else(|| format!("no messages in {lang}"))?;
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| format!("{id} is not in {lang}"))?;
    let mut fluent_args = FluentArgs::new();
    fluent_args.set("role", role);
    for (name, value) in args {
        fluent_args.set(*name, fluent_value(value));
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned();
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(format!("{id} in {lang}: {errors:?}"))
    }
}
