//! An argument of a sentence (`said::Arg`) is read by its own
//! `Deserialize`, written to accept exactly what serde's untagged derive
//! accepts. Here the derive itself stands beside it: every JSON value below,
//! and many made at random, is read by both, and both must agree on whether
//! it reads and on what it reads as.

// A test: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde::Deserialize;
use serde::de::value::{
    BoolDeserializer, BorrowedStrDeserializer, BytesDeserializer, CharDeserializer,
    F64Deserializer, I8Deserializer, I128Deserializer, SeqAccessDeserializer, U64Deserializer,
    U128Deserializer, UnitDeserializer,
};
use serde::de::{DeserializeSeed, Deserializer, SeqAccess};
use tend_core::said::{Arg, Said};

/// What the derive made of `Arg` before: the same variants, untagged.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(untagged)]
enum Derived {
    Number(i64),
    Text(String),
    Said(Box<DerivedSaid>),
}

#[derive(Debug, PartialEq, Deserialize)]
struct DerivedSaid {
    id: String,
    #[serde(default)]
    args: Vec<(String, Derived)>,
}

fn derived(arg: &Arg) -> Derived {
    match arg {
        Arg::Number(n) => Derived::Number(*n),
        Arg::Text(text) => Derived::Text(text.clone()),
        Arg::Said(said) => Derived::Said(Box::new(derived_said(said))),
    }
}

fn derived_said(said: &Said) -> DerivedSaid {
    DerivedSaid {
        id: said.id.clone(),
        args: said
            .args
            .iter()
            .map(|(name, arg)| (name.clone(), derived(arg)))
            .collect(),
    }
}

/// Both readings of `json`, as `Derived`, so they can be compared.
fn both(json: &str) -> (Option<Derived>, Option<Derived>) {
    let ours = serde_json::from_str::<Arg>(json).ok().map(|a| derived(&a));
    let theirs = serde_json::from_str::<Derived>(json).ok();
    (ours, theirs)
}

const CASES: &[&str] = &[
    // Numbers: whole, at and past i64's ends, and not whole.
    "0",
    "7",
    "-7",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "1.0",
    "1.5",
    "-0.0",
    "1e3",
    "-1e400",
    // Texts, with escapes and other scripts.
    "\"\"",
    "\"600\"",
    "\"Vera \\\"V\\\" Nováková\"",
    "\"\\ud83d\\ude42 ok\"",
    "\"line\\nbreak\"",
    // Neither.
    "true",
    "false",
    "null",
    "[]",
    "{}",
    // Sentences as maps: with and without arguments, nested, unknown and
    // repeated fields, wrong kinds.
    r#"{"id":"a"}"#,
    r#"{"id":"a","args":[]}"#,
    r#"{"id":"a","args":[["n",5],["t","x"]]}"#,
    r#"{"id":"a","args":[["inner",{"id":"b","args":[["n",-1]]}]]}"#,
    r#"{"id":"a","args":[["n",1.5]]}"#,
    r#"{"id":"a","args":[["n",9223372036854775808]]}"#,
    r#"{"id":"a","args":[["n"]]}"#,
    r#"{"id":"a","args":[["n",1,2]]}"#,
    r#"{"id":"a","args":[[1,1]]}"#,
    r#"{"id":"a","args":null}"#,
    r#"{"id":"a","args":{"n":1}}"#,
    r#"{"id":"a","other":1}"#,
    r#"{"id":"a","id":"b"}"#,
    r#"{"id":5}"#,
    r#"{"args":[]}"#,
    // Sentences as sequences of their fields.
    r#"["a"]"#,
    r#"["a",[]]"#,
    r#"["a",[["n",5]]]"#,
    r#"["a",[["n",5]],3]"#,
    r#"[5]"#,
];

#[test]
fn every_kind_of_json_value_reads_as_the_untagged_derive_reads_it() {
    for json in CASES {
        let (ours, theirs) = both(json);
        assert_eq!(ours, theirs, "{json}");
    }
    // The cases reach each outcome: a number, a text, a sentence, refused.
    let outcomes: Vec<_> = CASES.iter().map(|json| both(json).0).collect();
    assert!(
        outcomes
            .iter()
            .any(|o| matches!(o, Some(Derived::Number(_))))
    );
    assert!(outcomes.iter().any(|o| matches!(o, Some(Derived::Text(_)))));
    assert!(outcomes.iter().any(|o| matches!(o, Some(Derived::Said(_)))));
    assert!(outcomes.iter().any(Option::is_none));
}

/// A small generator, the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A JSON value of any kind, leaning towards what a sentence holds.
fn value(rng: &mut Rng, depth: u32) -> String {
    let kinds = if depth == 0 { 6 } else { 9 };
    match rng.below(kinds) {
        0 => [
            "0",
            "-3",
            "42",
            "9223372036854775807",
            "9223372036854775808",
        ][rng.below(5) as usize]
            .to_owned(),
        1 => ["0.5", "2.0", "-1e2"][rng.below(3) as usize].to_owned(),
        2 => ["\"\"", "\"x\"", "\"č\"", "\"12\""][rng.below(4) as usize].to_owned(),
        3 => ["true", "null"][rng.below(2) as usize].to_owned(),
        4 => "[]".to_owned(),
        5 => "{}".to_owned(),
        6 => {
            // A sentence's map, its fields chosen at random.
            let mut fields = Vec::new();
            if rng.below(5) != 0 {
                fields.push(format!("\"id\":{}", value(rng, depth - 1)));
            }
            if rng.below(3) != 0 {
                fields.push(format!("\"args\":{}", args(rng, depth - 1)));
            }
            if rng.below(6) == 0 {
                fields.push(format!("\"extra\":{}", value(rng, depth - 1)));
            }
            format!("{{{}}}", fields.join(","))
        }
        7 => args(rng, depth - 1),
        _ => {
            let items: Vec<String> = (0..rng.below(3)).map(|_| value(rng, depth - 1)).collect();
            format!("[{}]", items.join(","))
        }
    }
}

/// A list of arguments, mostly well formed.
fn args(rng: &mut Rng, depth: u32) -> String {
    let items: Vec<String> = (0..rng.below(3))
        .map(|_| match rng.below(4) {
            0 => value(rng, depth),
            _ => format!("[\"n\",{}]", value(rng, depth)),
        })
        .collect();
    format!("[{}]", items.join(","))
}

#[test]
fn random_json_values_read_as_the_untagged_derive_reads_them() {
    let mut rng = Rng(0x7e2d_5eed_0c0f_fee1);
    let (mut read, mut refused) = (0, 0);
    for _ in 0..20_000 {
        let json = value(&mut rng, 4);
        let (ours, theirs) = both(&json);
        assert_eq!(ours, theirs, "{json}");
        if ours.is_some() {
            read += 1;
        } else {
            refused += 1;
        }
    }
    // Both outcomes are common, so neither side was tested on one alone.
    assert!(
        read > 2_000 && refused > 2_000,
        "{read} read, {refused} refused"
    );
}

/// A sequence that never says whether anything is left in it, as
/// serde-wasm-bindgen's sequences do in the page.
struct Lax(std::vec::IntoIter<serde_json::Value>);

impl<'de> SeqAccess<'de> for Lax {
    type Error = serde_json::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, serde_json::Error> {
        self.0
            .next()
            .map(|value| seed.deserialize(value))
            .transpose()
    }
}

#[test]
fn a_sentence_as_a_sequence_is_refused_with_anything_after_its_fields() {
    for json in [
        r#"["a"]"#,
        r#"["a",[]]"#,
        r#"["a",[["n",5]]]"#,
        r#"["a",[],3]"#,
        r#"["a",[["n",5]],"more"]"#,
        r#"[5]"#,
        r#"[]"#,
    ] {
        let items = || match serde_json::from_str(json).unwrap() {
            serde_json::Value::Array(items) => Lax(items.into_iter()),
            _ => unreachable!("{json} is an array"),
        };
        let ours = Arg::deserialize(SeqAccessDeserializer::new(items()))
            .ok()
            .map(|a| derived(&a));
        let theirs = Derived::deserialize(SeqAccessDeserializer::new(items())).ok();
        assert_eq!(ours, theirs, "{json}");
    }
}

#[test]
fn kinds_json_never_gives_read_as_the_derive_reads_them() {
    type E = serde::de::value::Error;
    fn agree<'de, D: Deserializer<'de, Error = E> + Clone>(what: &str, d: D) {
        let ours = Arg::deserialize(d.clone()).ok().map(|a| derived(&a));
        let theirs = Derived::deserialize(d).ok();
        assert_eq!(ours, theirs, "{what}");
    }
    agree("a char", CharDeserializer::<E>::new('x'));
    agree("bytes", BytesDeserializer::<E>::new(b"text"));
    agree("bytes not UTF-8", BytesDeserializer::<E>::new(b"\xff"));
    agree("a borrowed str", BorrowedStrDeserializer::<E>::new("text"));
    agree("an i128", I128Deserializer::<E>::new(5));
    agree("a u128", U128Deserializer::<E>::new(5));
    agree("a u64 past i64", U64Deserializer::<E>::new(u64::MAX));
    agree("an i8", I8Deserializer::<E>::new(-3));
    agree("a whole f64", F64Deserializer::<E>::new(1.0));
    agree("a bool", BoolDeserializer::<E>::new(true));
    agree("a unit", UnitDeserializer::<E>::new());
}

#[test]
fn a_sentence_written_is_read_back_whole() {
    let said = Said::new("outer")
        .with("n", -12_i64)
        .with("text", "Nováková")
        .with("inner", Said::new("inner").with("most", 500_usize));
    let json = serde_json::to_string(&said).unwrap();
    assert_eq!(serde_json::from_str::<Said>(&json).unwrap(), said);
}
