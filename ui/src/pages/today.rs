//! Today: whether today's check-in is done, and the way to it.

use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::Route;
use crate::shared::{ready, use_shared};
use chrono::Timelike;
use tend_core::Item;
use tend_core::insights::SupportReason;
use tend_core::ipc::{DismissNotice, NextReminder, Notice};
use tend_core::reminder::ReminderKind;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// The practice behind "30 seconds now": eyes open, discreet, anywhere.
const QUICK_PRACTICE: &str = "soothing_breath";

#[function_component]
pub(crate) fn TodayPage() -> Html {
    let shared = use_shared();
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
                <super::welcome::Welcome />
            }
            // A suggestion of support comes first; a questionnaire after
            // the check-in, which stays the first thing to do.
            { for view.notices.iter().filter(|n| matches!(n, Notice::Support { .. })).map(|n| html! { <NoticeCard notice={n.clone()} crisis={view.crisis.clone()} /> }) }
            { body }
            { for view.notices.iter().filter(|n| !matches!(n, Notice::Support { .. })).map(|n| html! { <NoticeCard notice={n.clone()} crisis={view.crisis.clone()} /> }) }
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
            { next_reminder(view.next_reminder.as_ref()) }
        </>
    }
}

/// One line on the next reminder, with the way to change them.
fn next_reminder(next: Option<&NextReminder>) -> Html {
    let said = match next {
        None => t("today-reminder-none"),
        Some(NextReminder::Paused { until }) => tr(
            "today-reminder-paused",
            &[("date", tend_core::dates::day_month(*until).into())],
        ),
        Some(NextReminder::At {
            at,
            kind,
            text,
            on_today,
        }) => {
            let what = match kind {
                ReminderKind::Own => text.clone(),
                kind => t(&format!("reminders-kind-{}", kind.id())),
            };
            let time = tend_core::dates::clock(at.time());
            let when = if *on_today {
                tr("today-reminder-today", &[("time", time.into())])
            } else {
                tr(
                    "today-reminder-on",
                    &[
                        ("day", tend_core::dates::weekday(at.date()).into()),
                        ("time", time.into()),
                    ],
                )
            };
            tr(
                "today-reminder-next",
                &[("when", when.into()), ("what", what.into())],
            )
        }
    };
    html! {
        <p class="hint">
            { said }{ " " }
            <a href={Route::Reminders.href()}>{ t("today-reminder-link") }</a>
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct NoticeProps {
    notice: Notice,
    /// Her country's line for a crisis, said with a suggestion of support.
    crisis: Option<tend_core::support::CrisisLine>,
}

/// A notice Today shows until it is set aside: a questionnaire that is
/// due, or a gentle suggestion of support.
#[function_component]
fn NoticeCard(props: &NoticeProps) -> Html {
    let shared = use_shared();
    let error = use_state(|| None::<String>);
    let set_aside = {
        let key = props.notice.key();
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            let key = key.clone();
            let shared = shared.clone();
            let error = error.clone();
            spawn_local(async move {
                match invoke::<DismissNotice>(&key).await {
                    Ok(view) => {
                        shared.set_today.emit(view);
                        shared.announce.emit(t("notice-set-aside"));
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };
    let failed = html! {
        if let Some(message) = &*error { <p class="error" role="alert">{ message }</p> }
    };
    match &props.notice {
        Notice::MeasureDue { measure, name } => html! {
            <section class="card notice" aria-label={tr("notice-measure-answer", &[("name", name.clone().into())])}>
                <p>{ tr("notice-measure", &[("name", name.clone().into())]) }</p>
                { failed }
                <div class="actions">
                    <a class="button" href={Route::Measure { id: measure.clone() }.href()}>
                        { tr("notice-measure-answer", &[("name", name.clone().into())]) }
                    </a>
                    <button type="button" class="button quiet" onclick={set_aside}>{ t("notice-measure-later") }</button>
                </div>
            </section>
        },
        Notice::Support { reasons } => html! {
            <section class="card notice support" aria-labelledby="notice-support">
                <h2 id="notice-support">{ t("notice-support-title") }</h2>
                { for reasons.iter().map(|r| html! { <p>{ reason_text(r) }</p> }) }
                <p>{ t("notice-support-suggest") }</p>
                if reasons.iter().any(SupportReason::carries_crisis_line) {
                    { super::help::crisis_note(props.crisis.as_ref()) }
                }
                { failed }
                <div class="actions">
                    <a class="button" href={Route::Help.href()}>{ t("notice-support-help") }</a>
                    <button type="button" class="button quiet" onclick={set_aside}>{ t("notice-support-later") }</button>
                </div>
            </section>
        },
    }
}

fn reason_text(reason: &SupportReason) -> String {
    let score = |id: &str, value: f64| tr(id, &[("score", format!("{value:.0}").into())]);
    match reason {
        SupportReason::Exhausted { days, of } => tr(
            "notice-support-exhausted",
            &[("days", (*days).into()), ("of", (*of).into())],
        ),
        SupportReason::LowMood { days, of } => tr(
            "notice-support-low-mood",
            &[("days", (*days).into()), ("of", (*of).into())],
        ),
        SupportReason::LowWellbeing { score: s } => score("notice-support-wellbeing", *s),
        SupportReason::Burnout { score: s } => score("notice-support-burnout", *s),
        SupportReason::SecondaryStress { score: s } => score("notice-support-stress", *s),
    }
}
