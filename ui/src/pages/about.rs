//! About Tend: what it is and is not, and the credits and licences for
//! the measures, the exercises and the typeface.

use super::{PageHeading, error_text};
use crate::i18n::t;
use crate::ipc::invoke;
use tend_core::ipc::{MeasuresList, MeasuresView};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[function_component]
pub(crate) fn AboutPage() -> Html {
    let measures = use_state(|| None::<Result<MeasuresView, String>>);
    {
        let measures = measures.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                let reply = invoke::<MeasuresList>(&())
                    .await
                    .map_err(|e| error_text(&e));
                measures.set(Some(reply));
            });
        });
    }
    let credits = match &*measures {
        None => html! { <p>{ t("loading") }</p> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
        Some(Ok(view)) => html! {
            { for view.measures.iter().map(|s| html! {
                <section class="card" aria-label={s.measure.name.clone()}>
                    <h3>{ &s.measure.name }</h3>
                    <p>{ &s.measure.citation }</p>
                    <p>{ &s.measure.licence }</p>
                    if let Some(link) = &s.measure.link {
                        // Shown, not linked: Tend never opens the web.
                        <p class="path">{ link }</p>
                    }
                </section>
            }) }
        },
    };
    html! {
        <>
            <PageHeading text={t("about-title")} />
            <p>{ t("about-what") }</p>
            <p>{ t("about-not") }</p>
            <p>{ t("about-private") }</p>
            <h2>{ t("about-measures") }</h2>
            <p>{ t("about-measures-intro") }</p>
            { credits }
            <h2>{ t("about-exercises") }</h2>
            <p>{ t("about-exercises-text") }</p>
            <h2>{ t("about-font") }</h2>
            <p>{ t("about-font-text") }</p>
        </>
    }
}
