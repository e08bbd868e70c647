//! Insights: each check-in item over a week, a month or a year with its
//! rolling average; which tags go with harder days; the time since the last
//! break; and the periodic measures over time. Below the span picker the
//! screen is written by the shell (`tend_core::screen_html::insights`):
//! every chart is drawn by tend-core and hidden from screen readers, which
//! get a sentence and a table of the same numbers instead.

use super::{PageHeading, error_text};
use crate::i18n::t;
use crate::ipc::invoke;
use tend_core::insights::Span;
use tend_core::ipc::{Insights, InsightsScreen};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[function_component]
pub(crate) fn InsightsPage() -> Html {
    let span = use_state(|| Span::Month);
    let view = use_state(|| None::<Result<InsightsScreen, String>>);
    {
        let view = view.clone();
        use_effect_with(*span, move |span| {
            let span = *span;
            spawn_local(async move {
                view.set(Some(
                    invoke::<Insights>(&span).await.map_err(|e| error_text(&e)),
                ));
            });
        });
    }
    let picker = html! {
        <fieldset>
            <legend>{ t("insights-span") }</legend>
            <div class="choices">
                { for Span::ALL.iter().map(|s| {
                    let chosen = *s;
                    let onchange = {
                        let span = span.clone();
                        Callback::from(move |_: Event| span.set(chosen))
                    };
                    html! {
                        <label class="choice">
                            <input type="radio" name="span" value={chosen.id()}
                                checked={*span == chosen} {onchange} />
                            { t(&format!("insights-span-{}", chosen.id())) }
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    };
    let body = match &*view {
        None => html! { <p>{ t("loading") }</p> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
        Some(Ok(v)) if v.span != *span => html! { <p>{ t("loading") }</p> },
        // Written and escaped by tend-core from her journal's numbers.
        Some(Ok(v)) => super::written(&v.html),
    };
    html! {
        <>
            <PageHeading text={t("insights-title")} />
            <p>{ t("insights-intro") }</p>
            { picker }
            { body }
        </>
    }
}
