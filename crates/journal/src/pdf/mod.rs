//! A document as a PDF, made here without a browser: Atkinson Hyperlegible
//! Next embedded and subset, text that can be selected and read back, the
//! charts drawn as vectors from the same marks as the SVG.
//!
//! Layout is simple and deliberate: one column, words wrapped by measuring
//! each glyph's advance, tables with wrapped cells whose header repeats on
//! a new page, and "page N of M" at the foot of every page. Letters the
//! bundled typeface lacks (Cyrillic, Greek, Arabic, Chinese, Japanese...)
//! are drawn with a system font that has them, when one is installed.

mod draw;
mod fonts;
mod layout;

use draw::draw;
use fonts::{Face, Fonts};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use layout::{Layout, Op};
use tend_core::chart::{self, Chart, Mark};
use tend_core::summary::{Block, Document};
use tend_core::words::tr;

const REGULAR: &[u8] =
    include_bytes!("../../../../assets/fonts/AtkinsonHyperlegibleNext-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../../assets/fonts/AtkinsonHyperlegibleNext-Bold.ttf");

/// System fonts tried, in order, for letters the bundled typeface lacks.
const FALLBACKS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
];

/// The paper a PDF is laid out for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// US and Canadian printers hold Letter; everyone else A4.
    pub fn for_country(code: Option<&str>) -> Paper {
        match code {
            Some("US" | "CA") => Paper::Letter,
            _ => Paper::A4,
        }
    }
}

const MARGIN: f32 = 56.0;
const BODY: f32 = 11.0;
const SMALL: f32 = 9.0;
const LEADING: f32 = 1.45;

const INK: (u8, u8, u8) = (0x1f, 0x2a, 0x2e);
const MUTED: (u8, u8, u8) = (0x4a, 0x5a, 0x5f);
const RULE: (u8, u8, u8) = (0xc9, 0xd6, 0xd2);
const LINE: (u8, u8, u8) = (0x2d, 0x6a, 0x5f);
const DOT: (u8, u8, u8) = (0x7a, 0x4f, 0x9a);
const WARN: (u8, u8, u8) = (0x8a, 0x5a, 0x00);

/// Why a PDF could not be made: its detail is for logs; displayed, it is
/// said in the language being spoken now.
#[derive(Debug)]
pub struct PdfError(String);

impl PdfError {
    /// What to tell her.
    pub fn said(&self) -> tend_core::Said {
        tend_core::Said::new("error-pdf")
    }

    /// British English detail, for logs.
    pub fn detail(&self) -> String {
        format!("{}: {}", self.said().english(), self.0)
    }
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.said(), f)
    }
}

impl std::error::Error for PdfError {}

fn face(data: &[u8], index: u32, font: Font) -> Option<Face<'_>> {
    Some(Face {
        font,
        metrics: ttf_parser::Face::parse(data, index).ok()?,
    })
}

/// The document as PDF bytes.
pub fn to_pdf(doc: &Document, paper: Paper) -> Result<Vec<u8>, PdfError> {
    let broken = || PdfError("the bundled typeface could not be read".into());
    let regular =
        face(REGULAR, 0, Font::new(REGULAR.into(), 0).ok_or_else(broken)?).ok_or_else(broken)?;
    let bold = face(BOLD, 0, Font::new(BOLD.into(), 0).ok_or_else(broken)?).ok_or_else(broken)?;
    // System fonts are read only when the text needs letters ours lacks.
    let needs_more = document_text(doc)
        .chars()
        .any(|c| !regular.has(c) && !c.is_control());
    let fallback_data: Vec<Vec<u8>> = if needs_more {
        FALLBACKS
            .iter()
            .filter_map(|path| std::fs::read(path).ok())
            .collect()
    } else {
        Vec::new()
    };
    let fallbacks = fallback_data
        .iter()
        .filter_map(|data| {
            let font = Font::new(data.clone().into(), 0)?;
            face(data, 0, font)
        })
        .collect();
    let fonts = Fonts {
        regular,
        bold,
        fallbacks,
    };
    let (width, height) = paper.size();
    let mut layout = Layout {
        fonts: &fonts,
        width,
        height,
        pages: Vec::new(),
        y: MARGIN,
    };
    layout.new_page();
    for (i, block) in doc.blocks.iter().enumerate() {
        lay_out(&mut layout, block, doc.blocks.get(i + 1));
    }
    let pages = layout.pages;
    let count = pages.len();
    let mut pdf = krilla::Document::new();
    pdf.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language(doc.lang.clone())
            .creator("Tend".into()),
    );
    let size = Size::from_wh(width, height).ok_or_else(|| PdfError("bad paper size".into()))?;
    for (n, ops) in pages.iter().enumerate() {
        let mut page = pdf.start_page_with(PageSettings::new(size));
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, &fonts, op);
        }
        let footer = tr(
            "export-pdf-footer",
            &[
                ("title", doc.title.clone().into()),
                ("page", (n + 1).into()),
                ("pages", count.into()),
            ],
        );
        draw(
            &mut surface,
            &fonts,
            &Op::Text {
                x: MARGIN,
                y: height - MARGIN / 2.0,
                size: SMALL - 1.0,
                bold: false,
                colour: MUTED,
                text: footer,
            },
        );
        surface.finish();
        page.finish();
    }
    pdf.finish().map_err(|e| PdfError(format!("{e:?}")))
}

/// Lays out `block`; `next` is the block after it, which a heading is
/// kept on a page with. The PDF says its language once, in its metadata:
/// a block in another language is laid out the same.
fn lay_out(layout: &mut Layout<'_>, block: &Block, next: Option<&Block>) {
    match block {
        Block::Heading { level, text } => {
            let keep = match next.map(Block::inner) {
                Some(Block::Chart { .. }) => layout.chart_height(),
                _ => 2.0 * BODY * LEADING,
            };
            layout.heading(*level, text, keep);
        }
        Block::Paragraph(text) => {
            layout.paragraph(text, BODY, false, INK, 0.0);
            layout.gap(6.0);
        }
        Block::Warning(text) => layout.warning(text),
        Block::Small(text) => {
            layout.paragraph(text, SMALL, false, MUTED, 0.0);
            layout.gap(6.0);
        }
        Block::Chart { chart, caption } => layout.chart(chart, caption),
        Block::Table {
            caption,
            head,
            rows,
            ..
        } => layout.table(caption, head, rows),
        Block::List(items) => layout.list(items),
        Block::Text(text) => layout.text_block(text),
        Block::InLanguage { block, .. } => lay_out(layout, block, next),
    }
}

/// All the words of a document, to see which letters it needs.
fn document_text(doc: &Document) -> String {
    let mut all = doc.title.clone();
    for block in &doc.blocks {
        words_of(block, &mut all);
    }
    all
}

/// Adds the words of `block` to `all`.
fn words_of(block: &Block, all: &mut String) {
    match block {
        Block::Heading { text, .. }
        | Block::Paragraph(text)
        | Block::Warning(text)
        | Block::Small(text)
        | Block::Text(text) => all.push_str(text),
        Block::Chart { caption, .. } => all.push_str(caption),
        Block::Table {
            caption,
            head,
            rows,
            ..
        } => {
            all.push_str(caption);
            head.iter().for_each(|h| all.push_str(h));
            rows.iter().flatten().for_each(|c| all.push_str(c));
        }
        Block::List(items) => items.iter().for_each(|i| all.push_str(i)),
        Block::InLanguage { block, .. } => words_of(block, all),
    }
}
