//! The periodic measures: which are offered and due, answering one, and
//! its result in plain words, always as screening and never a diagnosis.

use super::{PageHeading, error_text, written};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::shared::use_shared;
use tend_core::ipc::{MeasureAnswers, MeasureForm, MeasureToAnswer, SaveMeasure, Today};
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(crate) struct MeasureProps {
    pub(crate) id: String,
}

/// Answering one measure, then its result.
#[function_component]
pub(crate) fn MeasurePage(props: &MeasureProps) -> Html {
    let shared = use_shared();
    let form = use_state(|| None::<Result<Option<MeasureForm>, String>>);
    {
        let form = form.clone();
        use_effect_with(props.id.clone(), move |id| {
            let id = id.clone();
            spawn_local(async move {
                form.set(Some(
                    invoke::<MeasureToAnswer>(&id)
                        .await
                        .map_err(|e| error_text(&e)),
                ));
            });
        });
    }
    let answers = use_state(Vec::<Option<u8>>::new);
    let error = use_state(|| None::<String>);
    // The result just saved, as the shell wrote it.
    let saved = use_state(|| None::<String>);
    let measure = match &*form {
        Some(Ok(Some(m))) if m.id == props.id => m.clone(),
        waiting => {
            let waiting = match waiting {
                Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
                Some(Ok(None)) => html! { <p>{ t("measure-unknown") }</p> },
                _ => html! { <p>{ t("loading") }</p> },
            };
            return html! { <><PageHeading text={t("measures-title")} />{ waiting }</> };
        }
    };
    let count = measure.items.len();
    let chosen: Vec<Option<u8>> = (0..count)
        .map(|i| answers.get(i).copied().flatten())
        .collect();

    if let Some(result) = &*saved {
        return html! {
            <>
                <PageHeading text={tr("measure-result-title", &[("name", measure.short_name.clone().into())])} />
                // Written by tend-core (`screen_html::measure_result`).
                { written(result) }
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
