//! A document as a PDF, made here without a browser: Atkinson Hyperlegible
//! Next embedded and subset, text that can be selected and read back, the
//! charts drawn as vectors from the same marks as the SVG.
//!
//! Layout is simple and deliberate: one column, words wrapped by measuring
//! each glyph's advance, tables with wrapped cells whose header repeats on
//! a new page, and "page N of M" at the foot of every page. Letters the
//! bundled typeface lacks (Cyrillic, Greek, Arabic, Chinese, Japanese...)
//! are drawn with a system font that has them, when one is installed.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use tend_core::chart::{self, Chart, Mark};
use tend_core::summary::{Block, Document};
use tend_core::words::tr;

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/AtkinsonHyperlegibleNext-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/AtkinsonHyperlegibleNext-Bold.ttf");

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

/// One typeface: what krilla embeds and what ttf-parser measures.
struct Face<'a> {
    font: Font,
    metrics: ttf_parser::Face<'a>,
}

impl Face<'_> {
    fn has(&self, c: char) -> bool {
        c.is_whitespace() || self.metrics.glyph_index(c).is_some()
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        let upem = f32::from(self.metrics.units_per_em());
        let units: f32 = text
            .chars()
            .map(|c| {
                self.metrics
                    .glyph_index(c)
                    .and_then(|g| self.metrics.glyph_hor_advance(g))
                    .map_or(0.0, f32::from)
            })
            .sum();
        units * size / upem
    }
}

struct Fonts<'a> {
    regular: Face<'a>,
    bold: Face<'a>,
    fallbacks: Vec<Face<'a>>,
}

impl Fonts<'_> {
    /// The text cut into runs, each with the face that draws it.
    fn runs<'t>(&self, text: &'t str, bold: bool) -> Vec<(&Face<'_>, &'t str)> {
        let primary = if bold { &self.bold } else { &self.regular };
        let pick = |c: char| {
            if primary.has(c) {
                primary
            } else {
                self.fallbacks.iter().find(|f| f.has(c)).unwrap_or(primary)
            }
        };
        let mut runs: Vec<(&Face<'_>, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current: Option<&Face<'_>> = None;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                continue;
            }
            let face = pick(c);
            match current {
                Some(f) if std::ptr::eq(f, face) => {}
                Some(f) => {
                    runs.push((f, &text[start..i]));
                    start = i;
                    current = Some(face);
                }
                None => current = Some(face),
            }
        }
        runs.push((current.unwrap_or(primary), &text[start..]));
        runs
    }

    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.runs(text, bold)
            .iter()
            .map(|(face, run)| face.width(run, size))
            .sum()
    }
}

/// Something to draw, recorded first so the page count is known before
/// the footers are written.
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        colour: (u8, u8, u8),
        text: String,
    },
    Line {
        points: Vec<(f32, f32)>,
        width: f32,
        colour: (u8, u8, u8),
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        colour: (u8, u8, u8),
    },
    Dot {
        x: f32,
        y: f32,
        r: f32,
        colour: (u8, u8, u8),
    },
}

struct Layout<'f> {
    fonts: &'f Fonts<'f>,
    width: f32,
    height: f32,
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Layout<'_> {
    fn content_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        self.height - MARGIN
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Makes room for `needed` points, starting a page if it will not fit.
    fn room(&mut self, needed: f32) {
        if self.y + needed > self.bottom() && self.y > MARGIN {
            self.new_page();
        }
    }

    fn op(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// Lines of at most `width` points; words longer than a line are cut.
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ') {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.fonts.width(&candidate, size, bold) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A word wider than the line is cut where it must be.
                for c in word.chars() {
                    let mut longer = line.clone();
                    longer.push(c);
                    if !line.is_empty() && self.fonts.width(&longer, size, bold) > width {
                        lines.push(std::mem::take(&mut line));
                        line.push(c);
                    } else {
                        line = longer;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    fn paragraph(&mut self, text: &str, size: f32, bold: bool, colour: (u8, u8, u8), indent: f32) {
        let width = self.content_width() - indent;
        for line in self.wrap(text, size, bold, width) {
            self.room(size * LEADING);
            self.y += size * LEADING;
            self.op(Op::Text {
                x: MARGIN + indent,
                y: self.y - size * (LEADING - 1.0),
                size,
                bold,
                colour,
                text: line,
            });
        }
    }

    fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// Room for a chart and its sentence.
    fn chart_height(&self) -> f32 {
        let scale = (self.content_width() / chart::WIDTH as f32).min(1.0);
        chart::HEIGHT as f32 * scale + 2.0 * BODY * LEADING
    }

    /// A heading, kept on the same page as the first `keep` points of
    /// what follows it.
    fn heading(&mut self, level: u8, text: &str, keep: f32) {
        let size = match level {
            1 => 20.0,
            2 => 15.0,
            _ => 12.5,
        };
        let space_before = if level == 1 { 0.0 } else { size * 0.9 };
        // Keep a heading with at least two lines of what follows.
        self.room(space_before + size * LEADING + keep);
        self.gap(space_before);
        self.paragraph(text, size, true, INK, 0.0);
        if level == 2 {
            let y = self.y + 3.0;
            self.op(Op::Line {
                points: vec![(MARGIN, y), (self.width - MARGIN, y)],
                width: 0.75,
                colour: RULE,
            });
            self.gap(5.0);
        }
        self.gap(3.0);
    }

    fn warning(&mut self, text: &str) {
        let top = self.y;
        let start_page = self.pages.len();
        self.gap(4.0);
        self.paragraph(text, BODY, true, INK, 10.0);
        self.gap(4.0);
        if self.pages.len() == start_page {
            self.op(Op::Rect {
                x: MARGIN,
                y: top,
                w: 3.0,
                h: self.y - top,
                colour: WARN,
            });
        }
        self.gap(6.0);
    }

    fn text_block(&mut self, text: &str) {
        for line in text.split('\n') {
            if line.trim().is_empty() {
                self.gap(BODY * 0.6);
            } else {
                self.paragraph(line, BODY, false, INK, 10.0);
            }
        }
        self.gap(8.0);
    }

    fn list(&mut self, items: &[String]) {
        for item in items {
            self.room(BODY * LEADING);
            let y = self.y + BODY * LEADING - BODY * (LEADING - 1.0);
            self.op(Op::Text {
                x: MARGIN + 4.0,
                y,
                size: BODY,
                bold: false,
                colour: INK,
                text: "•".into(),
            });
            self.paragraph(item, BODY, false, INK, 16.0);
        }
        self.gap(6.0);
    }

    fn chart(&mut self, chart: &Chart, caption: &str) {
        let scale = (self.content_width() / chart::WIDTH as f32).min(1.0);
        let height = chart::HEIGHT as f32 * scale;
        self.room(height + 2.0 * BODY * LEADING);
        let (left, top) = (MARGIN, self.y);
        let at = |x: f64, y: f64| (left + x as f32 * scale, top + y as f32 * scale);
        let label_size = 12.0 * scale;
        for mark in chart.marks() {
            let op = match mark {
                Mark::Rect {
                    x,
                    y,
                    width,
                    height,
                    ..
                } => {
                    let (x, y) = at(x, y);
                    Op::Rect {
                        x,
                        y,
                        w: width as f32 * scale,
                        h: height as f32 * scale,
                        colour: (0xee, 0xf4, 0xf2),
                    }
                }
                Mark::GridLine { y } => Op::Line {
                    points: vec![at(36.0, y), at(chart::WIDTH - 8.0, y)],
                    width: 0.5,
                    colour: RULE,
                },
                Mark::Label { x, y, end, text } => {
                    let (mut x, y) = at(x, y);
                    if end {
                        x -= self.fonts.width(&text, label_size, false);
                    }
                    Op::Text {
                        x,
                        y,
                        size: label_size,
                        bold: false,
                        colour: MUTED,
                        text,
                    }
                }
                Mark::Line { points } => Op::Line {
                    points: points.into_iter().map(|(x, y)| at(x, y)).collect(),
                    width: 1.8,
                    colour: LINE,
                },
                Mark::Dot { x, y, r } => {
                    let (x, y) = at(x, y);
                    Op::Dot {
                        x,
                        y,
                        r: r as f32 * scale,
                        colour: DOT,
                    }
                }
            };
            self.op(op);
        }
        self.y += height + 4.0;
        self.paragraph(caption, SMALL + 1.0, false, INK, 0.0);
        self.gap(8.0);
    }

    fn table(&mut self, caption: &str, head: &[String], rows: &[Vec<String>]) {
        let columns = head.len().max(1);
        let width = self.content_width();
        // Each column gets room for its longest word, then the rest is
        // shared by how much text it holds.
        let size = if columns > 5 { SMALL } else { BODY - 1.0 };
        let mut need = vec![0.0f32; columns];
        let mut total = vec![0.0f32; columns];
        for row in std::iter::once(head).chain(rows.iter().map(Vec::as_slice)) {
            for (i, cell) in row.iter().enumerate().take(columns) {
                let longest = cell
                    .split(' ')
                    .map(|w| self.fonts.width(w, size, i == 0))
                    .fold(0.0, f32::max);
                need[i] = need[i].max(longest + 8.0);
                total[i] += self.fonts.width(cell, size, false);
            }
        }
        let floor: f32 = need.iter().sum();
        let spare = (width - floor).max(0.0);
        let all: f32 = total.iter().sum::<f32>().max(1.0);
        let mut widths: Vec<f32> = need
            .iter()
            .zip(&total)
            .map(|(n, t)| n + spare * t / all)
            .collect();
        let sum: f32 = widths.iter().sum();
        if sum > width {
            widths.iter_mut().for_each(|w| *w *= width / sum);
        }
        self.room(3.0 * size * LEADING);
        self.paragraph(caption, BODY, true, INK, 0.0);
        self.gap(2.0);
        self.table_row(head, &widths, size, true);
        for row in rows {
            let lines = self.row_lines(row, &widths, size, false);
            let height = lines as f32 * size * LEADING + 6.0;
            if self.y + height > self.bottom() {
                self.new_page();
                self.table_row(head, &widths, size, true);
            }
            self.table_row(row, &widths, size, false);
        }
        self.gap(10.0);
    }

    fn row_lines(&self, row: &[String], widths: &[f32], size: f32, bold: bool) -> usize {
        row.iter()
            .zip(widths)
            .map(|(cell, w)| self.wrap(cell, size, bold, w - 8.0).len())
            .max()
            .unwrap_or(1)
    }

    fn table_row(&mut self, row: &[String], widths: &[f32], size: f32, head: bool) {
        let lines = self.row_lines(row, widths, size, head);
        let height = lines as f32 * size * LEADING + 6.0;
        self.room(height);
        let top = self.y;
        let mut x = MARGIN;
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            let bold = head || i == 0;
            for (n, line) in self.wrap(cell, size, bold, w - 8.0).into_iter().enumerate() {
                self.op(Op::Text {
                    x: x + 4.0,
                    y: top + 3.0 + (n as f32 + 1.0) * size * LEADING - size * (LEADING - 1.0),
                    size,
                    bold,
                    colour: INK,
                    text: line,
                });
            }
            x += w;
        }
        self.y = top + height;
        let right = MARGIN + widths.iter().sum::<f32>();
        self.op(Op::Line {
            points: vec![(MARGIN, self.y), (right, self.y)],
            width: if head { 1.0 } else { 0.5 },
            colour: RULE,
        });
    }
}

fn fill(colour: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn draw(surface: &mut Surface<'_>, fonts: &Fonts<'_>, op: &Op) {
    match op {
        Op::Text {
            x,
            y,
            size,
            bold,
            colour,
            text,
        } => {
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*colour)));
            let mut x = *x;
            for (face, run) in fonts.runs(text, *bold) {
                if !run.is_empty() {
                    surface.draw_text(
                        Point::from_xy(x, *y),
                        face.font.clone(),
                        *size,
                        run,
                        false,
                        TextDirection::Auto,
                    );
                }
                x += face.width(run, *size);
            }
        }
        Op::Line {
            points,
            width,
            colour,
        } => {
            let mut path = PathBuilder::new();
            for (i, (x, y)) in points.iter().enumerate() {
                if i == 0 {
                    path.move_to(*x, *y);
                } else {
                    path.line_to(*x, *y);
                }
            }
            if let Some(path) = path.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
                    width: *width,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
        }
        Op::Rect { x, y, w, h, colour } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                path.push_rect(rect);
            }
            if let Some(path) = path.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*colour)));
                surface.draw_path(&path);
            }
        }
        Op::Dot { x, y, r, colour } => {
            // A circle from four quarter arcs.
            let k = 0.552_284_8 * r;
            let mut path = PathBuilder::new();
            path.move_to(x + r, *y);
            path.cubic_to(x + r, y + k, x + k, y + r, *x, y + r);
            path.cubic_to(x - k, y + r, x - r, y + k, x - r, *y);
            path.cubic_to(x - r, y - k, x - k, y - r, *x, y - r);
            path.cubic_to(x + k, y - r, x + r, y - k, x + r, *y);
            path.close();
            if let Some(path) = path.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*colour)));
                surface.draw_path(&path);
            }
        }
    }
}

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[error("the PDF could not be made: {0}")]
pub struct PdfError(String);

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
        match block {
            Block::Heading { level, text } => {
                let keep = match doc.blocks.get(i + 1) {
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
            } => layout.table(caption, head, rows),
            Block::List(items) => layout.list(items),
            Block::Text(text) => layout.text_block(text),
        }
    }
    let pages = layout.pages;
    let count = pages.len();
    let mut pdf = krilla::Document::new();
    pdf.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language("en-GB".into())
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

/// All the words of a document, to see which letters it needs.
fn document_text(doc: &Document) -> String {
    let mut all = doc.title.clone();
    for block in &doc.blocks {
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
            } => {
                all.push_str(caption);
                head.iter().for_each(|h| all.push_str(h));
                rows.iter().flatten().for_each(|c| all.push_str(c));
            }
            Block::List(items) => items.iter().for_each(|i| all.push_str(i)),
        }
    }
    all
}
