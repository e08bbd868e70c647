//! The language Tend speaks, and choosing another in Settings' form.

use super::{Reply, Request, state};
use tauri::AppHandle;
use tend_core::ApiError;
use tend_core::forms::read_language;
use tend_core::ipc::{FormFields, FormReply, LanguageForm, Messages};

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

pub(crate) fn language_form(
    app: &AppHandle,
    request: Request<LanguageForm>,
) -> Reply<LanguageForm> {
    let () = request;
    let chosen = state(app).with_journal(|journal| Ok(journal.language()?))?;
    Ok(tend_core::screen_html::language_form(
        &crate::language::view(chosen),
    ))
}

/// Speaks the chosen language from now on, everywhere (none follows the
/// system): the page, the tray and notifications.
pub(crate) fn submit(app: &AppHandle, request: &FormFields) -> Result<FormReply, ApiError> {
    let choices: Vec<String> = crate::language::view(None)
        .choices
        .into_iter()
        .map(|(tag, _)| tag)
        .collect();
    let chosen = read_language(&request.fields, request.sent, &choices)?;
    state(app).with_journal(|journal| Ok(journal.set_language(chosen.as_deref())?))?;
    crate::language::apply(chosen.as_deref());
    crate::desktop::relabel_tray(app);
    let view = crate::language::view(chosen);
    Ok(FormReply {
        html: tend_core::screen_html::language_form(&view),
        target: Some("form-language".to_owned()),
        said: tend_core::words::t("settings-language-saved"),
        today: None,
        language: Some(view),
    })
}
