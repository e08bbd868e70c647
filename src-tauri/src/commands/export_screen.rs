//! The Export screen, written as two forms (`screen_html::export`) and
//! read back by tend-core (`forms::read_export`): the document with its
//! preview, and the whole journal out or a backup in. Saving and importing
//! are `export.rs`'s.

use super::export::{day_now, import_data, save_data, save_document};
use super::{Reply, Request, state};
use crate::clock::local_now;
use crate::content::content;
use tauri::AppHandle;
use tend_core::entry::EntrySummary;
use tend_core::forms::{DocumentDraft, ExportChange, ExportOffered, Form, read_export};
use tend_core::ipc::{
    DataExport, ExportScreen, FormFields, FormReply, Imported, SaveDocumentRequest, Saved,
};
use tend_core::screen_html::{self, DocumentShown};
use tend_core::words::{t, tr};
use tend_core::{ApiError, ErrorCode, journal_day};
use tend_journal::Journal;

/// Every entry, newest first, with the journal day it was last changed
/// on: a letter written at 1 am before the day boundary belongs to the
/// day before.
fn entries_with_days(
    journal: &Journal,
) -> Result<Vec<(EntrySummary, chrono::NaiveDate)>, ApiError> {
    let boundary = journal.day_boundary()?;
    Ok(journal
        .entries()?
        .into_iter()
        .map(|e| {
            let local = e.updated_at.and_utc().with_timezone(&chrono::Local);
            let day = journal_day(local.naive_local(), boundary);
            (e, day)
        })
        .collect())
}

/// What the document form shows beside `draft`: every entry with its day,
/// and the preview made from the journal (or why there is none).
type Parts = (
    Vec<(EntrySummary, chrono::NaiveDate)>,
    Result<String, String>,
);

fn document_parts(journal: &Journal, draft: &DocumentDraft) -> Result<Parts, ApiError> {
    let content = content()?;
    let entries = entries_with_days(journal)?;
    let preview = journal
        .document(&draft.request, content, day_now(journal)?)
        .map(|doc| tend_core::summary::preview_html(&doc))
        .map_err(|e| said_text(&ApiError::from(e)));
    Ok((entries, preview))
}

fn shown<'a>(parts: &'a Parts, status: Option<&'a str>) -> DocumentShown<'a> {
    DocumentShown {
        entries: &parts.0,
        preview: parts.1.as_deref().map_err(String::as_str),
        status,
    }
}

/// The document form for `draft`, with `status` under its button.
fn document_form(
    journal: &Journal,
    draft: &DocumentDraft,
    status: Option<&str>,
) -> Result<String, ApiError> {
    let parts = document_parts(journal, draft)?;
    Ok(screen_html::document_form(draft, shown(&parts, status)))
}

/// An error's sentence for her, or the general one.
fn said_text(e: &ApiError) -> String {
    e.said
        .as_ref()
        .map_or_else(|| t("error-internal"), tend_core::Said::text)
}

pub(crate) fn export_screen(
    app: &AppHandle,
    request: Request<ExportScreen>,
) -> Reply<ExportScreen> {
    let () = request;
    state(app).with_journal(|journal| {
        let draft = DocumentDraft::first(day_now(journal)?);
        let parts = document_parts(journal, &draft)?;
        Ok(screen_html::export(
            &draft,
            shown(&parts, None),
            journal.is_locked(),
        ))
    })
}

/// Reads one of the screen's forms and does what it asks; answers with
/// that form written again and what it came to.
pub(crate) fn submit(
    app: &AppHandle,
    form: Form,
    request: FormFields,
) -> Result<FormReply, ApiError> {
    let state = state(app);
    let change = state.with_journal(|journal| {
        let offered: Vec<(i64, chrono::NaiveDate)> = entries_with_days(journal)?
            .into_iter()
            .map(|(e, day)| (e.id, day))
            .collect();
        let today = day_now(journal)?;
        read_export(
            form,
            &request.fields,
            request.sent,
            ExportOffered {
                today,
                entries: &offered,
            },
        )
    })?;
    let reply = |html: String, said: String| FormReply {
        html,
        target: Some(format!("form-{}", form.id())),
        said,
        today: None,
        language: None,
    };
    match change {
        ExportChange::Draft(draft) => {
            let html = state.with_journal(|journal| document_form(journal, &draft, None))?;
            Ok(reply(html, String::new()))
        }
        ExportChange::Save(draft) => {
            let request = SaveDocumentRequest {
                document: draft.request.clone(),
                format: draft.format,
            };
            let said = saved_text(&save_document(app, request)?);
            let html = state.with_journal(|journal| document_form(journal, &draft, Some(&said)))?;
            Ok(reply(html, said))
        }
        ExportChange::Backup | ExportChange::Spreadsheets => {
            let what = if change == ExportChange::Backup {
                DataExport::Backup
            } else {
                DataExport::Spreadsheets
            };
            let said = saved_text(&save_data(app, what)?);
            let lock_on = state.with_journal(|journal| Ok(journal.is_locked()))?;
            Ok(reply(
                screen_html::data_form(lock_on, Some(Ok(&said))),
                said,
            ))
        }
        ExportChange::Import => {
            let outcome = import_data(app);
            let lock_on = state.with_journal(|journal| Ok(journal.is_locked()))?;
            let (line, said) = match outcome {
                Ok(Imported::Added { added, days_kept }) => {
                    let said = added_text(&added, days_kept);
                    (Ok(said.clone()), said)
                }
                Ok(Imported::Cancelled) => (Ok(t("export-cancelled")), String::new()),
                // A file that is not a sound backup: what is wrong with it.
                Err(e) if e.code == ErrorCode::InvalidInput && e.said.is_some() => {
                    let alert = tr("import-failed", &[("detail", said_text(&e).into())]);
                    (Err(alert), String::new())
                }
                Err(e) => return Err(e),
            };
            let line = line.as_deref().map_err(String::as_str);
            let html = screen_html::data_form(lock_on, Some(line));
            let today = state
                .with_journal(|journal| crate::today::view(journal, content()?, local_now()))?;
            let mut answer = reply(html, said);
            answer.today = Some(today);
            Ok(answer)
        }
    }
}

/// What a save dialog came to, in her words.
fn saved_text(saved: &Saved) -> String {
    match saved {
        Saved::Saved { path } => tr("export-saved", &[("path", path.clone().into())]),
        Saved::Cancelled => t("export-cancelled"),
    }
}

/// What an import added, and how many of her own days were kept.
fn added_text(added: &tend_core::backup::Counts, days_kept: usize) -> String {
    let mut said = tr(
        "export-import-added",
        &[
            ("checkins", added.checkins.into()),
            ("entries", added.entries.into()),
            ("sessions", added.sessions.into()),
            ("results", added.measure_results.into()),
            ("total", added.total().into()),
        ],
    );
    if days_kept > 0 {
        said.push(' ');
        said.push_str(&tr("export-import-kept", &[("days", days_kept.into())]));
    }
    said
}
