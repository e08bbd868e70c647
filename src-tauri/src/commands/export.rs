//! Saving a document or the whole journal through the system's save
//! dialog, and importing a backup chosen in the open dialog, for the
//! Export screen's forms (`export_screen.rs`); the list of exports.
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
use tend_core::ipc::{DataExport, ExportLog, Imported, SaveDocumentRequest, Saved};
use tend_core::summary::{DocumentKind, DocumentRequest, Exported, Format, to_html, to_markdown};
use tend_core::words::t;
use tend_core::{ApiError, ErrorCode, journal_day};
use tend_journal::{ImportError, Journal, Paper, to_pdf, write_file};

fn internal(what: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorCode::Internal, what.to_string())
}

pub(super) fn day_now(journal: &Journal) -> Result<chrono::NaiveDate, ApiError> {
    Ok(journal_day(local_now(), journal.day_boundary()?))
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

pub(super) fn save_document(
    app: &AppHandle,
    request: SaveDocumentRequest,
) -> Result<Saved, ApiError> {
    let content = content()?;
    let state = state(app);
    let (bytes, made_on) = state.with_journal(|journal| {
        let made_on = day_now(journal)?;
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

pub(super) fn save_data(app: &AppHandle, request: DataExport) -> Result<Saved, ApiError> {
    let state = state(app);
    let made_on = state.with_journal(|journal| day_now(journal))?;
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

pub(super) fn import_data(app: &AppHandle) -> Result<Imported, ApiError> {
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
