//! Charts as SVG text, made here so the screen and the export draw the
//! same thing from the same numbers, natively and in wasm alike. Colours
//! come from CSS classes (`chart-*`), so each theme paints them; the SVG
//! is hidden from screen readers, which get a sentence and a table instead.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

const LEFT: f64 = 36.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 8.0;
const BOTTOM: f64 = 24.0;

/// A shaded range of the vertical scale, such as a measure's band.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Shade {
    pub from: f64,
    pub to: f64,
    pub class: &'static str,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub y_min: f64,
    pub y_max: f64,
    /// Not sent over IPC: the exported charts have none.
    #[serde(skip)]
    pub shades: Vec<Shade>,
    /// Marks, one per day that has a value.
    pub dots: Vec<(NaiveDate, f64)>,
    /// A line through the days that have a value (a rolling average).
    pub line: Vec<(NaiveDate, Option<f64>)>,
    /// Labels for the first and last day.
    pub first_label: String,
    pub last_label: String,
}

/// One thing a chart draws, in the chart's own units (`WIDTH` by `HEIGHT`,
/// y growing downwards). The SVG and the PDF both draw these.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    Rect {
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        class: &'static str,
    },
    GridLine {
        y: f64,
    },
    /// A label; `end` means its right edge is at `x`.
    Label {
        x: f64,
        y: f64,
        end: bool,
        text: String,
    },
    Line {
        points: Vec<(f64, f64)>,
    },
    Dot {
        x: f64,
        y: f64,
        r: f64,
    },
}

/// The chart's size in its own units.
pub const WIDTH: f64 = 600.0;
pub const HEIGHT: f64 = 200.0;

impl Chart {
    fn x(&self, day: NaiveDate) -> f64 {
        let span = (self.last - self.first).num_days().max(1) as f64;
        let at = (day - self.first).num_days() as f64;
        LEFT + (WIDTH - LEFT - RIGHT) * at / span
    }

    fn y(&self, value: f64) -> f64 {
        let range = (self.y_max - self.y_min).max(f64::EPSILON);
        let clamped = value.clamp(self.y_min, self.y_max);
        TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - (clamped - self.y_min) / range)
    }

    /// What the chart draws, back to front.
    pub fn marks(&self) -> Vec<Mark> {
        let mut marks = Vec::new();
        for shade in &self.shades {
            let (top, bottom) = (self.y(shade.to), self.y(shade.from));
            marks.push(Mark::Rect {
                x: LEFT,
                y: top,
                width: WIDTH - LEFT - RIGHT,
                height: bottom - top,
                class: shade.class,
            });
        }
        let mid = (self.y_min + self.y_max) / 2.0;
        for value in [self.y_min, mid, self.y_max] {
            let y = self.y(value);
            marks.push(Mark::GridLine { y });
            marks.push(Mark::Label {
                x: LEFT - 6.0,
                y: y + 4.0,
                end: true,
                text: trim(value),
            });
        }
        let base = HEIGHT - 6.0;
        marks.push(Mark::Label {
            x: LEFT,
            y: base,
            end: false,
            text: self.first_label.clone(),
        });
        marks.push(Mark::Label {
            x: WIDTH - RIGHT,
            y: base,
            end: true,
            text: self.last_label.clone(),
        });
        // The line breaks where the average has no value.
        let mut run = Vec::new();
        for (day, value) in &self.line {
            match value {
                Some(v) => run.push((self.x(*day), self.y(*v))),
                None if !run.is_empty() => marks.push(Mark::Line {
                    points: std::mem::take(&mut run),
                }),
                None => {}
            }
        }
        if !run.is_empty() {
            marks.push(Mark::Line { points: run });
        }
        let r = if self.dots.len() > 60 { 1.5 } else { 3.5 };
        for (day, value) in &self.dots {
            marks.push(Mark::Dot {
                x: self.x(*day),
                y: self.y(*value),
                r,
            });
        }
        marks
    }

    /// The chart as an `<svg>` element.
    pub fn svg(&self) -> String {
        let mut s = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" aria-hidden=\"true\" focusable=\"false\">"
        );
        let right = WIDTH - RIGHT;
        for mark in self.marks() {
            let _ = match mark {
                Mark::Rect {
                    x,
                    y,
                    width,
                    height,
                    class,
                } => write!(
                    s,
                    "<rect class=\"{class}\" x=\"{x}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{height:.1}\"/>"
                ),
                Mark::GridLine { y } => write!(
                    s,
                    "<line class=\"chart-grid\" x1=\"{LEFT}\" x2=\"{right:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>"
                ),
                Mark::Label { x, y, end, text } => {
                    let anchor = if end { " text-anchor=\"end\"" } else { "" };
                    let x = if x.fract() == 0.0 && !end {
                        format!("{x}")
                    } else {
                        format!("{x:.1}")
                    };
                    let y = if base_line(y) {
                        format!("{y}")
                    } else {
                        format!("{y:.1}")
                    };
                    write!(
                        s,
                        "<text class=\"chart-label\" x=\"{x}\" y=\"{y}\"{anchor}>{}</text>",
                        escape(&text)
                    )
                }
                Mark::Line { points } => {
                    let points: Vec<String> = points
                        .iter()
                        .map(|(x, y)| format!("{x:.1},{y:.1}"))
                        .collect();
                    write!(
                        s,
                        "<polyline class=\"chart-line\" fill=\"none\" points=\"{}\"/>",
                        points.join(" ")
                    )
                }
                Mark::Dot { x, y, r } => write!(
                    s,
                    "<circle class=\"chart-dot\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\"/>"
                ),
            };
        }
        s.push_str("</svg>");
        s
    }
}

/// The baseline of the date labels, written as a whole number.
fn base_line(y: f64) -> bool {
    y == HEIGHT - 6.0
}

/// A number as a label: no ".0" on whole numbers.
fn trim(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).expect("date")
    }

    fn chart() -> Chart {
        Chart {
            first: day(1),
            last: day(7),
            y_min: 0.0,
            y_max: 10.0,
            shades: vec![Shade {
                from: 8.0,
                to: 10.0,
                class: "chart-band-high",
            }],
            dots: vec![(day(1), 10.0), (day(7), 0.0)],
            line: vec![
                (day(1), Some(10.0)),
                (day(2), None),
                (day(3), Some(5.0)),
                (day(7), Some(5.0)),
            ],
            first_label: "1 Mar".into(),
            last_label: "<7 Mar>".into(),
        }
    }

    #[test]
    fn points_land_inside_the_frame_at_their_values() {
        let svg = chart().svg();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        // Day 1 at 10: the left edge, the top. Day 7 at 0: right, bottom.
        assert!(svg.contains("cx=\"36.0\" cy=\"8.0\""), "{svg}");
        assert!(svg.contains("cx=\"592.0\" cy=\"176.0\""), "{svg}");
        // The band 8-10 is the top fifth of the plot.
        assert!(
            svg.contains(
                "class=\"chart-band-high\" x=\"36\" y=\"8.0\" width=\"556.0\" height=\"33.6\""
            ),
            "{svg}"
        );
        // The gap in the average splits the line in two.
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert!(svg.contains("&lt;7 Mar&gt;"), "labels are escaped");
        assert!(svg.contains("aria-hidden=\"true\""));
    }

    #[test]
    fn the_same_numbers_draw_the_same_bytes() {
        assert_eq!(chart().svg(), chart().svg());
    }
}
