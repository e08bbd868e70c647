//! A document as Markdown.

use super::*;

/// Text that Markdown would otherwise read as markup is escaped; what the
/// user wrote still reads the same.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn markdown_cell(text: &str) -> String {
    escape_markdown(&text.replace(['\n', '\r'], " "))
}

/// The document as Markdown; charts become their sentence.
pub fn to_markdown(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        write_block(&mut out, block);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { level, text } => {
            let hashes = "#".repeat(usize::from((*level).clamp(1, 6)));
            let _ = writeln!(out, "{hashes} {}\n", markdown_cell(text));
        }
        Block::Paragraph(text) => {
            let _ = writeln!(out, "{}\n", escape_markdown(text));
        }
        Block::Warning(text) => {
            let _ = writeln!(out, "**{}**\n", escape_markdown(text));
        }
        Block::Small(text) => {
            let _ = writeln!(out, "*{}*\n", escape_markdown(text));
        }
        Block::Chart { caption, .. } => {
            let _ = writeln!(out, "{}\n", escape_markdown(caption));
        }
        Block::Table {
            caption,
            head,
            rows,
            ..
        } => {
            let _ = writeln!(out, "{}\n", markdown_cell(caption));
            let cells: Vec<String> = head.iter().map(|h| markdown_cell(h)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
            let _ = writeln!(out, "|{}", " --- |".repeat(head.len()));
            for row in rows {
                let cells: Vec<String> = row.iter().map(|c| markdown_cell(c)).collect();
                let _ = writeln!(out, "| {} |", cells.join(" | "));
            }
            out.push('\n');
        }
        Block::List(items) => {
            for item in items {
                let _ = writeln!(out, "- {}", markdown_cell(item));
            }
            out.push('\n');
        }
        Block::Text(text) => {
            for line in text.lines() {
                if line.trim().is_empty() {
                    out.push_str(">\n");
                } else {
                    // Two spaces keep the user's own line breaks.
                    let _ = writeln!(out, "> {}  ", escape_markdown(line));
                }
            }
            out.push('\n');
        }
        // Markdown has no way to mark a language; the words are the same.
        Block::InLanguage { block, .. } => write_block(out, block),
    }
}
