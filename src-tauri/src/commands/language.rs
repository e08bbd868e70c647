//! The language Tend speaks, and choosing another.

use super::{Reply, Request, state};
use tauri::AppHandle;
use tend_core::ipc::{Messages, SetLanguage};

pub(crate) fn messages(app: &AppHandle, request: Request<Messages>) -> Reply<Messages> {
    let () = request;
    // A locked journal keeps its choice to itself: the system's language
    // until it is opened.
    let chosen = state(app)
        .with_journal_quietly(|journal| Ok(journal.language()?))
        .ok()
        .flatten();
    crate::language::apply(chosen.as_deref());
    Ok(crate::language::view(chosen))
}

pub(crate) fn set_language(app: &AppHandle, request: Request<SetLanguage>) -> Reply<SetLanguage> {
    state(app).with_journal(|journal| Ok(journal.set_language(request.as_deref())?))?;
    crate::language::apply(request.as_deref());
    crate::desktop::relabel_tray(app);
    Ok(crate::language::view(request))
}
