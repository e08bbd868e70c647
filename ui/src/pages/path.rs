//! The guided path: four weeks, each with an idea and two or three short
//! steps, done in any order and ticked off; pause and pick up again; the
//! questionnaires at the start and the end, side by side.

use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::Route;
use crate::shared::use_shared;
use tend_core::ipc::{GuidedPathView, PathAction, PathActionRequest, PathView, Today};
use tend_core::path::{PathEventKind, PathState};
use tend_core::screen_html::{step_length, step_route};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// The path and where the user is on it, loaded once.
#[hook]
fn use_path_view() -> UseStateHandle<Option<Result<PathView, String>>> {
    let view = use_state(|| None::<Result<PathView, String>>);
    {
        let view = view.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                view.set(Some(
                    invoke::<GuidedPathView>(&())
                        .await
                        .map_err(|e| error_text(&e)),
                ));
            });
        });
    }
    view
}

#[function_component]
pub(crate) fn PathPage() -> Html {
    let shared = use_shared();
    let view = use_path_view();
    let error = use_state(|| None::<String>);
    let act = {
        let (view, error, shared) = (view.clone(), error.clone(), shared.clone());
        Callback::from(move |(request, said): (PathActionRequest, String)| {
            let (view, error, shared) = (view.clone(), error.clone(), shared.clone());
            spawn_local(async move {
                match invoke::<PathAction>(&request).await {
                    Ok(next) => {
                        error.set(None);
                        view.set(Some(Ok(next)));
                        shared.announce.emit(said);
                        // Today names the next step.
                        if let Ok(today) = invoke::<Today>(&()).await {
                            shared.set_today.emit(today);
                        }
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };
    let simple = |kind: PathEventKind, said: &str| {
        let act = act.clone();
        let said = t(said);
        Callback::from(move |_: MouseEvent| {
            act.emit((
                PathActionRequest {
                    kind,
                    step: None,
                    entry: None,
                },
                said.clone(),
            ))
        })
    };
    let Some(loaded) = &*view else {
        return html! { <p>{ t("loading") }</p> };
    };
    let v = match loaded {
        Ok(v) => v,
        Err(message) => return html! { <p class="error" role="alert">{ message }</p> },
    };
    let state = v.progress.state;
    let title_of = |id: &str| {
        v.exercise_titles
            .iter()
            .find(|(e, _)| e == id)
            .map_or_else(|| id.to_owned(), |(_, title)| title.clone())
    };
    let weeks = v.path.weeks.iter().enumerate().map(|(w, week)| {
        let heading_id = format!("path-week-{}", w + 1);
        let now = w == v.progress.week && state != PathState::Complete;
        html! {
            <section class="card" aria-labelledby={heading_id.clone()}>
                <h2 id={heading_id}>{ tr("path-week", &[("n", (w + 1).into()), ("title", week.title.clone().into())]) }</h2>
                if now && state != PathState::NotStarted {
                    <p class="tag-now">{ t("path-this-week") }</p>
                }
                <p>{ &week.idea }</p>
                if state != PathState::NotStarted {
                    <ul class="lines">
                        { for week.steps.iter().map(|step| {
                            let name = title_of(&step.exercise);
                            let done = v.progress.done.contains(&step.id);
                            let toggle = {
                                let act = act.clone();
                                let id = step.id.clone();
                                let said = if done { t("path-undone-said") } else { t("path-done-said") };
                                Callback::from(move |_: Event| act.emit((PathActionRequest {
                                    kind: if done { PathEventKind::Undone } else { PathEventKind::Done },
                                    step: Some(id.clone()),
                                    entry: None,
                                }, said.clone())))
                            };
                            html! {
                                <li class="line">
                                    <span class="line-name">{ &name }</span>
                                    <span class="hint">{ step_length(step) }</span>
                                    <span class="actions">
                                        <a class="button quiet" href={step_route(step).href()}>
                                            { tr("path-begin", &[("name", name.clone().into())]) }
                                        </a>
                                        <label class="choice">
                                            <input type="checkbox" checked={done} onchange={toggle} />
                                            { tr("path-done", &[("name", name.clone().into())]) }
                                        </label>
                                    </span>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
        }
    });
    html! {
        <>
            <PageHeading text={v.path.title.clone()} />
            <p>{ &v.path.summary }</p>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            { match state {
                PathState::NotStarted => html! {
                    <div class="card">
                        <p>{ t("path-before") }</p>
                        <p><a href={Route::Measures.href()}>{ t("path-questionnaires") }</a></p>
                        <button type="button" class="button" onclick={simple(PathEventKind::Started, "path-started-said")}>{ t("path-start") }</button>
                    </div>
                },
                PathState::Paused => html! {
                    <div class="card" role="status">
                        <p>{ t("path-paused") }</p>
                        <button type="button" class="button" onclick={simple(PathEventKind::Resumed, "path-resumed-said")}>{ t("path-resume") }</button>
                    </div>
                },
                PathState::Active => html! {
                    <div class="actions">
                        <button type="button" class="button quiet" onclick={simple(PathEventKind::Paused, "path-paused-said")}>{ t("path-pause") }</button>
                    </div>
                },
                PathState::Complete => html! {
                    <div class="card">
                        <p>{ t("path-complete") }</p>
                        <p><a href={Route::Measures.href()}>{ t("path-questionnaires-again") }</a></p>
                        // Written by tend-core (`screen_html::path_compare`).
                        { super::written(&v.compare) }
                    </div>
                },
            } }
            { for weeks }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct PathWriteProps {
    pub(crate) step: String,
}

/// A writing step: the editor with the step's prompt, linked to the step.
#[function_component]
pub(crate) fn PathWritePage(props: &PathWriteProps) -> Html {
    let view = use_path_view();
    match &*view {
        None => html! { <p>{ t("loading") }</p> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
        Some(Ok(v)) => match v.path.step(&props.step) {
            Some((_, step)) if step.writing => html! {
                <super::EditorPage prompt={Some(step.exercise.clone())} path_step={Some(step.id.clone())} />
            },
            _ => html! { <p class="error" role="alert">{ t("path-no-step") }</p> },
        },
    }
}
