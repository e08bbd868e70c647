//! Settings: for now, when the journal day ends.

use super::{PageHeading, error_text, ready, use_shared};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use tend_core::DayBoundary;
use tend_core::ipc::SetDayBoundary;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Whole hours from midnight to noon: the boundaries a user can pick.
const HOURS: std::ops::RangeInclusive<u32> = 0..=12;

#[function_component]
pub(crate) fn SettingsPage() -> Html {
    let shared = use_shared();
    let error = use_state(|| None::<String>);
    let view = match ready(&shared) {
        Ok(view) => view,
        Err(waiting) => return html! { <><PageHeading text={t("settings-title")} />{ waiting }</> },
    };
    let current = view.day_boundary;
    let onchange = {
        let shared = shared.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let Ok(boundary) = select.value().parse::<DayBoundary>() else {
                return;
            };
            let shared = shared.clone();
            let error = error.clone();
            spawn_local(async move {
                match invoke::<SetDayBoundary>(&boundary).await {
                    Ok(view) => {
                        error.set(None);
                        shared.set_today.emit(view);
                        shared.announce.emit(tr(
                            "settings-saved",
                            &[("time", boundary.to_string().into())],
                        ));
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };
    let mut choices: Vec<DayBoundary> = HOURS.filter_map(|h| DayBoundary::new(h, 0)).collect();
    if !choices.contains(&current) {
        choices.push(current);
        choices.sort_by_key(|b| (b.hour(), b.minute()));
    }
    html! {
        <>
            <PageHeading text={t("settings-title")} />
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            <div class="field">
                <label for="day-boundary">{ t("settings-boundary") }</label>
                <select id="day-boundary" aria-describedby="day-boundary-help" {onchange}>
                    { for choices.iter().map(|b| html! {
                        <option value={b.to_string()} selected={*b == current}>{ b.to_string() }</option>
                    }) }
                </select>
                <p class="hint" id="day-boundary-help">{ t("settings-boundary-help") }</p>
            </div>
        </>
    }
}
