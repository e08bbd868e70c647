//! The documents a user can export: a personal summary for a GP or a
//! supervisor, and a reflective-account draft in the NMC's shape.
//!
//! A document is first a list of blocks (headings, sentences, tables,
//! charts, the user's own words), built here from the journal's rows by a
//! pure function. Each format then writes the same blocks: HTML and
//! Markdown here, PDF in the shell's crates. So the preview, the file and
//! the `tend` command's output cannot drift apart.

use crate::chart::Chart;
use crate::checkin::{CheckIn, Item};
use crate::entry::Entry;
use crate::exercise::Catalogue;
use crate::insights::rolling_mean;
use crate::measure::{MeasureResult, Measures};
use crate::practice::{Session, what_helps};
use crate::words::{t, tr};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// Which document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// Check-in trends, questionnaires, practice and chosen entries.
    Summary,
    /// Chosen entries under the NMC reflective account's prompts.
    Reflection,
}

/// The file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Html,
    Pdf,
    Markdown,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Html, Format::Pdf, Format::Markdown];

    pub fn id(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Markdown => "markdown",
        }
    }

    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The file name's ending.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Markdown => "md",
        }
    }
}

/// What the user chose to put in a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRequest {
    pub kind: DocumentKind,
    /// The first and last journal day, both included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub checkins: bool,
    pub measures: bool,
    pub practice: bool,
    /// Journal entries, by id, in the order chosen. None unless picked.
    pub entries: Vec<i64>,
    /// The guided path, with what was written for it: only when ticked.
    #[serde(default)]
    pub path: bool,
}

/// What was exported; the log never holds the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exported {
    Summary,
    Reflection,
    Backup,
    Csv,
}

impl Exported {
    pub fn id(self) -> &'static str {
        match self {
            Exported::Summary => "summary",
            Exported::Reflection => "reflection",
            Exported::Backup => "backup",
            Exported::Csv => "csv",
        }
    }

    pub fn from_id(id: &str) -> Option<Exported> {
        [
            Exported::Summary,
            Exported::Reflection,
            Exported::Backup,
            Exported::Csv,
        ]
        .into_iter()
        .find(|e| e.id() == id)
    }
}

impl From<DocumentKind> for Exported {
    fn from(kind: DocumentKind) -> Exported {
        match kind {
            DocumentKind::Summary => Exported::Summary,
            DocumentKind::Reflection => Exported::Reflection,
        }
    }
}

/// One line of the export log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRecord {
    /// UTC.
    pub made_at: NaiveDateTime,
    pub what: Exported,
    /// "html", "pdf", "markdown", "json", "csv".
    pub format: String,
    pub first_day: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
}

/// One piece of a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// Level 1 is the title; 2 a section; 3 a part of one.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(String),
    /// Something the reader must not miss.
    Warning(String),
    /// Small print: credits and licences.
    Small(String),
    /// A chart with the sentence that describes it.
    Chart {
        chart: Chart,
        caption: String,
    },
    Table {
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    List(Vec<String>),
    /// The user's own words, line breaks kept.
    Text(String),
}

/// A whole document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// Everything a document may draw on; `document` picks what was asked for.
#[derive(Clone, Copy, Debug)]
pub struct Sources<'a> {
    pub checkins: &'a [CheckIn],
    pub results: &'a [MeasureResult],
    pub measures: &'a Measures,
    pub sessions: &'a [Session],
    pub catalogue: &'a Catalogue,
    /// The chosen entries (at least); others are ignored.
    pub entries: &'a [Entry],
    /// The day the document is made, written in its header.
    pub made_on: NaiveDate,
    /// The guided path, when it was asked for and has been started.
    pub path: Option<&'a PathReport>,
}

/// The guided path as a summary tells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathReport {
    pub title: String,
    pub started_on: NaiveDate,
    pub done: usize,
    pub steps: usize,
    pub complete: bool,
    /// What was written for the writing steps: week (from 1), the step's
    /// exercise title, and the entry.
    pub reflections: Vec<(usize, String, Entry)>,
}

/// "26 November 2026".
pub fn long_date(day: NaiveDate) -> String {
    day.format("%-d %B %Y").to_string()
}

fn short_date(day: NaiveDate) -> String {
    day.format("%-d %b").to_string()
}

/// A score as people write it: 28, not 28.00; 2.75 stays.
pub fn shown_value(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

fn one_decimal(value: f64) -> String {
    format!("{value:.1}")
}

fn signed(value: f64) -> String {
    if value > 0.0 {
        format!("+{value:.1}")
    } else {
        format!("{value:.1}")
    }
}

/// Builds the document the request describes.
pub fn document(request: &DocumentRequest, sources: &Sources<'_>) -> Document {
    let chosen: Vec<&Entry> = request
        .entries
        .iter()
        .filter_map(|id| sources.entries.iter().find(|e| e.id == *id))
        .collect();
    match request.kind {
        DocumentKind::Summary => summary(request, sources, &chosen),
        DocumentKind::Reflection => reflection(sources, &chosen),
    }
}

fn header(title: &str, request: &DocumentRequest, made_on: NaiveDate) -> Vec<Block> {
    vec![
        Block::Heading {
            level: 1,
            text: title.to_owned(),
        },
        Block::Paragraph(tr(
            "export-period",
            &[
                ("from", long_date(request.from).into()),
                ("to", long_date(request.to).into()),
                ("made", long_date(made_on).into()),
            ],
        )),
        Block::Warning(t("export-self-reported")),
    ]
}

fn summary(request: &DocumentRequest, sources: &Sources<'_>, chosen: &[&Entry]) -> Document {
    let title = t("export-summary-title");
    let mut blocks = header(&title, request, sources.made_on);
    let in_range = |day: NaiveDate| day >= request.from && day <= request.to;
    if request.checkins {
        let checkins: Vec<&CheckIn> = sources
            .checkins
            .iter()
            .filter(|c| in_range(c.day))
            .collect();
        checkin_section(&mut blocks, request, &checkins);
    }
    if request.measures {
        let results: Vec<&MeasureResult> =
            sources.results.iter().filter(|r| in_range(r.day)).collect();
        measure_section(&mut blocks, sources.measures, &results);
    }
    if request.practice {
        let sessions: Vec<Session> = sources
            .sessions
            .iter()
            .filter(|s| in_range(s.started_at.unwrap_or(s.saved_at).date()))
            .cloned()
            .collect();
        practice_section(&mut blocks, sources.catalogue, &sessions);
    }
    if request.path
        && let Some(path) = sources.path
    {
        path_section(&mut blocks, path);
    }
    if !chosen.is_empty() {
        blocks.push(Block::Heading {
            level: 2,
            text: t("export-entries-title"),
        });
        for entry in chosen {
            blocks.push(Block::Heading {
                level: 3,
                text: entry_title(entry),
            });
            blocks.push(Block::Small(long_date(entry.created_at.date())));
            blocks.push(Block::Text(entry.body.clone()));
        }
    }
    Document { title, blocks }
}

fn path_section(blocks: &mut Vec<Block>, path: &PathReport) {
    blocks.push(Block::Heading {
        level: 2,
        text: tr("export-path-title", &[("title", path.title.clone().into())]),
    });
    blocks.push(Block::Paragraph(tr(
        if path.complete {
            "export-path-complete"
        } else {
            "export-path-progress"
        },
        &[
            ("date", long_date(path.started_on).into()),
            ("done", path.done.into()),
            ("steps", path.steps.into()),
        ],
    )));
    for (week, step, entry) in &path.reflections {
        blocks.push(Block::Heading {
            level: 3,
            text: tr(
                "export-path-reflection",
                &[("week", (*week).into()), ("step", step.clone().into())],
            ),
        });
        blocks.push(Block::Small(long_date(entry.created_at.date())));
        blocks.push(Block::Text(entry.body.clone()));
    }
}

fn entry_title(entry: &Entry) -> String {
    if entry.title.is_empty() {
        tr(
            "export-entry-untitled",
            &[("date", long_date(entry.created_at.date()).into())],
        )
    } else {
        entry.title.clone()
    }
}

fn checkin_section(blocks: &mut Vec<Block>, request: &DocumentRequest, checkins: &[&CheckIn]) {
    blocks.push(Block::Heading {
        level: 2,
        text: t("export-checkins-title"),
    });
    let days = (request.to - request.from).num_days() + 1;
    blocks.push(Block::Paragraph(tr(
        "export-checkins-count",
        &[("count", checkins.len().into()), ("days", days.into())],
    )));
    if checkins.is_empty() {
        return;
    }
    let window = if days > 180 { 30 } else { 7 };
    for item in Item::ALL {
        let name = t(&format!("checkin-short-{}", item.id()));
        let values: Vec<f64> = checkins
            .iter()
            .map(|c| f64::from(c.ratings.get(item)))
            .collect();
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        let low = values.iter().copied().fold(f64::MAX, f64::min);
        let high = values.iter().copied().fold(f64::MIN, f64::max);
        let mut daily: Vec<Option<f64>> = vec![None; usize::try_from(days).unwrap_or(0)];
        for c in checkins {
            if let Ok(i) = usize::try_from((c.day - request.from).num_days())
                && let Some(slot) = daily.get_mut(i)
            {
                *slot = Some(f64::from(c.ratings.get(item)));
            }
        }
        let averages = rolling_mean(&daily, window);
        let chart = Chart {
            first: request.from,
            last: request.to,
            y_min: 0.0,
            y_max: 10.0,
            shades: Vec::new(),
            dots: checkins
                .iter()
                .map(|c| (c.day, f64::from(c.ratings.get(item))))
                .collect(),
            line: averages
                .iter()
                .enumerate()
                .map(|(i, a)| (request.from + Duration::days(i as i64), *a))
                .collect(),
            first_label: short_date(request.from),
            last_label: short_date(request.to),
        };
        blocks.push(Block::Heading {
            level: 3,
            text: name.clone(),
        });
        blocks.push(Block::Chart {
            chart,
            caption: tr(
                "export-item-sentence",
                &[
                    ("item", name.into()),
                    ("mean", one_decimal(mean).into()),
                    ("days", values.len().into()),
                    ("low", shown_value(low).into()),
                    ("high", shown_value(high).into()),
                ],
            ),
        });
    }
    // A week a row: what a reader can scan, and what a screen reader reads
    // instead of the charts.
    let mut head = vec![t("export-week-of"), t("export-days")];
    head.extend(
        Item::ALL
            .iter()
            .map(|i| t(&format!("checkin-short-{}", i.id()))),
    );
    let mut rows = Vec::new();
    let mut week: Vec<&CheckIn> = Vec::new();
    let monday = |d: NaiveDate| d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
    let flush = |week: &mut Vec<&CheckIn>, rows: &mut Vec<Vec<String>>| {
        if let Some(first) = week.first() {
            let mut row = vec![long_date(monday(first.day)), week.len().to_string()];
            for item in Item::ALL {
                let sum: f64 = week.iter().map(|c| f64::from(c.ratings.get(item))).sum();
                row.push(one_decimal(sum / week.len() as f64));
            }
            rows.push(row);
        }
        week.clear();
    };
    for c in checkins {
        if week.first().is_some_and(|f| monday(f.day) != monday(c.day)) {
            flush(&mut week, &mut rows);
        }
        week.push(c);
    }
    flush(&mut week, &mut rows);
    blocks.push(Block::Table {
        caption: t("export-weeks-caption"),
        head,
        rows,
    });
}

fn measure_section(blocks: &mut Vec<Block>, measures: &Measures, results: &[&MeasureResult]) {
    blocks.push(Block::Heading {
        level: 2,
        text: t("export-measures-title"),
    });
    if results.is_empty() {
        blocks.push(Block::Paragraph(t("export-measures-none")));
        return;
    }
    blocks.push(Block::Paragraph(t("export-measures-screening")));
    let mut used = Vec::new();
    for measure in &measures.measures {
        let mine: Vec<&&MeasureResult> =
            results.iter().filter(|r| r.measure == measure.id).collect();
        if mine.is_empty() {
            continue;
        }
        used.push(measure);
        blocks.push(Block::Heading {
            level: 3,
            text: measure.name.clone(),
        });
        let mut rows = Vec::new();
        for result in mine {
            let Ok(scores) = measure.score(&result.answers) else {
                continue;
            };
            for score in scores {
                let Some(scale) = measure.scales.iter().find(|s| s.id == score.scale) else {
                    continue;
                };
                let band = score
                    .band
                    .as_ref()
                    .and_then(|id| scale.bands.iter().find(|b| &b.id == id))
                    .map(|b| b.words.clone())
                    .unwrap_or_default();
                let (low, high) = measure.scale_range(scale);
                rows.push(vec![
                    long_date(result.day),
                    scale.name.clone(),
                    tr(
                        "export-score-of",
                        &[
                            ("value", shown_value(score.value).into()),
                            ("low", shown_value(low).into()),
                            ("high", shown_value(high).into()),
                        ],
                    ),
                    band,
                ]);
            }
        }
        blocks.push(Block::Table {
            caption: tr(
                "export-results-caption",
                &[("name", measure.short_name.clone().into())],
            ),
            head: vec![
                t("export-date"),
                t("export-scale"),
                t("insights-score"),
                t("export-band"),
            ],
            rows,
        });
        let meanings: Vec<String> = measure
            .scales
            .iter()
            .map(|s| format!("{}: {}", s.name, s.higher_means))
            .collect();
        blocks.push(Block::List(meanings));
    }
    for measure in used {
        blocks.push(Block::Small(format!(
            "{} {}",
            measure.citation, measure.licence
        )));
    }
}

fn practice_section(blocks: &mut Vec<Block>, catalogue: &Catalogue, sessions: &[Session]) {
    blocks.push(Block::Heading {
        level: 2,
        text: t("export-practice-title"),
    });
    let seconds: u64 = sessions
        .iter()
        .map(|s| u64::from(s.record.seconds_played))
        .sum();
    blocks.push(Block::Paragraph(tr(
        "export-practice-count",
        &[
            ("count", sessions.len().into()),
            ("minutes", seconds.div_ceil(60).into()),
        ],
    )));
    if sessions.is_empty() {
        return;
    }
    let name = |id: &str| {
        catalogue
            .get(id)
            .map_or_else(|| id.to_owned(), |e| e.title.clone())
    };
    let mut by_exercise: std::collections::BTreeMap<String, (usize, u64)> = Default::default();
    for s in sessions {
        let row = by_exercise.entry(name(&s.record.exercise)).or_default();
        row.0 += 1;
        row.1 += u64::from(s.record.seconds_played);
    }
    blocks.push(Block::Table {
        caption: t("export-practice-caption"),
        head: vec![t("export-exercise"), t("export-times"), t("export-minutes")],
        rows: by_exercise
            .into_iter()
            .map(|(exercise, (times, seconds))| {
                vec![
                    exercise,
                    times.to_string(),
                    seconds.div_ceil(60).to_string(),
                ]
            })
            .collect(),
    });
    let helps = what_helps(sessions);
    blocks.push(Block::Heading {
        level: 3,
        text: t("export-helps-title"),
    });
    if helps.is_empty() {
        blocks.push(Block::Paragraph(t("export-helps-none")));
    } else {
        blocks.push(Block::List(
            helps
                .iter()
                .map(|h| {
                    tr(
                        "export-helps-line",
                        &[
                            ("exercise", name(&h.exercise).into()),
                            ("sessions", h.sessions.into()),
                            ("calm", signed(h.calm_change).into()),
                            ("kind", signed(h.kind_change).into()),
                        ],
                    )
                })
                .collect(),
        ));
    }
}

/// The NMC's four questions, in the form's order (CONTENT.md section 5).
const REFLECTION_PROMPTS: [&str; 4] = [
    "export-nmc-what",
    "export-nmc-learned",
    "export-nmc-changed",
    "export-nmc-code",
];

/// The Code's four themes.
const CODE_THEMES: [&str; 4] = [
    "export-code-people",
    "export-code-effectively",
    "export-code-safety",
    "export-code-trust",
];

fn reflection(sources: &Sources<'_>, chosen: &[&Entry]) -> Document {
    let title = t("export-reflection-title");
    let mut blocks = vec![
        Block::Heading {
            level: 1,
            text: title.clone(),
        },
        Block::Paragraph(tr(
            "export-reflection-made",
            &[
                ("made", long_date(sources.made_on).into()),
                ("count", chosen.len().into()),
            ],
        )),
        Block::Warning(t("export-reflection-warning")),
        Block::Small(t("export-reflection-cpd")),
    ];
    if chosen.is_empty() {
        blocks.push(Block::Paragraph(t("export-reflection-none")));
    }
    for (n, entry) in chosen.iter().enumerate() {
        blocks.push(Block::Heading {
            level: 2,
            text: tr(
                "export-reflection-account",
                &[
                    ("number", (n + 1).into()),
                    ("title", entry_title(entry).into()),
                ],
            ),
        });
        blocks.push(Block::Small(long_date(entry.created_at.date())));
        for (i, prompt) in REFLECTION_PROMPTS.iter().enumerate() {
            blocks.push(Block::Heading {
                level: 3,
                text: t(prompt),
            });
            match i {
                0 => blocks.push(Block::Text(entry.body.clone())),
                3 => {
                    blocks.push(Block::List(CODE_THEMES.iter().map(|k| t(k)).collect()));
                    blocks.push(Block::Paragraph(t("export-nmc-code-hint")));
                }
                _ => blocks.push(Block::Paragraph(t("export-nmc-fill"))),
            }
        }
    }
    Document { title, blocks }
}

fn escape_html(text: &str) -> String {
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
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>{HTML_STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape_html(&doc.title)
    );
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text } => {
                let level = (*level).clamp(1, 6);
                let _ = writeln!(out, "<h{level}>{}</h{level}>", escape_html(text));
            }
            Block::Paragraph(text) => {
                let _ = writeln!(out, "<p>{}</p>", escape_html(text));
            }
            Block::Warning(text) => {
                let _ = writeln!(out, "<p class=\"warning\">{}</p>", escape_html(text));
            }
            Block::Small(text) => {
                let _ = writeln!(out, "<p class=\"small\">{}</p>", escape_html(text));
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
            } => {
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
                        if i == 0 {
                            let _ = write!(out, "<th scope=\"row\">{}</th>", escape_html(cell));
                        } else {
                            let _ = write!(out, "<td>{}</td>", escape_html(cell));
                        }
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", escape_html(item));
                }
                out.push_str("</ul>\n");
            }
            Block::Text(text) => {
                let _ = writeln!(out, "<div class=\"text\">{}</div>", escape_html(text));
            }
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

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
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
