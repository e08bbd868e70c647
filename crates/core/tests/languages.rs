//! Every language is a folder, held to British English: the same message
//! ids in the same file (`tend.ftl`, what the page says; `shell.ftl`, what
//! only the shell says; never one id in both), the same attributes, the
//! same variables; every message formats without a Fluent error in every
//! language; and each language's exercises and guided path keep British
//! English's shape.

// A test: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use tend_core::words::{FALLBACK, Value, format_in};

fn i18n() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/i18n")
}

/// The two files of a language folder.
const FILES: [&str; 2] = ["tend.ftl", "shell.ftl"];

/// Every language folder, by tag, with the text of each of its files (a
/// missing file is empty, and then lacks every message English has there).
fn language_files() -> BTreeMap<String, [String; 2]> {
    fs::read_dir(i18n())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|dir| dir.join("tend.ftl").is_file())
        .map(|dir| {
            let tag = dir.file_name().unwrap().to_str().unwrap().to_owned();
            let read = |file: &str| fs::read_to_string(dir.join(file)).unwrap_or_default();
            (tag, FILES.map(read))
        })
        .collect()
}

/// Every language folder, by tag, with all its messages' text.
fn languages() -> BTreeMap<String, String> {
    language_files()
        .into_iter()
        .map(|(tag, [page, shell])| (tag, format!("{page}\n{shell}")))
        .collect()
}

/// A message's shape: its attributes, and the variables of its value and
/// of each attribute.
type Shape = (BTreeSet<String>, BTreeSet<String>);

fn variables_in(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                variables_in(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_variables(arg, into);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

fn shapes(lang: &str, text: &str) -> BTreeMap<String, Shape> {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{lang}: the messages do not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_in(value, &mut variables);
            }
            let mut attributes = BTreeSet::new();
            for attribute in &message.attributes {
                attributes.insert(attribute.id.name.to_owned());
                variables_in(&attribute.value, &mut variables);
            }
            // Every message is given $role; using it is a language's choice.
            variables.remove("role");
            out.insert(message.id.name.to_owned(), (attributes, variables));
        }
    }
    out
}

#[test]
fn every_language_has_british_english_s_messages_attributes_and_variables() {
    let all = language_files();
    let english: Vec<_> = (0..FILES.len())
        .map(|f| shapes(FALLBACK, &all[FALLBACK][f]))
        .collect();
    assert!(english[0].len() > 300, "{}", english[0].len());
    assert!(english[1].len() > 100, "{}", english[1].len());
    for (lang, texts) in &all {
        let ours: Vec<_> = texts.iter().map(|text| shapes(lang, text)).collect();
        let both: Vec<_> = ours[0]
            .keys()
            .filter(|id| ours[1].contains_key(*id))
            .collect();
        assert!(both.is_empty(), "{lang}: in both files: {both:?}");
        for (f, file) in FILES.iter().enumerate() {
            let missing: Vec<_> = english[f]
                .keys()
                .filter(|id| !ours[f].contains_key(*id))
                .collect();
            let extra: Vec<_> = ours[f]
                .keys()
                .filter(|id| !english[f].contains_key(*id))
                .collect();
            assert!(missing.is_empty(), "{lang}/{file} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{lang}/{file} has messages English's lacks: {extra:?}"
            );
            for (id, shape) in &english[f] {
                assert_eq!(
                    &ours[f][id], shape,
                    "{lang}: {id} differs in attributes or variables"
                );
            }
        }
    }
}

#[test]
fn the_page_is_handed_its_own_file_and_the_shell_speaks_both() {
    for (lang, [page, shell]) in language_files() {
        let plurals = fs::read_to_string(i18n().join(&lang).join("plural.txt")).unwrap();
        assert_eq!(
            tend_core::words::page_messages_of(&lang),
            Some(tend_core::words::page::compile(&page, &plurals).unwrap()),
            "{lang}"
        );
        let whole = tend_core::words::messages_of(&lang).unwrap();
        assert!(
            whole.starts_with(&page) && whole.ends_with(&shell),
            "{lang}"
        );
    }
}

#[test]
fn every_message_formats_without_a_fluent_error_in_every_language() {
    for (lang, text) in languages() {
        for (id, (_, variables)) in shapes(&lang, &text) {
            let has_value = fluent_syntax::parser::parse(text.as_str())
                .map(|r| {
                    r.body.iter().any(
                        |e| matches!(e, Entry::Message(m) if m.id.name == id && m.value.is_some()),
                    )
                })
                .unwrap_or(false);
            if !has_value {
                continue;
            }
            // Numbers for every variable: each plural form is reached by
            // one of these, and a text variable takes a number as well.
            for n in [0, 1, 2, 5, 21] {
                let args: Vec<(&str, Value<'_>)> =
                    variables.iter().map(|v| (v.as_str(), n.into())).collect();
                let formatted = format_in(&lang, &id, &args);
                assert!(
                    formatted.is_ok(),
                    "{lang}: {id} with {n}: {:?}",
                    formatted.err()
                );
            }
        }
    }
}

#[test]
fn each_language_s_content_keeps_british_english_s_shape() {
    for lang in languages().keys() {
        let content = tend_core::content::Content::load_in(lang).unwrap();
        assert!(content.catalogue.exercises.len() >= 12, "{lang}");
    }
}

/// Each language's wording of the helplines names real lines, keeps every
/// emergency number's digits, and is what Get help shows in it.
#[test]
fn every_languages_helpline_words_fit_the_helplines_and_are_shown() {
    for lang in tend_core::words::available() {
        let shown = tend_core::content::helplines_in(&lang).unwrap();
        let english = tend_core::content::helplines().unwrap();
        for (ours, theirs) in shown.countries.iter().zip(&english.countries) {
            for (a, b) in ours.lines.iter().zip(&theirs.lines) {
                assert_eq!(
                    (&a.number, &a.source, a.checked_on),
                    (&b.number, &b.source, b.checked_on)
                );
                if a.lang.is_some() {
                    assert_ne!(a.when, b.when, "{lang} {} {}", ours.code, a.number);
                }
            }
        }
    }
    let cz = tend_core::content::helplines_in("cs").unwrap();
    let cz = cz.country("CZ").unwrap();
    assert!(
        cz.lines.iter().all(|l| l.words_lang() == "cs"),
        "every Czech line worded in Czech"
    );
    assert_eq!(cz.emergency.lang.as_deref(), Some("cs"));
    assert!(
        cz.emergency.numbers.contains("záchranná"),
        "{}",
        cz.emergency.numbers
    );
    let gb = tend_core::content::helplines_in("cs").unwrap();
    assert!(
        gb.country("GB")
            .unwrap()
            .lines
            .iter()
            .all(|l| l.words_lang() == "en-GB")
    );
}

/// A wording that names a line that is not there, or changes an emergency
/// number, is refused.
#[test]
fn a_helpline_wording_that_does_not_fit_is_refused() {
    let english = tend_core::content::helplines().unwrap();
    let words = |json: &str| -> tend_core::helpline_words::HelplineWords {
        serde_json::from_str(json).unwrap()
    };
    let no_line = words(
        r#"{"lang":"cs","about":"x","lines":[{"country":"CZ","number":"000","when":"a","for":"b"}]}"#,
    );
    assert!(english.clone().with_words(&no_line).is_err());
    let other_digits =
        words(r#"{"lang":"cs","about":"x","emergency":[{"country":"CZ","numbers":"911"}]}"#);
    assert!(english.clone().with_words(&other_digits).is_err());
    let empty = words(
        r#"{"lang":"cs","about":"x","lines":[{"country":"CZ","number":"116 111","when":" ","for":"b"}]}"#,
    );
    assert!(english.with_words(&empty).is_err());
}
