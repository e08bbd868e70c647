//! The two faces of Atkinson Hyperlegible Next, and the system's fallback
//! fonts for scripts they do not cover.

use super::*;

/// One typeface: what krilla embeds and what ttf-parser measures.
pub(super) struct Face<'a> {
    pub(super) font: Font,
    pub(super) metrics: ttf_parser::Face<'a>,
}

impl Face<'_> {
    pub(super) fn has(&self, c: char) -> bool {
        c.is_whitespace() || self.metrics.glyph_index(c).is_some()
    }

    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
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

pub(super) struct Fonts<'a> {
    pub(super) regular: Face<'a>,
    pub(super) bold: Face<'a>,
    pub(super) fallbacks: Vec<Face<'a>>,
}

impl Fonts<'_> {
    /// The text cut into runs, each with the face that draws it.
    pub(super) fn runs<'t>(&self, text: &'t str, bold: bool) -> Vec<(&Face<'_>, &'t str)> {
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

    pub(super) fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.runs(text, bold)
            .iter()
            .map(|(face, run)| face.width(run, size))
            .sum()
    }
}
