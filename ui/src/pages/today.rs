//! Today: whether today's check-in is done, and the way to it.

use super::{PageHeading, ready, use_shared};
use crate::app::Route;
use crate::i18n::{t, tr};
use chrono::Timelike;
use tend_core::Item;
use yew::prelude::*;
use yew_router::prelude::*;

/// The practice behind "30 seconds now": eyes open, discreet, anywhere.
const QUICK_PRACTICE: &str = "soothing_breath";

#[function_component]
pub(crate) fn TodayPage() -> Html {
    let shared = use_shared();
    let navigator = use_navigator();
    let shared_navigator = navigator.clone();
    let view = match ready(&shared) {
        Ok(view) => view,
        Err(waiting) => return html! { <><PageHeading text={t("today-title")} />{ waiting }</> },
    };
    let to_checkin = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(navigator) = &navigator {
            navigator.push(&Route::CheckIn);
        }
    });
    let href = format!("#{}", Route::CheckIn.to_path());
    let date = view.day.format("%A %-d %B %Y").to_string();
    let body = match &view.checkin {
        None => html! {
            <>
                <p>{ t("today-invite") }</p>
                <a class="button" href={href} onclick={to_checkin}>{ t("today-checkin-now") }</a>
            </>
        },
        Some(checkin) => {
            let end = view.editable_until.time();
            let time = if end.hour() == 0 && end.minute() == 0 {
                t("time-midnight")
            } else {
                tr(
                    "time-tomorrow",
                    &[("time", end.format("%H:%M").to_string().into())],
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
                    <a class="button quiet" href={href} onclick={to_checkin}>{ t("today-change") }</a>
                </>
            }
        }
    };
    let quick = Route::Play {
        id: QUICK_PRACTICE.to_owned(),
        seconds: 30,
    };
    let quick_href = format!("#{}", quick.to_path());
    let to_quick = {
        let navigator = shared_navigator.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(navigator) = &navigator {
                navigator.push(&quick);
            }
        })
    };
    html! {
        <>
            <PageHeading text={t("today-title")} />
            <p class="subtitle">{ date }</p>
            { body }
            <section class="card" aria-labelledby="today-practice">
                <h2 id="today-practice">{ t("today-practice") }</h2>
                <p>{ t("today-practice-offer") }</p>
                <a class="button quiet" href={quick_href} onclick={to_quick}>{ t("today-30-seconds") }</a>
            </section>
        </>
    }
}
