//! The guided path: where the user is on it, worked out by tend-core from
//! the events the journal keeps.

use super::{Reply, Request, state};
use crate::clock::utc_now;
use crate::content::content;
use crate::today::guided_path as path_for;
use tauri::AppHandle;
use tend_core::ApiError;
use tend_core::content::Content;
use tend_core::ipc::{GuidedPathView, PathAction, PathView};
use tend_core::path::{before_after, progress};
use tend_journal::Journal;

fn view(journal: &Journal, content: &Content) -> Result<PathView, ApiError> {
    let path = path_for(journal, content)?;
    let progress = progress(&path, &journal.path_events(&path.id)?);
    let compare = tend_core::screen_html::path_compare(&before_after(
        &path,
        &progress,
        &journal.measure_results()?,
        &content.measures,
    ));
    let titles = content
        .catalogue
        .exercises
        .iter()
        .map(|e| (e.id.clone(), e.title.clone()))
        .collect();
    Ok(PathView {
        path,
        progress,
        exercise_titles: titles,
        compare,
    })
}

pub(crate) fn guided_path(
    app: &AppHandle,
    request: Request<GuidedPathView>,
) -> Reply<GuidedPathView> {
    let () = request;
    let content = content()?;
    state(app).with_journal(|journal| view(journal, content))
}

pub(crate) fn path_action(app: &AppHandle, request: Request<PathAction>) -> Reply<PathAction> {
    let content = content()?;
    state(app).with_journal(|journal| {
        let path = path_for(journal, content)?;
        if let Some(step) = &request.step
            && path.step(step).is_none()
        {
            return Err(ApiError::not_offered("the path has no such step"));
        }
        journal.add_path_event(
            &path.id,
            request.kind,
            request.step.as_deref(),
            request.entry,
            utc_now(),
        )?;
        view(journal, content)
    })
}
