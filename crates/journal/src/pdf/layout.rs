//! Laying a document out: blocks into lines, lines into pages, as drawing
//! operations.

use super::*;

use super::fonts::Fonts;

/// Something to draw, recorded first so the page count is known before
/// the footers are written.
pub(super) enum Op {
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

pub(super) struct Layout<'f> {
    pub(super) fonts: &'f Fonts<'f>,
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) pages: Vec<Vec<Op>>,
    pub(super) y: f32,
}

impl Layout<'_> {
    pub(super) fn content_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    pub(super) fn bottom(&self) -> f32 {
        self.height - MARGIN
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Makes room for `needed` points, starting a page if it will not fit.
    pub(super) fn room(&mut self, needed: f32) {
        if self.y + needed > self.bottom() && self.y > MARGIN {
            self.new_page();
        }
    }

    pub(super) fn op(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// Lines of at most `width` points; words longer than a line are cut.
    pub(super) fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
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

    pub(super) fn paragraph(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        colour: (u8, u8, u8),
        indent: f32,
    ) {
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

    pub(super) fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// Room for a chart and its sentence.
    pub(super) fn chart_height(&self) -> f32 {
        let scale = (self.content_width() / chart::WIDTH as f32).min(1.0);
        chart::HEIGHT as f32 * scale + 2.0 * BODY * LEADING
    }

    /// A heading, kept on the same page as the first `keep` points of
    /// what follows it.
    pub(super) fn heading(&mut self, level: u8, text: &str, keep: f32) {
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

    pub(super) fn warning(&mut self, text: &str) {
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

    pub(super) fn text_block(&mut self, text: &str) {
        for line in text.split('\n') {
            if line.trim().is_empty() {
                self.gap(BODY * 0.6);
            } else {
                self.paragraph(line, BODY, false, INK, 10.0);
            }
        }
        self.gap(8.0);
    }

    pub(super) fn list(&mut self, items: &[String]) {
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

    pub(super) fn chart(&mut self, chart: &Chart, caption: &str) {
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

    pub(super) fn table(&mut self, caption: &str, head: &[String], rows: &[Vec<String>]) {
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

    pub(super) fn row_lines(&self, row: &[String], widths: &[f32], size: f32, bold: bool) -> usize {
        row.iter()
            .zip(widths)
            .map(|(cell, w)| self.wrap(cell, size, bold, w - 8.0).len())
            .max()
            .unwrap_or(1)
    }

    pub(super) fn table_row(&mut self, row: &[String], widths: &[f32], size: f32, head: bool) {
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
