//! The documents a user can export: a personal summary for a GP or a
//! supervisor, and a reflective-account draft in the NMC's shape.
//!
//! A document is first a list of blocks (headings, sentences, tables,
//! charts, the user's own words), built here from the journal's rows by a
//! pure function. Each format then writes the same blocks: HTML and
//! Markdown here, PDF in the shell's crates. So the preview, the file and
//! the `tend` command's output cannot drift apart.

mod html;
mod markdown;
mod reflection;
mod sections;

pub(crate) use html::escape_html;
pub use html::{preview_html, to_html};
pub use markdown::to_markdown;

use crate::chart::Chart;
use crate::checkin::{CheckIn, Item};
use crate::entry::Entry;
use crate::exercise::Catalogue;
use crate::insights::rolling_mean;
use crate::measure::{MeasureResult, Measures};
use crate::practice::{Session, what_helps};
use crate::words::{t, tr};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use reflection::reflection;
use sections::summary;
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
        /// The language of each column whose cells are not in the
        /// document's (a questionnaire's published wording); `None`, or no
        /// entry at all, for the document's own.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        langs: Vec<Option<String>>,
    },
    List(Vec<String>),
    /// The user's own words, line breaks kept.
    Text(String),
    /// A block in another language than the document's, such as a
    /// questionnaire's published name and wording.
    InLanguage {
        lang: String,
        block: Box<Block>,
    },
}

impl Block {
    /// The block itself, out of any language wrapper.
    pub fn inner(&self) -> &Block {
        match self {
            Block::InLanguage { block, .. } => block.inner(),
            other => other,
        }
    }

    /// The same block, marked as written in `lang`.
    pub fn in_language(self, lang: &str) -> Block {
        Block::InLanguage {
            lang: lang.to_owned(),
            block: Box::new(self),
        }
    }
}

/// A whole document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The language it is written in, as a tag for `lang` attributes.
    #[serde(default = "english")]
    pub lang: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

fn english() -> String {
    crate::words::FALLBACK.to_owned()
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

/// "26 November 2026", in the active language.
pub fn long_date(day: NaiveDate) -> String {
    crate::dates::long_date(day)
}

fn short_date(day: NaiveDate) -> String {
    crate::dates::day_month_short(day)
}

/// A score as people write it: 28, not 28.00; 2.75 stays (2,75 in Czech).
pub fn shown_value(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        crate::words::decimal(value, 2)
    }
}

fn one_decimal(value: f64) -> String {
    crate::words::decimal(value, 1)
}

fn signed(value: f64) -> String {
    if value > 0.0 {
        format!("+{}", one_decimal(value))
    } else {
        one_decimal(value)
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
