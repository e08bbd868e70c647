//! The page's messages (`words::page`) say exactly what `fluent-bundle`
//! says: for every message of every language folder, with every role and
//! numbers and words that reach each variant; each folder's plural rules
//! choose the forms `fluent-bundle`'s own rules choose; and what is not
//! the shell's writing is refused whole, never half read.

// A test: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::fs;
use std::path::{Path, PathBuf};
use tend_core::prefs::Role;
use tend_core::words::page::{Messages, Plurals, compile};
use tend_core::words::{self, Value};

fn i18n() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/i18n")
}

/// Every language folder's tag.
fn languages() -> Vec<String> {
    let mut all: Vec<String> = fs::read_dir(i18n())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|dir| dir.join("tend.ftl").is_file())
        .map(|dir| dir.file_name().unwrap().to_str().unwrap().to_owned())
        .collect();
    all.sort();
    all
}

fn read(lang: &str, file: &str) -> String {
    fs::read_to_string(i18n().join(lang).join(file)).unwrap_or_default()
}

/// The ids of the messages with a value in `ftl`.
fn ids(ftl: &str) -> Vec<String> {
    let resource = fluent_syntax::parser::parse(ftl).unwrap();
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) if m.value.is_some() => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// The variables a message's value names.
fn variables(ftl: &str, id: &str) -> Vec<String> {
    fn in_pattern(pattern: &Pattern<&str>, found: &mut Vec<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                in_expression(expression, found);
            }
        }
    }
    fn in_expression(expression: &Expression<&str>, found: &mut Vec<String>) {
        let mut name = |inline: &InlineExpression<&str>| {
            if let InlineExpression::VariableReference { id } = inline
                && !found.iter().any(|f| f == id.name)
            {
                found.push(id.name.to_owned());
            }
        };
        match expression {
            Expression::Inline(InlineExpression::Placeable { expression }) => {
                in_expression(expression, found);
            }
            Expression::Inline(inline) => name(inline),
            Expression::Select { selector, variants } => {
                name(selector);
                for variant in variants {
                    in_pattern(&variant.value, found);
                }
            }
        }
    }
    let resource = fluent_syntax::parser::parse(ftl).unwrap();
    let mut found = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry
            && m.id.name == id
            && let Some(value) = &m.value
        {
            in_pattern(value, &mut found);
        }
    }
    found
}

/// Values that reach every variant Tend's messages have: each plural form
/// in every language, the number keys, fractions, and words.
fn values() -> Vec<Value<'static>> {
    let mut all: Vec<Value<'static>> = [
        0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 11.0, 12.0, 21.0, 22.0, 25.0, 100.0, 101.0, 1000.0, -1.0,
        0.5, 1.5, 2.25, 10.1,
    ]
    .into_iter()
    .map(Value::from)
    .collect();
    for text in [
        "",
        "Ana",
        "1",
        "one",
        "few",
        "other",
        "family_carer",
        "<b>&",
    ] {
        all.push(Value::from(text));
    }
    all
}

const ROLES: [Option<Role>; 4] = [
    Some(Role::FamilyCarer),
    Some(Role::Professional),
    Some(Role::Both),
    None,
];

fn role_id(role: Option<Role>) -> &'static str {
    role.map_or("other", Role::id)
}

/// Both ways of saying `id` in `lang` with `args`, the page's and Fluent's.
fn both(
    lang: &str,
    page: &Messages,
    id: &str,
    args: &[(&str, Value<'_>)],
    role: Option<Role>,
) -> (Result<String, String>, Result<String, String>) {
    let ours = page.format(id, args, role_id(role));
    let fluent = words::with_role(role, || words::format_in(lang, id, args));
    (ours, fluent)
}

#[test]
fn the_page_says_what_fluent_says_for_every_message_of_every_language() {
    let mut compared = 0;
    for lang in languages() {
        let page_ftl = read(&lang, "tend.ftl");
        let text = words::page_messages_of(&lang).unwrap();
        let page = Messages::read(text).unwrap();
        for id in ids(&page_ftl) {
            let names = variables(&page_ftl, &id);
            for role in ROLES {
                // Every variable given a value, each a different one in
                // turn, then none at all.
                let all = values();
                for k in 0..all.len() {
                    let args: Vec<(&str, Value<'_>)> = names
                        .iter()
                        .enumerate()
                        .map(|(j, n)| (n.as_str(), all[(k + j) % all.len()].clone()))
                        .collect();
                    let (ours, fluent) = both(&lang, &page, &id, &args, role);
                    assert!(fluent.is_ok(), "{lang}: {id} with {args:?}: {fluent:?}");
                    assert_eq!(
                        ours.ok(),
                        fluent.ok(),
                        "{lang}: {id} with {args:?}, {role:?}"
                    );
                    compared += 1;
                }
                let (ours, fluent) = both(&lang, &page, &id, &[], role);
                assert_eq!(ours.is_ok(), fluent.is_ok(), "{lang}: {id} with nothing");
                assert_eq!(ours.ok(), fluent.ok(), "{lang}: {id} with nothing");
            }
            // A role given as an argument wins over her role, in both.
            let args = [("role", Value::from("family_carer"))];
            let (ours, fluent) = both(&lang, &page, &id, &args, Some(Role::Professional));
            if !names.is_empty() && names.iter().all(|n| n == "role") {
                assert_eq!(ours.ok(), fluent.ok(), "{lang}: {id} with her role given");
            }
        }
    }
    assert!(compared > 10_000, "only {compared} compared");
}

#[test]
fn the_page_is_handed_its_own_messages_and_no_others() {
    for lang in languages() {
        let page = Messages::read(words::page_messages_of(&lang).unwrap()).unwrap();
        let ftl = read(&lang, "tend.ftl");
        for id in ids(&ftl) {
            let names = variables(&ftl, &id);
            let args: Vec<(&str, Value<'_>)> =
                names.iter().map(|n| (n.as_str(), Value::from(1))).collect();
            assert!(page.format(&id, &args, "other").is_ok(), "{lang}: {id}");
        }
        for id in ids(&read(&lang, "shell.ftl")) {
            assert_eq!(
                page.format(&id, &[], "other"),
                Err(format!("{id} is not here")),
                "{lang}: the shell's {id} reached the page"
            );
        }
    }
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

#[test]
fn each_folder_s_plural_rules_choose_what_fluent_s_rules_choose() {
    for lang in languages() {
        let text = read(&lang, "plural.txt");
        assert!(!text.trim().is_empty(), "{lang} has no plural.txt");
        let ours = Plurals::parse(&text).unwrap();
        // As fluent-bundle finds a language's rules: the tag, else its
        // language alone ("en-GB" has CLDR's "en"), else English's.
        let tag: unic_langid::LanguageIdentifier = lang.parse().unwrap();
        let alone: unic_langid::LanguageIdentifier = tag.language.as_str().parse().unwrap();
        let theirs = PluralRules::create(tag, PluralRuleType::CARDINAL)
            .or_else(|_| PluralRules::create(alone, PluralRuleType::CARDINAL))
            .unwrap();
        let mut numbers: Vec<f64> = (0..=1200).map(f64::from).collect();
        numbers.extend((0..=400).map(|n| f64::from(n) / 10.0));
        numbers.extend((0..=400).map(|n| f64::from(n) / 100.0));
        numbers.extend([-1.0, -2.0, -5.0, -1.5, 1e6, 123_456.789]);
        for n in numbers {
            let expected = category_name(theirs.select(n).unwrap());
            assert_eq!(ours.category(n), expected, "{lang}: {n}");
        }
    }
}

#[test]
fn cldr_s_rule_forms_are_read() {
    // Forms other languages' rules use: modulus, lists, ranges, "or".
    let polish = Plurals::parse(
        "one: i = 1 and v = 0\n\
         few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14\n\
         many: v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14 @integer 0, 5~19",
    )
    .unwrap();
    let theirs = PluralRules::create(
        "pl".parse::<unic_langid::LanguageIdentifier>().unwrap(),
        PluralRuleType::CARDINAL,
    )
    .unwrap();
    for n in 0..=300 {
        let n = f64::from(n);
        assert_eq!(
            polish.category(n),
            category_name(theirs.select(n).unwrap()),
            "{n}"
        );
    }
    for bad in [
        "one i = 1",
        "single: i = 1",
        "other: i = 1",
        "one: q = 1",
        "one: i = x",
        "one: i % 0 = 1",
        "one: i = 1..",
        "one: i mod = 1",
    ] {
        assert!(Plurals::parse(bad).is_err(), "{bad:?} was read");
    }
}

/// A small, repeatable stream of numbers for building bad input.
struct Stream(u64);

impl Stream {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

#[test]
fn what_is_not_the_shell_s_writing_is_refused_whole() {
    let good = compile(
        "a = A { $n }\nb = { $n ->\n [one] one\n *[other] many\n }\n",
        "one: i = 1",
    )
    .unwrap();
    assert!(Messages::read(good.clone()).is_ok());
    let bad = [
        // Marks out of place, cut short, or in the wrong order.
        good.replace('\u{1f}', ""),
        good.replace('\u{2}', ""),
        good.replace('\u{6}', ""),
        good.replace('\u{5}', ""),
        good.replace('\u{4}', ""),
        good.replace("*other", "other"),
        good.replace("one\u{4}", "*one\u{4}"),
        good.replace("one\u{4}", "#x\u{4}"),
        good.replace("\u{1e}b", "\u{1e}a"),
        format!("{good}\u{1e}a\u{1f}again"),
        format!("{good}\u{5}"),
        format!("{good}\u{1e}\u{1f}no id"),
        format!("{good}\u{1e}c\u{1f}\u{4}"),
        // Names, ids and keys that are not Fluent identifiers.
        good.replace("\u{1}n\u{2}", "\u{1}\u{2}"),
        good.replace("\u{1}n\u{2}", "\u{1}n\u{4}b\u{2}"),
        good.replace("\u{1e}a\u{1f}", "\u{1e}a\u{2}\u{1f}"),
        good.replace("one\u{4}", "a b\u{4}"),
        good.replace("one\u{4}", "#+5\u{4}"),
        // Choices inside choices past any depth a message needs.
        format!(
            "{good}\u{1e}c\u{1f}{}x{}",
            "\u{3}n\u{2}*other\u{4}".repeat(40),
            "\u{5}\u{6}".repeat(40)
        ),
        format!("one: q = 1{}", &good[good.find('\u{1e}').unwrap()..]),
    ];
    for (i, text) in bad.into_iter().enumerate() {
        assert!(
            Messages::read(text.clone()).is_err(),
            "bad input {i} was read: {text:?}"
        );
    }
    // Anything at all: read or refused, never a panic, and what is read
    // formats (or says why not) without one either.
    let alphabet: Vec<char> = "ab$# *\n.\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{1e}\u{1f}čé"
        .chars()
        .collect();
    let mut stream = Stream(7);
    for _ in 0..20_000 {
        let len = stream.next() % 40;
        let text: String = (0..len)
            .map(|_| alphabet[stream.next() % alphabet.len()])
            .collect();
        if let Ok(read) = Messages::read(text) {
            for id in ["a", "b", "", "$"] {
                let _ = read.format(id, &[("a", Value::from(1))], "other");
            }
        }
    }
}

#[test]
fn what_the_page_could_not_follow_exactly_is_not_handed_over() {
    for ftl in [
        "a = { b }\nb = B\n",
        "-t = T\na = { -t }\n",
        "a = { NUMBER($n) }\n",
        "a = { 5 }\n",
        "a = { \"\\u0041\" }\n",
        "a = { $n ->\n [1.5] x\n *[other] y\n }\n",
        "a = { b ->\n *[other] y\n }\nb = B\n",
        "a = A\nb\n",
    ] {
        assert!(compile(ftl, "").is_err(), "{ftl:?} was handed over");
    }
    assert!(compile("a = A\n", "one: nonsense").is_err());
    // The form's own marks, in a string literal, the plural rules or text.
    for ftl in [
        "a = { \"\u{1}n\u{2}\" }\n",
        "a = { \"\u{1e}\" }\n",
        "a = x\u{5}y\n",
    ] {
        assert!(compile(ftl, "").is_err(), "{ftl:?} was handed over");
    }
    assert!(compile("a = A\n", "one: i = 1\u{1e}").is_err());
    // More placeables than fluent-bundle writes.
    let many = format!("a = {}\n", "{ $n }".repeat(101));
    assert!(compile(&many, "").is_err());
    let enough = format!("a = {}\n", "{ $n }".repeat(100));
    assert!(compile(&enough, "").is_ok());
}

#[test]
fn the_first_entry_of_an_id_counts_as_in_fluent_bundle() {
    // A term and a message share their ids in fluent-bundle; so does a
    // message without a value and one with.
    for ftl in ["-brand = T\nbrand = B\n", "a =\n    .title = T\na = A\n"] {
        let page = Messages::read(compile(ftl, "").unwrap()).unwrap();
        for id in ["brand", "a"] {
            assert!(page.format(id, &[], "other").is_err(), "{ftl:?}: {id}");
        }
    }
    let page = Messages::read(compile("a = First\na = Second\n", "").unwrap()).unwrap();
    assert_eq!(page.format("a", &[], "other"), Ok("First".to_owned()));
    // Rules with tabs between their words read back as they were checked.
    let text = compile("a = A\n", "one: i\t%\t10 = 1").unwrap();
    assert!(Messages::read(text).is_ok());
}
