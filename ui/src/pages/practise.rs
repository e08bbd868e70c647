//! Practise: the exercise library, filtered by the time available and by
//! what suits the moment, and "what helps me".

use super::PageHeading;
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::Route;
use std::rc::Rc;
use tend_core::exercise::{Exercise, Filter};
use tend_core::ipc::{FavouriteChange, Practice, PracticeView, SetFavourite};
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The time choices: seconds, or none for any length.
const TIMES: [Option<u32>; 5] = [None, Some(30), Some(60), Some(180), Some(600)];

/// "30 s", "1 min", "10 min".
pub(crate) fn length_label(seconds: u32) -> String {
    if seconds < 60 {
        tr("length-seconds", &[("n", seconds.into())])
    } else {
        tr("length-minutes", &[("n", (seconds / 60).into())])
    }
}

/// Loads the library once for a page.
#[hook]
pub(crate) fn use_practice() -> Option<Result<Rc<PracticeView>, String>> {
    let view = use_state(|| None);
    {
        let view = view.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                view.set(Some(
                    invoke::<Practice>(&())
                        .await
                        .map(Rc::new)
                        .map_err(|e| super::error_text(&e)),
                ));
            });
        });
    }
    (*view).clone()
}

#[function_component]
pub(crate) fn PractisePage() -> Html {
    let loaded = use_practice();
    let filter = use_state(Filter::default);
    // Favourites as last changed here; until then, as loaded.
    let changed_favourites = use_state(|| None::<Vec<String>>);
    let view = match loaded {
        None => {
            return html! { <><PageHeading text={t("practise-title")} /><p>{ t("loading") }</p></> };
        }
        Some(Err(message)) => {
            return html! { <><PageHeading text={t("practise-title")} /><p class="error" role="alert">{ message }</p></> };
        }
        Some(Ok(view)) => view,
    };
    let set_time = |time: Option<u32>| {
        let filter = filter.clone();
        Callback::from(move |_: Event| filter.set(Filter { time, ..*filter }))
    };
    let toggle = |apply: fn(&mut Filter, bool)| {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<HtmlInputElement>()
                .is_some_and(|i| i.checked());
            let mut next = *filter;
            apply(&mut next, on);
            filter.set(next);
        })
    };
    let favourites = (*changed_favourites)
        .clone()
        .unwrap_or_else(|| view.favourites.clone());
    let is_favourite = |id: &str| favourites.iter().any(|f| f == id);
    let shown: Vec<&Exercise> = view
        .catalogue
        .exercises
        .iter()
        .filter(|e| filter.matches(e, is_favourite(&e.id)))
        .collect();
    let on_favourite = {
        let changed = changed_favourites.clone();
        Callback::from(move |change: FavouriteChange| {
            let changed = changed.clone();
            spawn_local(async move {
                if let Ok(all) = invoke::<SetFavourite>(&change).await {
                    changed.set(Some(all));
                }
            });
        })
    };

    html! {
        <>
            <PageHeading text={t("practise-title")} />
            <p class="subtitle">{ t("practise-intro") }</p>
            <fieldset>
                <legend>{ t("practise-time") }</legend>
                <div class="choices">
                    { for TIMES.iter().map(|time| html! {
                        <label class="choice">
                            <input type="radio" name="time" checked={filter.time == *time} onchange={set_time(*time)} />
                            { time.map_or_else(|| t("practise-any-length"), length_label) }
                        </label>
                    }) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ t("practise-suits") }</legend>
                <div class="choices">
                    <label class="choice">
                        <input type="checkbox" checked={filter.between_visits} onchange={toggle(|f, on| f.between_visits = on)} />
                        { t("practise-between-visits") }
                    </label>
                    <label class="choice">
                        <input type="checkbox" checked={filter.breath_free} onchange={toggle(|f, on| f.breath_free = on)} />
                        { t("practise-breath-free") }
                    </label>
                    <label class="choice">
                        <input type="checkbox" checked={filter.writing} onchange={toggle(|f, on| f.writing = on)} />
                        { t("practise-writing") }
                    </label>
                    <label class="choice">
                        <input type="checkbox" checked={filter.favourites} onchange={toggle(|f, on| f.favourites = on)} />
                        { t("practise-favourites") }
                    </label>
                </div>
            </fieldset>
            <p role="status">{ tr("practise-count", &[("n", shown.len().into())]) }</p>
            <ul class="exercises">
                { for shown.iter().map(|e| html! { { exercise_card(&CardProps { exercise: (*e).clone(), time: filter.time, favourite: is_favourite(&e.id), on_favourite: on_favourite.clone() }) } }) }
            </ul>
            <section class="card" aria-labelledby="path-card">
                <h2 id="path-card">{ t("practise-path-title") }</h2>
                <p>{ t("practise-path-intro") }</p>
                <a class="button quiet" href={Route::Path.href()}>{ t("practise-path-link") }</a>
            </section>
            <section aria-labelledby="helps-title">
                <h2 id="helps-title">{ t("helps-title") }</h2>
                // Written by tend-core (`screen_html::helps`).
                { super::written(&view.helps) }
            </section>
        </>
    }
}

struct CardProps {
    exercise: Exercise,
    time: Option<u32>,
    favourite: bool,
    on_favourite: Callback<FavouriteChange>,
}

fn exercise_card(props: &CardProps) -> Html {
    let e = &props.exercise;
    let heading = format!("exercise-{}", e.id);
    html! {
        <li class="card" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ &e.title }</h2>
            <p>{ &e.summary }</p>
            <p class="hint">{ &e.origin }</p>
            <button class="button quiet favourite" aria-pressed={props.favourite.to_string()}
                aria-label={tr("practise-favourite", &[("title", e.title.clone().into())])}
                onclick={{
                    let change = FavouriteChange { exercise: e.id.clone(), favourite: !props.favourite };
                    props.on_favourite.reform(move |_| change.clone())
                }}>
                { t(if props.favourite { "practise-is-favourite" } else { "practise-make-favourite" }) }
            </button>
            <div class="lengths">
                { for e.lengths.iter().filter(|l| props.time.is_none_or(|t| l.seconds <= t)).map(|l| {
                    let href = Route::Play { id: e.id.clone(), seconds: l.seconds }.href();
                    let label = tr("practise-start", &[("length", length_label(l.seconds).into()), ("title", e.title.clone().into())]);
                    html! { <a class="button quiet" href={href} aria-label={label}>{ length_label(l.seconds) }</a> }
                }) }
                if e.flags.writing {
                    <a class="button quiet" href={Route::WritePrompt { prompt: e.id.clone() }.href()}
                        aria-label={tr("practise-write", &[("title", e.title.clone().into())])}>{ t("practise-write-short") }</a>
                }
            </div>
        </li>
    }
}
