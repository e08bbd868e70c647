//! The Export screen: written as two forms (`screen_html::export`) and
//! read back by tend-core (`forms::read_export`); the preview, saving a
//! document or the whole journal through the system's save dialog, and
//! importing a backup chosen in the open dialog.
//!
//! The journal is locked only to read or write it, never while a dialog
//! waits for the user. Files are written beside their destination and
//! renamed into place, so a failure never leaves half a file.
//!
//! In a build for the end-to-end tests, `switches` answers the dialogs.

use super::{Reply, Request, state};
use crate::clock::{local_now, utc_now};
use crate::content::content;
use crate::state::AppState;
use std::path::PathBuf;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;
use tend_core::entry::EntrySummary;
use tend_core::forms::{DocumentDraft, ExportChange, ExportOffered, Form, read_export};
use tend_core::ipc::{
    DataExport, ExportLog, ExportScreen, FormFields, FormReply, Imported, SaveDocumentRequest,
    Saved,
};
use tend_core::screen_html::{self, DocumentShown};
use tend_core::summary::{DocumentKind, DocumentRequest, Exported, Format, to_html, to_markdown};
use tend_core::words::{t, tr};
use tend_core::{ApiError, ErrorCode, journal_day};
use tend_journal::{ImportError, Journal, Paper, to_pdf, write_file};

fn internal(what: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorCode::Internal, what.to_string())
}

fn today(journal: &Journal) -> Result<chrono::NaiveDate, ApiError> {
    Ok(journal_day(local_now(), journal.day_boundary()?))
}

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
        .document(&draft.request, content, today(journal)?)
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
        let draft = DocumentDraft::first(today(journal)?);
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
        let today = today(journal)?;
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
        form_only: true,
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
            Ok(FormReply {
                today: Some(today),
                ..reply(html, said)
            })
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

pub(crate) fn export_log(app: &AppHandle, request: Request<ExportLog>) -> Reply<ExportLog> {
    let state = state(app);
    let () = request;
    state.with_journal(|journal| Ok(tend_core::screen_html::export_log(&journal.exports()?)))
}

/// Where a file is to go: a path on a computer; on a phone, whatever the
/// system's save dialog hands back (on Android, a `content://` address of
/// the place she chose, which only the system can open).
enum Place {
    Path(PathBuf),
    #[cfg(mobile)]
    Chosen(tauri_plugin_dialog::FilePath),
}

/// Asks where to save, suggesting `name`; `None` when the user cancels.
fn ask_where(app: &AppHandle, name: &str, kind: &str, extension: &str) -> Option<Place> {
    if let Some(dir) = crate::switches::save_dir() {
        return Some(Place::Path(dir.join(name)));
    }
    let chosen = app
        .dialog()
        .file()
        .set_file_name(name)
        .add_filter(kind, &[extension])
        .blocking_save_file()?;
    #[cfg(desktop)]
    return chosen.into_path().ok().map(Place::Path);
    #[cfg(mobile)]
    return Some(match chosen {
        tauri_plugin_dialog::FilePath::Path(path) => Place::Path(path),
        other => Place::Chosen(other),
    });
}

/// Writes `bytes` where she chose and says where that was: the path, or
/// on a phone the file's name (the system's address means nothing to her).
#[cfg_attr(desktop, allow(unused_variables))]
fn put(app: &AppHandle, place: Place, name: &str, bytes: &[u8]) -> Result<Saved, ApiError> {
    match place {
        Place::Path(path) => {
            write(&path, bytes)?;
            Ok(saved(&path))
        }
        #[cfg(mobile)]
        Place::Chosen(chosen) => {
            write_chosen(app, chosen, bytes).map_err(|e| {
                let code = if e.kind() == std::io::ErrorKind::StorageFull {
                    ErrorCode::StorageFull
                } else {
                    ErrorCode::InvalidInput
                };
                ApiError::said_with_detail(code, tend_journal::io_said(&e), e)
            })?;
            Ok(Saved::Saved {
                path: name.to_owned(),
            })
        }
    }
}

/// A phone's chosen place, opened through the system (tauri-plugin-fs
/// resolves Android's content addresses) and written in full, then synced.
#[cfg(mobile)]
fn write_chosen(
    app: &AppHandle,
    chosen: tauri_plugin_dialog::FilePath,
    bytes: &[u8],
) -> std::io::Result<()> {
    use std::io::Write as _;
    use tauri_plugin_fs::{FsExt, OpenOptions};
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    let mut file = app.fs().open(chosen, options)?;
    file.write_all(bytes)?;
    file.sync_all()
}

fn saved(path: &std::path::Path) -> Saved {
    Saved::Saved {
        path: path.display().to_string(),
    }
}

fn write(path: &std::path::Path, bytes: &[u8]) -> Result<(), ApiError> {
    write_file(path, bytes).map_err(|e| {
        let code = if e.kind() == std::io::ErrorKind::StorageFull {
            ErrorCode::StorageFull
        } else {
            ErrorCode::InvalidInput
        };
        ApiError::said_with_detail(
            code,
            tend_journal::io_said(&e),
            format!("{}: {e}", path.display()),
        )
    })
}

fn document_name(request: &DocumentRequest, format: Format, made_on: chrono::NaiveDate) -> String {
    match request.kind {
        DocumentKind::Summary => format!(
            "tend-summary-{}-to-{}.{}",
            request.from,
            request.to,
            format.extension()
        ),
        DocumentKind::Reflection => {
            format!("tend-reflection-{made_on}.{}", format.extension())
        }
    }
}

fn save_document(app: &AppHandle, request: SaveDocumentRequest) -> Result<Saved, ApiError> {
    let content = content()?;
    let state = state(app);
    let (bytes, made_on) = state.with_journal(|journal| {
        let made_on = today(journal)?;
        let paper = Paper::for_country(journal.country()?.as_deref());
        let doc = journal.document(&request.document, content, made_on)?;
        let bytes = match request.format {
            Format::Html => to_html(&doc).into_bytes(),
            Format::Markdown => to_markdown(&doc).into_bytes(),
            Format::Pdf => to_pdf(&doc, paper).map_err(internal)?,
        };
        Ok((bytes, made_on))
    })?;
    let name = document_name(&request.document, request.format, made_on);
    // The dialog names the file type in her words, as the Export screen does.
    let kind = t(&format!("export-format-{}", request.format.id()));
    let Some(place) = ask_where(app, &name, &kind, request.format.extension()) else {
        return Ok(Saved::Cancelled);
    };
    let said = put(app, place, &name, &bytes)?;
    let days = (request.document.kind == DocumentKind::Summary)
        .then_some((request.document.from, request.document.to));
    state.with_journal(|journal| {
        Ok(journal.log_export(
            Exported::from(request.document.kind),
            request.format.id(),
            days,
            utc_now(),
        )?)
    })?;
    Ok(said)
}

fn save_data(app: &AppHandle, request: DataExport) -> Result<Saved, ApiError> {
    let state = state(app);
    let made_on = state.with_journal(|journal| today(journal))?;
    let (what, format) = match request {
        DataExport::Backup => (Exported::Backup, "json"),
        DataExport::Spreadsheets => (Exported::Csv, "csv"),
    };
    match request {
        DataExport::Backup => {
            let bytes = state.with_journal(|journal| Ok(journal.export_backup(utc_now())?))?;
            let name = format!("tend-backup-{made_on}.json");
            let Some(place) = ask_where(app, &name, &t("export-format-json"), "json") else {
                return Ok(Saved::Cancelled);
            };
            let said = put(app, place, &name, &bytes)?;
            log(&state, what, format)?;
            Ok(said)
        }
        DataExport::Spreadsheets => {
            let files = state.with_journal(|journal| Ok(journal.export_csv()?))?;
            let folder_name = format!("tend-spreadsheets-{made_on}");
            let folder = match crate::switches::save_dir() {
                Some(dir) => Some(dir),
                None => pick_folder(app)?,
            };
            let Some(folder) = folder else {
                return Ok(Saved::Cancelled);
            };
            let folder = folder.join(folder_name);
            std::fs::create_dir_all(&folder).map_err(|e| {
                ApiError::said_with_detail(
                    ErrorCode::InvalidInput,
                    tend_journal::io_said(&e),
                    format!("{}: {e}", folder.display()),
                )
            })?;
            for (name, text) in files {
                write(&folder.join(name), text.as_bytes())?;
            }
            log(&state, what, format)?;
            Ok(saved(&folder))
        }
    }
}

/// Asks for a folder; `None` when the user cancels.
#[cfg(desktop)]
fn pick_folder(app: &AppHandle) -> Result<Option<PathBuf>, ApiError> {
    Ok(app
        .dialog()
        .file()
        .blocking_pick_folder()
        .and_then(|p| p.into_path().ok()))
}

/// A phone's dialogs choose files, not folders: she is told so, and where
/// the same data can go instead, rather than shown a cancel she never made.
#[cfg(mobile)]
fn pick_folder(_app: &AppHandle) -> Result<Option<PathBuf>, ApiError> {
    Err(ApiError::said(
        ErrorCode::InvalidInput,
        tend_core::Said::new("export-csv-phone"),
    ))
}

fn log(state: &AppState, what: Exported, format: &str) -> Result<(), ApiError> {
    state.with_journal(|journal| Ok(journal.log_export(what, format, None, utc_now())?))
}

fn import_data(app: &AppHandle) -> Result<Imported, ApiError> {
    let state = state(app);
    let path = match crate::switches::open_file() {
        Some(file) => Some(file),
        None => app
            .dialog()
            .file()
            .add_filter(t("export-format-json"), &["json"])
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok()),
    };
    let Some(path) = path else {
        return Ok(Imported::Cancelled);
    };
    let refused = |e: ImportError| ApiError {
        message: e.detail(),
        ..ApiError::said(ErrorCode::InvalidInput, e.said())
    };
    let unreadable = |e: std::io::Error| {
        ApiError::said_with_detail(
            ErrorCode::InvalidInput,
            tend_journal::io_said(&e),
            format!("{}: {e}", path.display()),
        )
    };
    // The size is checked before a byte is read.
    let size = std::fs::metadata(&path).map_err(unreadable)?.len();
    if size > tend_journal::MAX_BACKUP_BYTES {
        return Err(refused(ImportError::TooLarge {
            bytes: size,
            max: tend_journal::MAX_BACKUP_BYTES,
        }));
    }
    let bytes = std::fs::read(&path).map_err(unreadable)?;
    state.with_journal(|journal| match journal.import_backup(&bytes) {
        Ok(report) => Ok(Imported::Added {
            added: report.added,
            days_kept: report.days_kept,
        }),
        Err(ImportError::Journal(e)) => Err(e.into()),
        Err(e) => Err(refused(e)),
    })
}
