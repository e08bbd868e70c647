//! Today: whether today's check-in is done, and the way to it. Below its
//! heading it is written by tend-core (`screen_html::today_body`), the
//! same writer the shell uses for the Today it paints before this code has
//! loaded; its notices and its line on reminders come written by the shell.

use super::{PageHeading, error_text, written};
use crate::i18n::t;
use crate::ipc::invoke;
use crate::shared::{ready, use_shared};
use tend_core::ipc::DismissNotice;
use tend_core::screen_html;
use wasm_bindgen_futures::spawn_local;
use web_sys::Element;
use yew::prelude::*;

#[function_component]
pub(crate) fn TodayPage() -> Html {
    let shared = use_shared();
    // A notice that could not be set aside, and why; forgotten when Today
    // changes.
    let error = use_state(|| None::<(String, String)>);
    {
        let error = error.clone();
        use_effect_with(ready(&shared).ok(), move |_| error.set(None));
    }
    let set_aside = set_aside(&shared, &error);
    let view = match ready(&shared) {
        Ok(view) => view,
        Err(waiting) => return html! { <><PageHeading text={t("today-title")} />{ waiting }</> },
    };
    html! {
        <>
            <PageHeading text={t("today-title")} />
            { written(&screen_html::today_date(&view)) }
            if view.welcome {
                // The first-run welcome, the shell's form.
                <super::FromShell part={super::Part::Welcome} />
            }
            // Written by tend-core's `today_body`, as the shell writes it
            // into index.html before this code has loaded, so the two are
            // the same. The notices' set-aside buttons are heard here.
            <div onclick={set_aside}>
                if let Some((_, message)) = &*error {
                    <p class="error" role="alert">{ message }</p>
                }
                { written(&screen_html::today_body(&view)) }
            </div>
        </>
    }
}

/// Sets aside the notice whose button was pressed (by pointer or keyboard:
/// both reach a button as a click), then announces it.
fn set_aside(
    shared: &crate::shared::Shared,
    error: &UseStateHandle<Option<(String, String)>>,
) -> Callback<MouseEvent> {
    let shared = shared.clone();
    let error = error.clone();
    Callback::from(move |e: MouseEvent| {
        let Some(key) = e
            .target_dyn_into::<Element>()
            .and_then(|el| el.closest("[data-set-aside]").ok().flatten())
            .and_then(|button| button.get_attribute("data-set-aside"))
        else {
            return;
        };
        let shared = shared.clone();
        let error = error.clone();
        spawn_local(async move {
            match invoke::<DismissNotice>(&key).await {
                Ok(view) => {
                    error.set(None);
                    shared.set_today.emit(view);
                    shared.announce.emit(t("notice-set-aside"));
                }
                Err(e) => error.set(Some((key, error_text(&e)))),
            }
        });
    })
}
