//! The Export screen's two forms: the document (its kind, period, parts,
//! entries and format, previewed as she changes them, and saved), and the
//! whole journal out or a backup file in.

use super::{Fields, Form, refused, ticked};
use crate::ipc::{ApiError, ErrorCode};
use crate::said::Said;
use crate::summary::{DocumentKind, DocumentRequest, Format};
use chrono::{Duration, NaiveDate};

/// The fields' names and the buttons' values, as the markup writes them.
pub mod field {
    pub const KIND: &str = "kind";
    pub const FROM: &str = "from";
    pub const TO: &str = "to";
    pub const SECTION: &str = "section";
    pub const ENTRY: &str = "entry";
    pub const FORMAT: &str = "format";
    pub const UNDERSTOOD: &str = "understood";
    pub const DO: &str = "do";
    pub const SAVE: &str = "save";
    pub const BACKUP: &str = "backup";
    pub const SPREADSHEETS: &str = "spreadsheets";
    pub const IMPORT: &str = "import";
    pub const TICKED: &str = "on";
    /// A summary's parts, as the boxes send them.
    pub const SECTIONS: [&str; 4] = ["checkins", "measures", "practice", "path"];
    /// The quick periods: the button's value, its words, and how many
    /// days back from today it starts.
    pub const PERIODS: [(&str, &str, i64); 3] = [
        ("last-30", "export-last-month", 30),
        ("last-91", "export-last-three-months", 91),
        ("last-365", "export-last-year", 365),
    ];
}

/// The document as she has set it up so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentDraft {
    pub request: DocumentRequest,
    pub format: Format,
    /// She has said she will check a reflective draft for anything that
    /// could identify someone.
    pub understood: bool,
}

impl DocumentDraft {
    /// What the screen starts from: a summary of the last three months,
    /// every part but the path, no entries, as a PDF.
    pub fn first(today: NaiveDate) -> DocumentDraft {
        DocumentDraft {
            request: DocumentRequest {
                kind: DocumentKind::Summary,
                from: today - Duration::days(90),
                to: today,
                checkins: true,
                measures: true,
                practice: true,
                entries: Vec::new(),
                path: false,
            },
            format: Format::Pdf,
            understood: false,
        }
    }
}

/// What the screen offers: today, and every entry with its journal day.
#[derive(Clone, Copy, Debug)]
pub struct ExportOffered<'a> {
    pub today: NaiveDate,
    pub entries: &'a [(i64, NaiveDate)],
}

/// What one of the Export screen's forms asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportChange {
    /// The document as she has it: preview it.
    Draft(DocumentDraft),
    /// Save it where she chooses.
    Save(DocumentDraft),
    Backup,
    Spreadsheets,
    Import,
}

/// Reads the document form or the data form; `sent` by a button.
pub fn read_export(
    form: Form,
    fields: &[(String, String)],
    sent: bool,
    offered: ExportOffered<'_>,
) -> Result<ExportChange, ApiError> {
    use field::*;
    match form {
        Form::Data => {
            let fields = Fields::new(fields, &[DO])?;
            match (sent, fields.optional(DO)?) {
                (true, Some(BACKUP)) => Ok(ExportChange::Backup),
                (true, Some(SPREADSHEETS)) => Ok(ExportChange::Spreadsheets),
                (true, Some(IMPORT)) => Ok(ExportChange::Import),
                (_, other) => Err(refused(format!("the data form cannot {other:?}"))),
            }
        }
        Form::Document => {
            let fields = Fields::new(
                fields,
                &[KIND, FROM, TO, SECTION, ENTRY, FORMAT, UNDERSTOOD, DO],
            )?;
            let mut draft = read_document(&fields, offered)?;
            if let (true, Some(period)) = (sent, fields.optional(DO)?)
                && let Some((_, _, days)) = PERIODS.iter().find(|(value, _, _)| *value == period)
            {
                draft.request.from = offered.today - Duration::days(days - 1);
                draft.request.to = offered.today;
            }
            // Entries outside the period are no longer listed: none is in
            // the document unseen.
            draft.request.entries.retain(|id| {
                offered.entries.iter().any(|(e, day)| {
                    e == id && *day >= draft.request.from && *day <= draft.request.to
                })
            });
            match (sent, fields.optional(DO)?) {
                (false, None) => Ok(ExportChange::Draft(draft)),
                (true, Some(SAVE)) => {
                    if draft.request.kind == DocumentKind::Reflection && !draft.understood {
                        return Err(ApiError::said(
                            ErrorCode::InvalidInput,
                            Said::new("export-understood-needed"),
                        ));
                    }
                    Ok(ExportChange::Save(draft))
                }
                (true, Some(period)) if PERIODS.iter().any(|(value, _, _)| *value == period) => {
                    Ok(ExportChange::Draft(draft))
                }
                (_, other) => Err(refused(format!("the document form cannot {other:?}"))),
            }
        }
        _ => Err(refused("not a form of the Export screen".to_owned())),
    }
}

/// The document's fields, each read as the form offers it. A date field
/// she has emptied keeps the period's end it had by default.
fn read_document(
    fields: &Fields<'_>,
    offered: ExportOffered<'_>,
) -> Result<DocumentDraft, ApiError> {
    use field::*;
    let first = DocumentDraft::first(offered.today);
    let kind = match fields.required(KIND)? {
        "summary" => DocumentKind::Summary,
        "reflection" => DocumentKind::Reflection,
        other => return Err(refused(format!("no document kind {other:?}"))),
    };
    let day = |name: &str, empty: NaiveDate| -> Result<NaiveDate, ApiError> {
        match fields.required(name)? {
            "" => Ok(empty),
            text => crate::wire::parse_date(text)
                .ok_or_else(|| refused(format!("{text:?} is not a date"))),
        }
    };
    let from = day(FROM, first.request.from)?;
    let to = day(TO, first.request.to)?;
    let mut sections = [false; 4];
    for value in fields.all(SECTION) {
        let at = SECTIONS
            .iter()
            .position(|s| *s == value)
            .ok_or_else(|| refused(format!("no part {value:?}")))?;
        if sections[at] {
            return Err(refused(format!("the part {value:?} came twice")));
        }
        sections[at] = true;
    }
    let mut entries = Vec::new();
    for value in fields.all(ENTRY) {
        let id = offered
            .entries
            .iter()
            .map(|(id, _)| *id)
            .find(|id| id.to_string() == value)
            .ok_or_else(|| refused(format!("no entry {value:?}")))?;
        if entries.contains(&id) {
            return Err(refused(format!("the entry {value:?} came twice")));
        }
        entries.push(id);
    }
    let format = fields.required(FORMAT)?;
    let format = Format::ALL
        .into_iter()
        .find(|f| f.id() == format)
        .ok_or_else(|| refused(format!("no format {format:?}")))?;
    let understood = ticked(fields, UNDERSTOOD)?;
    let [checkins, measures, practice, path] = sections;
    Ok(DocumentDraft {
        request: DocumentRequest {
            kind,
            from,
            to,
            checkins,
            measures,
            practice,
            entries,
            path,
        },
        format,
        understood,
    })
}
