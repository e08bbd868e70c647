//! Writes a language's messages in the page's form, natively: read by
//! Fluent's own parser, so the page needs none.

use super::{CHOICE, CHOICES_END, END, ID, KEY, Plurals, RECORD, VAR, VARIANT, is_mark};
use std::collections::BTreeSet;

/// As many placeables as fluent-bundle writes in one message before it
/// stops with an error; a message with more in all its variants together
/// is not handed over (fluent-bundle counts only those it writes, so this
/// errs on the side of refusing).
const MOST_PLACEABLES: usize = 100;

/// Text that may stand in the page's form: none of its marks.
fn plain(text: &str, what: &str) -> Result<(), String> {
    if text.contains(is_mark) {
        Err(format!(
            "{what} holds a character the page's form uses as a mark"
        ))
    } else {
        Ok(())
    }
}

/// Reads `ftl` with Fluent's parser and writes its messages' values in the
/// page's form, with `plurals` (checked) ahead of them. An id's first
/// entry counts, as in `fluent-bundle`, whose messages and terms share one
/// set of ids: a message is handed over only where it is the first entry of
/// its id and has a value; attributes and terms are left out (the page uses
/// neither). Refuses a file that does not parse, and anything the page's
/// reader could not follow exactly: references to other messages, terms or
/// functions, number literals as text, escapes, more placeables than
/// fluent-bundle writes, the page form's own marks.
pub fn compile(ftl: &str, plurals: &str) -> Result<String, String> {
    use fluent_syntax::ast::Entry;
    plain(plurals, "the plural rules")?;
    let _ = Plurals::parse(plurals)?;
    let resource = fluent_syntax::parser::parse(ftl)
        .map_err(|(_, errors)| format!("the messages do not parse: {errors:?}"))?;
    let mut seen = BTreeSet::new();
    let mut messages: Vec<(&str, String)> = Vec::new();
    for entry in &resource.body {
        let (id, value) = match entry {
            Entry::Message(message) => (message.id.name, message.value.as_ref()),
            Entry::Term(term) => (term.id.name, None),
            _ => continue,
        };
        if !seen.insert(id) {
            continue;
        }
        if let Some(value) = value {
            plain(id, "an id")?;
            let mut out = String::new();
            let mut placeables = 0;
            write_pattern(value, &mut out, &mut placeables)
                .map_err(|why| format!("{id}: {why}"))?;
            if placeables > MOST_PLACEABLES {
                return Err(format!("{id}: more than {MOST_PLACEABLES} placeables"));
            }
            messages.push((id, out));
        }
    }
    messages.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = plurals.to_owned();
    for (id, pattern) in messages {
        out.push(RECORD);
        out.push_str(id);
        out.push(ID);
        out.push_str(&pattern);
    }
    Ok(out)
}

fn write_pattern(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    out: &mut String,
    placeables: &mut usize,
) -> Result<(), String> {
    use fluent_syntax::ast::PatternElement;
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                plain(value, "text")?;
                out.push_str(value);
            }
            PatternElement::Placeable { expression } => {
                *placeables += 1;
                write_expression(expression, out, placeables)?;
            }
        }
    }
    Ok(())
}

fn write_expression(
    expression: &fluent_syntax::ast::Expression<&str>,
    out: &mut String,
    placeables: &mut usize,
) -> Result<(), String> {
    use fluent_syntax::ast::{Expression, InlineExpression, VariantKey};
    match expression {
        Expression::Inline(InlineExpression::VariableReference { id }) => {
            plain(id.name, "a variable's name")?;
            out.push(VAR);
            out.push_str(id.name);
            out.push(END);
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) if !value.contains('\\') => {
            plain(value, "a string literal")?;
            out.push_str(value);
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            write_expression(expression, out, placeables)?;
        }
        Expression::Inline(other) => {
            return Err(format!("the page cannot show {other:?}"));
        }
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                return Err(format!("the page cannot choose by {selector:?}"));
            };
            out.push(CHOICE);
            plain(id.name, "a variable's name")?;
            out.push_str(id.name);
            out.push(END);
            for variant in variants {
                if variant.default {
                    out.push('*');
                }
                match &variant.key {
                    VariantKey::Identifier { name } => out.push_str(name),
                    VariantKey::NumberLiteral { value } => {
                        let whole: i64 = value
                            .parse()
                            .map_err(|_| format!("the page cannot choose by the number {value}"))?;
                        out.push('#');
                        out.push_str(&whole.to_string());
                    }
                }
                out.push(KEY);
                write_pattern(&variant.value, out, placeables)?;
                out.push(VARIANT);
            }
            out.push(CHOICES_END);
        }
    }
    Ok(())
}
