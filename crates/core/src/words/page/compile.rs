//! Writes a language's messages in the page's form, natively: read by
//! Fluent's own parser, so the page needs none.

use super::{CHOICE, CHOICES_END, END, ID, KEY, Plurals, RECORD, VAR, VARIANT};

/// Reads `ftl` with Fluent's parser and writes its messages' values in the
/// page's form, with `plurals` (checked) ahead of them. A message's first
/// definition counts, as in `fluent-bundle`; attributes and terms are left
/// out (the page uses neither). Refuses a file that does not parse, and
/// anything the page's reader could not follow exactly: references to
/// other messages, terms or functions, number literals as text, escapes.
pub fn compile(ftl: &str, plurals: &str) -> Result<String, String> {
    use fluent_syntax::ast::Entry;
    let _ = Plurals::parse(plurals)?;
    let resource = fluent_syntax::parser::parse(ftl)
        .map_err(|(_, errors)| format!("the messages do not parse: {errors:?}"))?;
    let mut messages: Vec<(&str, String)> = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry
            && let Some(value) = &message.value
        {
            let mut out = String::new();
            write_pattern(value, &mut out).map_err(|why| format!("{}: {why}", message.id.name))?;
            messages.push((message.id.name, out));
        }
    }
    // The first of two with one id stays, as in fluent-bundle.
    messages.sort_by(|a, b| a.0.cmp(b.0));
    messages.dedup_by(|later, first| later.0 == first.0);
    let mut out: String = plurals
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect();
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
) -> Result<(), String> {
    use fluent_syntax::ast::PatternElement;
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                if value.contains(|c: char| c.is_control() && c != '\n') {
                    return Err("text with a control character".to_owned());
                }
                out.push_str(value);
            }
            PatternElement::Placeable { expression } => write_expression(expression, out)?,
        }
    }
    Ok(())
}

fn write_expression(
    expression: &fluent_syntax::ast::Expression<&str>,
    out: &mut String,
) -> Result<(), String> {
    use fluent_syntax::ast::{Expression, InlineExpression, VariantKey};
    match expression {
        Expression::Inline(InlineExpression::VariableReference { id }) => {
            out.push(VAR);
            out.push_str(id.name);
            out.push(END);
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) if !value.contains('\\') => {
            out.push_str(value);
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            write_expression(expression, out)?;
        }
        Expression::Inline(other) => {
            return Err(format!("the page cannot show {other:?}"));
        }
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                return Err(format!("the page cannot choose by {selector:?}"));
            };
            out.push(CHOICE);
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
                write_pattern(&variant.value, out)?;
                out.push(VARIANT);
            }
            out.push(CHOICES_END);
        }
    }
    Ok(())
}
