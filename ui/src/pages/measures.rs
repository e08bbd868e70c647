//! The periodic measures: which are offered and due, answering one, and
//! its result in plain words, always as screening and never a diagnosis.

use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::Route;
use crate::shared::use_shared;
use tend_core::insights::result_suggests_support;
use tend_core::ipc::{
    MeasureAnswers, MeasuresList, MeasuresView, SaveMeasure, ScoredResult, Today,
};
use tend_core::measure::{Measure, ScaleScore};
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Loads the measures once; `None` while waiting.
#[hook]
fn use_measures() -> UseStateHandle<Option<Result<MeasuresView, String>>> {
    let state = use_state(|| None);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                state.set(Some(
                    invoke::<MeasuresList>(&())
                        .await
                        .map_err(|e| error_text(&e)),
                ));
            });
        });
    }
    state
}

/// One scale's result: the number, what higher means, and the band in
/// plain words, as tend-core writes it for Insights too.
fn score_lines(measure: &Measure, score: &ScaleScore) -> Html {
    Html::from_html_unchecked(AttrValue::from(tend_core::screen_html::score_lines(
        measure, score,
    )))
}

#[function_component]
pub(crate) fn MeasuresPage() -> Html {
    let measures = use_measures();
    let body = match &*measures {
        None => html! { <p>{ t("loading") }</p> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
        Some(Ok(view)) => html! {
            { for view.measures.iter().map(|s| {
                let last = s.results.last();
                html! {
                    <section class="card" aria-labelledby={format!("measure-{}", s.measure.id)}>
                        <h2 id={format!("measure-{}", s.measure.id)}>{ &s.measure.name }</h2>
                        <p>{ &s.measure.about }</p>
                        if !s.offered {
                            <p class="hint">{ t("measures-for-professionals") }</p>
                        } else {
                            if let Some(last) = last {
                                <p>{ tr("measures-last", &[("date", tend_core::dates::long_date(last.result.day).into())]) }</p>
                                { for last.scores.iter().map(|score| score_lines(&s.measure, score)) }
                                if result_suggests_support(&s.measure.id, &last.scores) {
                                    { super::help::crisis_note(view.crisis.as_ref()) }
                                }
                            }
                            <p>{ if s.due { t("measures-due") } else { tr("measures-every", &[("days", s.measure.every_days.into())]) } }</p>
                            <a class="button" href={Route::Measure { id: s.measure.id.clone() }.href()}>
                                { tr("measures-answer", &[("name", s.measure.short_name.clone().into())]) }
                            </a>
                        }
                    </section>
                }
            }) }
        },
    };
    html! {
        <>
            <PageHeading text={t("measures-title")} />
            <p>{ t("measures-intro") }</p>
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct MeasureProps {
    pub(crate) id: String,
}

/// Answering one measure, then its result.
#[function_component]
pub(crate) fn MeasurePage(props: &MeasureProps) -> Html {
    let shared = use_shared();
    let measures = use_measures();
    let answers = use_state(Vec::<Option<u8>>::new);
    let error = use_state(|| None::<String>);
    let saved = use_state(|| None::<ScoredResult>);
    let measure = match &*measures {
        Some(Ok(view)) => view
            .measures
            .iter()
            .find(|s| s.measure.id == props.id && s.offered)
            .map(|s| s.measure.clone()),
        _ => None,
    };
    let Some(measure) = measure else {
        let waiting = match &*measures {
            None => html! { <p>{ t("loading") }</p> },
            Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
            Some(Ok(_)) => html! { <p>{ t("measure-unknown") }</p> },
        };
        return html! { <><PageHeading text={t("measures-title")} />{ waiting }</> };
    };
    let count = measure.items.len();
    let chosen: Vec<Option<u8>> = (0..count)
        .map(|i| answers.get(i).copied().flatten())
        .collect();

    if let Some(result) = &*saved {
        let crisis = match &*measures {
            Some(Ok(view)) => view.crisis.clone(),
            _ => None,
        };
        return html! {
            <>
                <PageHeading text={tr("measure-result-title", &[("name", measure.short_name.clone().into())])} />
                <p>{ t("measure-screening") }</p>
                { for result.scores.iter().map(|score| score_lines(&measure, score)) }
                if result_suggests_support(&measure.id, &result.scores) {
                    <p>{ t("notice-support-suggest") }</p>
                    { super::help::crisis_note(crisis.as_ref()) }
                }
                <p class="hint">{ &measure.licence }</p>
                <p>
                    <a class="button" href={Route::Insights.href()}>{ t("measure-see-insights") }</a>
                </p>
                <p><a href={Route::Help.href()}>{ t("measure-help-link") }</a></p>
            </>
        };
    }

    let onsubmit = {
        let chosen = chosen.clone();
        let error = error.clone();
        let saved = saved.clone();
        let shared = shared.clone();
        let id = measure.id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(first) = chosen.iter().position(Option::is_none) {
                error.set(Some(tr(
                    "measure-unanswered",
                    &[("item", (first + 1).into())],
                )));
                focus(&format!("item-{}-0", first + 1));
                return;
            }
            let request = MeasureAnswers {
                measure: id.clone(),
                answers: chosen.iter().flatten().copied().collect(),
            };
            let error = error.clone();
            let saved = saved.clone();
            let shared = shared.clone();
            spawn_local(async move {
                match invoke::<SaveMeasure>(&request).await {
                    Ok(result) => {
                        shared.announce.emit(t("measure-saved"));
                        saved.set(Some(result));
                        // Today's notice about this measure goes away.
                        if let Ok(view) = invoke::<Today>(&()).await {
                            shared.set_today.emit(view);
                        }
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };

    html! {
        <>
            <PageHeading text={measure.name.clone()} />
            if measure.lang != tend_core::words::language() {
                <p class="hint">{ t("measure-published-language") }</p>
            }
            <p lang={measure.lang.clone()}>{ &measure.about }</p>
            <p class="instruction" lang={measure.lang.clone()}>{ &measure.instruction }</p>
            <form {onsubmit} novalidate=true>
                { for measure.items.iter().enumerate().map(|(i, item)| {
                    let number = i + 1;
                    html! {
                        <fieldset class="item">
                            <legend lang={measure.lang.clone()}>{ format!("{number}. {item}") }</legend>
                            <div class="choices answers">
                                { for measure.answers.iter().enumerate().map(|(k, answer)| {
                                    let value = answer.value;
                                    let onchange = {
                                        let answers = answers.clone();
                                        Callback::from(move |_: Event| {
                                            let mut next: Vec<Option<u8>> = (*answers).clone();
                                            next.resize(count, None);
                                            next[i] = Some(value);
                                            answers.set(next);
                                        })
                                    };
                                    html! {
                                        <label class="choice" lang={measure.lang.clone()}>
                                            <input type="radio" id={format!("item-{number}-{k}")}
                                                name={format!("item-{number}")} value={value.to_string()}
                                                checked={chosen[i] == Some(value)} {onchange} />
                                            { &answer.label }
                                        </label>
                                    }
                                }) }
                            </div>
                        </fieldset>
                    }
                }) }
                if let Some(message) = &*error {
                    <p class="error" role="alert">{ message }</p>
                }
                <p class="hint">{ t("measure-screening") }</p>
                <button type="submit" class="button">{ t("measure-save") }</button>
            </form>
            <p class="hint">{ &measure.licence }</p>
        </>
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
