//! About Tend: what it is and is not, and the credits and licences for
//! the measures, the exercises and the typeface, as the shell writes them
//! (`tend_core::screen_html::about`).

use super::{PageHeading, error_text};
use crate::i18n::t;
use crate::ipc::invoke;
use tend_core::ipc::AboutTend;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[function_component]
pub(crate) fn AboutPage() -> Html {
    let about = use_state(|| None::<Result<String, String>>);
    {
        let about = about.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                about.set(Some(
                    invoke::<AboutTend>(&()).await.map_err(|e| error_text(&e)),
                ));
            });
        });
    }
    let body = match &*about {
        None => html! { <p>{ t("loading") }</p> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
        Some(Ok(html)) => Html::from_html_unchecked(AttrValue::from(html.clone())),
    };
    html! {
        <>
            <PageHeading text={t("about-title")} />
            { body }
        </>
    }
}
