//! The guided path's commands: the path, checked once against the
//! exercises and questionnaires, and where the user is on it, worked out
//! by tend-core from the events the journal keeps.

use crate::commands::utc_now;
use crate::state::AppState;
use std::sync::LazyLock;
use tauri::State;
use tend_core::content::{catalogue, guided_path as load_path};
use tend_core::ipc::{Command, GuidedPathView, PathAction, PathNext, PathView};
use tend_core::path::{GuidedPath, PathState, before_after, progress};
use tend_core::{ApiError, ErrorCode};
use tend_journal::Journal;

static PATH: LazyLock<Result<GuidedPath, String>> = LazyLock::new(load_path);

/// The path as she sees it, with the steps for her role.
fn path(journal: &Journal) -> Result<GuidedPath, ApiError> {
    let role = journal.preferences()?.role;
    PATH.as_ref()
        .map(|p| p.for_role(role))
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.clone()))
}

fn view(journal: &Journal) -> Result<PathView, ApiError> {
    let path = &path(journal)?;
    let progress = progress(path, &journal.path_events(&path.id)?);
    let measures =
        tend_core::content::measures().map_err(|e| ApiError::new(ErrorCode::Internal, e))?;
    let compare = before_after(path, &progress, &journal.measure_results()?, &measures);
    let titles = catalogue()
        .map_err(|e| ApiError::new(ErrorCode::Internal, e))?
        .exercises
        .into_iter()
        .map(|e| (e.id, e.title))
        .collect();
    Ok(PathView {
        path: path.clone(),
        progress,
        exercise_titles: titles,
        compare,
    })
}

/// The step Today suggests, while the path is active.
pub(crate) fn next_step(journal: &Journal) -> Result<Option<PathNext>, ApiError> {
    let path = &path(journal)?;
    let progress = progress(path, &journal.path_events(&path.id)?);
    if progress.state != PathState::Active {
        return Ok(None);
    }
    let Some((week, step)) = progress.next.as_deref().and_then(|id| path.step(id)) else {
        return Ok(None);
    };
    let title = catalogue()
        .ok()
        .and_then(|c| c.get(&step.exercise).map(|e| e.title.clone()))
        .unwrap_or_default();
    Ok(Some(PathNext {
        week: week + 1,
        title,
        step: step.clone(),
    }))
}

#[tauri::command(async)]
pub(crate) fn guided_path(
    state: State<'_, AppState>,
    request: <GuidedPathView as Command>::Request,
) -> Result<<GuidedPathView as Command>::Response, ApiError> {
    let () = request;
    state.with_journal(|journal| view(journal))
}

#[tauri::command(async)]
pub(crate) fn path_action(
    state: State<'_, AppState>,
    request: <PathAction as Command>::Request,
) -> Result<<PathAction as Command>::Response, ApiError> {
    state.with_journal(|journal| {
        let path = &path(journal)?;
        if let Some(step) = &request.step
            && path.step(step).is_none()
        {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                "the path has no such step",
            ));
        }
        journal.add_path_event(
            &path.id,
            request.kind,
            request.step.as_deref(),
            request.entry,
            utc_now(),
        )?;
        view(journal)
    })
}
