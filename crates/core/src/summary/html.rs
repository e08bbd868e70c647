//! A document as one self-contained HTML page.

use super::*;

/// Text made safe to stand in HTML, as element content or a quoted
/// attribute value.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The stylesheet inside every HTML export: calm, legible, printable on A4
/// and Letter alike, the charts' colours included.
const HTML_STYLE: &str = "\
:root{color-scheme:light}\
body{font-family:'Atkinson Hyperlegible Next','Atkinson Hyperlegible',system-ui,sans-serif;\
font-size:12pt;line-height:1.5;color:#1f2a2e;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid #c9d6d2}\
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}\
.warning{border-left:4px solid #8a5a00;padding:.4rem .8rem;background:#fdf6e8}\
.small{font-size:.9rem;color:#4a5a5f}\
.text{white-space:pre-wrap;overflow-wrap:anywhere;border-left:3px solid #c9d6d2;padding-left:.8rem}\
figure{margin:.5rem 0 1rem;break-inside:avoid}figcaption{font-size:.95rem}\
svg.chart{width:100%;height:auto;display:block}\
.chart-grid{stroke:#d5dedb;stroke-width:1}.chart-label{fill:#4a5a5f;font-size:12px}\
.chart-line{stroke:#2d6a5f;stroke-width:2.5}.chart-dot{fill:#7a4f9a}\
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}\
caption{text-align:left;font-weight:bold;padding:.3rem 0}\
th,td{border:1px solid #c9d6d2;padding:.25rem .5rem;text-align:left;vertical-align:top}\
tr{break-inside:avoid}thead{display:table-header-group}\
@page{margin:16mm}\
@media print{body{margin:0;max-width:none;font-size:11pt}h2,h3{break-after:avoid}}";

/// The document as one self-contained HTML file: no scripts, no links out,
/// the charts inline.
pub fn to_html(doc: &Document) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>{HTML_STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape_html(&doc.lang),
        escape_html(&doc.title)
    );
    for block in &doc.blocks {
        write_block(&mut out, block, Look::Document);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The document's blocks as the Export screen previews them: the same
/// elements and escaping as the file, the headings moved under the
/// screen's own (its outline stays whole), the app's classes in place of
/// the file's stylesheet, wide tables in a box that scrolls sideways.
pub fn preview_html(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        write_block(&mut out, block, Look::Preview);
    }
    out
}

/// Where blocks are written: a file of their own, or the app's preview.
#[derive(Clone, Copy, PartialEq)]
enum Look {
    Document,
    Preview,
}

impl Look {
    fn heading(self, level: u8) -> u8 {
        match self {
            Look::Document => level.clamp(1, 6),
            Look::Preview => match level {
                1 => 3,
                2 => 4,
                _ => 5,
            },
        }
    }

    fn class(self, name: &str) -> String {
        match self {
            Look::Document => name.to_owned(),
            Look::Preview => format!("paper-{name}"),
        }
    }
}

fn write_block(out: &mut String, block: &Block, look: Look) {
    match block {
        Block::Heading { level, text } => {
            let level = look.heading(*level);
            let _ = writeln!(out, "<h{level}>{}</h{level}>", escape_html(text));
        }
        Block::Paragraph(text) => {
            let _ = writeln!(out, "<p>{}</p>", escape_html(text));
        }
        Block::Warning(text) => {
            let _ = writeln!(
                out,
                "<p class=\"{}\">{}</p>",
                look.class("warning"),
                escape_html(text)
            );
        }
        Block::Small(text) => {
            let _ = writeln!(
                out,
                "<p class=\"{}\">{}</p>",
                look.class("small"),
                escape_html(text)
            );
        }
        Block::Chart { chart, caption } => {
            let _ = writeln!(
                out,
                "<figure>{}<figcaption>{}</figcaption></figure>",
                chart.svg(),
                escape_html(caption)
            );
        }
        Block::Table {
            caption,
            head,
            rows,
            langs,
        } => {
            if look == Look::Preview {
                out.push_str("<div class=\"table-scroll\">");
            }
            let _ = write!(
                out,
                "<table>\n<caption>{}</caption>\n<thead><tr>",
                escape_html(caption)
            );
            for h in head {
                let _ = write!(out, "<th scope=\"col\">{}</th>", escape_html(h));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for (i, cell) in row.iter().enumerate() {
                    let tag = if i == 0 { "th scope=\"row\"" } else { "td" };
                    let end = if i == 0 { "th" } else { "td" };
                    let lang = match langs.get(i) {
                        Some(Some(lang)) => format!(" lang=\"{}\"", escape_html(lang)),
                        _ => String::new(),
                    };
                    let _ = write!(out, "<{tag}{lang}>{}</{end}>", escape_html(cell));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
            if look == Look::Preview {
                out.push_str("</div>\n");
            }
        }
        Block::List(items) => {
            out.push_str("<ul>\n");
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", escape_html(item));
            }
            out.push_str("</ul>\n");
        }
        Block::Text(text) => {
            let _ = writeln!(
                out,
                "<div class=\"{}\">{}</div>",
                look.class("text"),
                escape_html(text)
            );
        }
        Block::InLanguage { lang, block } => {
            let _ = writeln!(out, "<div lang=\"{}\">", escape_html(lang));
            write_block(out, block, look);
            out.push_str("</div>\n");
        }
    }
}
