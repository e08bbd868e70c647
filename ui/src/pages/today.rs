//! Today: whether today's check-in is done, and the way to it. Its
//! notices and its line on reminders are written by the shell
//! (`tend_core::screen_html`).

use super::{PageHeading, error_text, written};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::Route;
use crate::shared::{ready, use_shared};
use chrono::Timelike;
use tend_core::Item;
use tend_core::ipc::{DismissNotice, NoticeCard};
use wasm_bindgen_futures::spawn_local;
use web_sys::Element;
use yew::prelude::*;

/// The practice behind "30 seconds now": eyes open, discreet, anywhere.
const QUICK_PRACTICE: &str = "soothing_breath";

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
    let href = Route::CheckIn.href();
    let date = tend_core::dates::weekday_long_date(view.day);
    let body = match &view.checkin {
        None => html! {
            <>
                <p>{ t("today-invite") }</p>
                <a class="button" href={href.clone()}>{ t("today-checkin-now") }</a>
            </>
        },
        Some(checkin) => {
            let end = view.editable_until.time();
            let time = if end.hour() == 0 && end.minute() == 0 {
                t("time-midnight")
            } else {
                tr(
                    "time-tomorrow",
                    &[("time", tend_core::dates::clock(end).into())],
                )
            };
            html! {
                <>
                    <p>{ tr("today-done", &[("time", time.into())]) }</p>
                    <section class="card" aria-labelledby="today-summary">
                        <h2 id="today-summary">{ t("today-summary") }</h2>
                        <dl class="summary">
                            { for Item::ALL.iter().map(|item| html! {
                                <>
                                    <dt>{ t(&format!("checkin-short-{}", item.id())) }</dt>
                                    <dd>{ tr("checkin-value", &[("value", checkin.ratings.get(*item).into())]) }</dd>
                                </>
                            }) }
                        </dl>
                    </section>
                    <a class="button quiet" href={href.clone()}>{ t("today-change") }</a>
                </>
            }
        }
    };
    let quick = Route::Play {
        id: QUICK_PRACTICE.to_owned(),
        seconds: 30,
    };
    let quick_href = quick.href();
    html! {
        <>
            <PageHeading text={t("today-title")} />
            <p class="subtitle">{ date }</p>
            if view.welcome {
                // The first-run welcome, the shell's form.
                <super::FromShell part={super::Part::Welcome} />
            }
            // A suggestion of support comes first; a questionnaire after
            // the check-in, which stays the first thing to do.
            { notices(&view.notices, true, &set_aside, &error) }
            { body }
            { notices(&view.notices, false, &set_aside, &error) }
            <section class="card" aria-labelledby="today-practice">
                <h2 id="today-practice">{ t("today-practice") }</h2>
                <p>{ t("today-practice-offer") }</p>
                <a class="button quiet" href={quick_href}>{ t("today-30-seconds") }</a>
            </section>
            if let Some(next) = &view.path_next {
                <section class="card" aria-labelledby="today-path">
                    <h2 id="today-path">{ t("practise-path-title") }</h2>
                    <p>{ tr("today-path", &[
                        ("week", next.week.into()),
                        ("title", next.title.clone().into()),
                        ("length", super::step_length(&next.step).into()),
                    ]) }</p>
                    <a class="button quiet" href={super::step_route(&next.step).href()}>
                        { tr("path-begin", &[("name", next.title.clone().into())]) }
                    </a>
                    <a class="button quiet" href={Route::Path.href()}>{ t("today-path-link") }</a>
                </section>
            }
            { written(&view.next_reminder) }
        </>
    }
}

/// The notices of one kind (a suggestion of support, or not), whose
/// set-aside buttons (`data-set-aside`) are heard here; below them, why one
/// of them could not be set aside.
fn notices(
    all: &[NoticeCard],
    support: bool,
    set_aside: &Callback<MouseEvent>,
    error: &Option<(String, String)>,
) -> Html {
    let cards: Vec<&NoticeCard> = all.iter().filter(|n| n.support == support).collect();
    let failed = error
        .as_ref()
        .filter(|(key, _)| cards.iter().any(|c| &c.key == key))
        .map(|(_, message)| message.clone());
    html! {
        <div onclick={set_aside.clone()}>
            { for cards.iter().map(|c| written(&c.html)) }
            if let Some(message) = failed {
                <p class="error" role="alert">{ message }</p>
            }
        </div>
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
