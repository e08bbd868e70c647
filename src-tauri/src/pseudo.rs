//! A pseudo-language for the end-to-end tests (`test-switches` only):
//! every British English message and every exercise and path text with
//! its consonants swapped for accented look-alikes (fluent-pseudo keeps
//! the vowels), so any
//! plain English left on a screen is English that no language folder can
//! reach. It is spoken only when `TEND_TEST_PSEUDO` is set.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde_json::Value;
use tend_core::content::Content;
use tend_core::words;

/// The pseudo-language's tag (a private-use region, as CLDR's own
/// pseudo-locales use).
pub(crate) const TAG: &str = "en-XA";

fn swap(text: &str) -> String {
    fluent_pseudo::transform(text, false, false).into_owned()
}

fn pattern(p: &mut Pattern<String>) {
    for element in &mut p.elements {
        match element {
            PatternElement::TextElement { value } => *value = swap(value),
            PatternElement::Placeable { expression } => expression_of(expression),
        }
    }
}

fn expression_of(e: &mut Expression<String>) {
    match e {
        Expression::Select { variants, .. } => {
            for variant in variants {
                pattern(&mut variant.value);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_of(expression);
        }
        Expression::Inline(_) => {}
    }
}

/// British English's messages with every text swapped; variables, selectors
/// and references kept.
pub(crate) fn messages() -> String {
    let english = words::messages_of(words::FALLBACK).unwrap_or_default();
    let mut resource = fluent_syntax::parser::parse(english.to_owned()).unwrap_or_else(|(r, _)| r);
    for entry in &mut resource.body {
        let (value, attributes) = match entry {
            Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
            Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
            _ => continue,
        };
        if let Some(value) = value {
            pattern(value);
        }
        for attribute in attributes {
            pattern(&mut attribute.value);
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// Registers the pseudo-language when the tests ask for it.
pub(crate) fn register_if_asked() {
    if crate::switches::pseudo() {
        let _ = words::register(TAG, messages());
    }
}

/// The texts a person reads in the exercises and the path; ids stay.
const TEXT_KEYS: [&str; 7] = [
    "about", "title", "origin", "summary", "cautions", "text", "idea",
];

fn swap_texts(value: &mut Value, key: Option<&str>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                swap_texts(v, Some(k));
            }
        }
        Value::Array(items) => {
            for item in items {
                swap_texts(item, key);
            }
        }
        Value::String(text) if key.is_some_and(|k| TEXT_KEYS.contains(&k)) => *text = swap(text),
        _ => {}
    }
}

fn swapped<T: serde::Serialize + serde::de::DeserializeOwned>(value: &T) -> Result<T, String> {
    let mut json = serde_json::to_value(value).map_err(|e| e.to_string())?;
    swap_texts(&mut json, None);
    if let Value::Object(map) = &mut json {
        map.insert("lang".into(), Value::String(TAG.into()));
    }
    serde_json::from_value(json).map_err(|e| e.to_string())
}

/// British English content with the exercises' and the path's texts
/// swapped. Questionnaires stay as published; helplines as their sources
/// give them.
pub(crate) fn content() -> Result<Content, String> {
    let mut content = Content::load_in(words::FALLBACK)?;
    content.catalogue = swapped(&content.catalogue)?;
    content.path = swapped(&content.path)?;
    Ok(content)
}

#[cfg(test)]
mod tests {
    fn is_consonant(c: char) -> bool {
        c.is_ascii_alphabetic() && !"aeiouAEIOU".contains(c)
    }

    #[test]
    fn every_message_keeps_its_id_and_its_placeables_and_loses_its_english_consonants() {
        let text = super::messages();
        let bundle =
            fluent_syntax::parser::parse(text.as_str()).expect("the pseudo messages parse");
        let english = tend_core::words::messages_of("en-GB").unwrap();
        let ids = |t: &str| {
            fluent_syntax::parser::parse(t)
                .unwrap()
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&text), ids(english));
        assert!(!bundle.body.is_empty());
        tend_core::words::register(super::TAG, text).unwrap();
        let said = tend_core::words::tr_in(super::TAG, "checkin-saved", &[]);
        assert!(!said.chars().any(is_consonant), "{said}");
        let with =
            tend_core::words::tr_in(super::TAG, "export-saved", &[("path", "/tmp/x".into())]);
        assert!(with.contains("/tmp/x"), "{with}");
    }

    #[test]
    fn the_content_keeps_its_ids_and_its_shape() {
        let content = crate::pseudo::content().unwrap();
        let english = tend_core::content::Content::load_in("en-GB").unwrap();
        assert_eq!(
            content.catalogue.exercises.len(),
            english.catalogue.exercises.len()
        );
        for (a, b) in content
            .catalogue
            .exercises
            .iter()
            .zip(&english.catalogue.exercises)
        {
            assert_eq!(a.id, b.id);
            assert_ne!(a.title, b.title);
            assert!(!a.title.chars().any(is_consonant), "{}", a.title);
        }
    }
}
