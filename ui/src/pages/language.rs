//! Settings' choice of language: the system's, or one Tend speaks, each
//! named in its own words. Every screen changes at once.

use super::error_text;
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::shared::use_shared;
use tend_core::ipc::SetLanguage;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The value of the "same as this computer" choice.
const SYSTEM: &str = "";

#[function_component]
pub(crate) fn LanguageSetting() -> Html {
    let shared = use_shared();
    let error = use_state(|| None::<String>);
    let Some(view) = shared.language.clone() else {
        return html! {};
    };
    let onchange = {
        let shared = shared.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let Some(value) = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()) else {
                return;
            };
            let chosen = (value != SYSTEM).then_some(value);
            let shared = shared.clone();
            let error = error.clone();
            spawn_local(async move {
                match invoke::<SetLanguage>(&chosen).await {
                    Ok(view) => {
                        shared.set_language.emit(view);
                        shared.announce.emit(t("settings-language-saved"));
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };
    let name_of = |tag: &str| {
        view.choices
            .iter()
            .find(|(t, _)| t == tag)
            .map_or_else(|| tag.to_owned(), |(_, name)| name.clone())
    };
    let system = tr(
        "settings-language-system",
        &[("language", name_of(&view.system).into())],
    );
    html! {
        <div class="field">
            <label for="language">{ t("settings-language") }</label>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            <select id="language" {onchange}>
                <option value={SYSTEM} selected={view.chosen.is_none()}>{ system }</option>
                { for view.choices.iter().map(|(tag, name)| html! {
                    <option value={tag.clone()} lang={tag.clone()}
                        selected={view.chosen.as_deref() == Some(tag.as_str())}>{ name }</option>
                }) }
            </select>
        </div>
    }
}
