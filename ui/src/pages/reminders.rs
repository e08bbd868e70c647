//! Reminders: each with its kind, time and days, "only if not done", on or
//! off, and when it last sent; a form to add one; pause all until a date.

use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::shared::use_shared;
use chrono::{NaiveDate, NaiveTime};
use tend_core::ipc::{
    DeleteReminder, DesktopSettings, DesktopView, Notifications, PauseReminders, Reminders,
    RemindersView, SaveReminder, SetDesktop, SetQuietHours, SetZone, Today, ZoneView,
};
use tend_core::reminder::{Reminder, ReminderKind, ReminderView, Rule, Weekdays};
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

const DAY_KEYS: [&str; 7] = [
    "reminders-day-mon",
    "reminders-day-tue",
    "reminders-day-wed",
    "reminders-day-thu",
    "reminders-day-fri",
    "reminders-day-sat",
    "reminders-day-sun",
];

fn days_text(days: Weekdays) -> String {
    if days == Weekdays::EVERY_DAY {
        t("reminders-every-day")
    } else if days == Weekdays::WORKDAYS {
        t("reminders-workdays")
    } else {
        days.0
            .iter()
            .zip(DAY_KEYS)
            .filter(|(on, _)| **on)
            .map(|(_, key)| t(key))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn kind_text(reminder: &Reminder) -> String {
    match reminder.kind {
        ReminderKind::Own => reminder.text.clone(),
        kind => t(&format!("reminders-kind-{}", kind.id())),
    }
}

fn blank() -> Reminder {
    Reminder {
        id: None,
        kind: ReminderKind::CheckIn,
        rule: Rule {
            time: NaiveTime::from_hms_opt(18, 30, 0).unwrap_or_default(),
            days: Weekdays::EVERY_DAY,
        },
        only_if_not_done: true,
        text: String::new(),
        enabled: true,
    }
}

#[function_component]
pub(crate) fn RemindersPage() -> Html {
    let shared = use_shared();
    let view = use_state(|| None::<Result<RemindersView, String>>);
    let draft = use_state(blank);
    let error = use_state(|| None::<String>);
    let pause_day = use_state(|| None::<NaiveDate>);
    // Reads the reminders again, and Today's view, which names the next.
    let reload = {
        let view = view.clone();
        let shared = shared.clone();
        Callback::from(move |_: ()| {
            let view = view.clone();
            let shared = shared.clone();
            spawn_local(async move {
                view.set(Some(
                    invoke::<Reminders>(&()).await.map_err(|e| error_text(&e)),
                ));
                if let Ok(today) = invoke::<Today>(&()).await {
                    shared.set_today.emit(today);
                }
            });
        })
    };
    {
        let reload = reload.clone();
        // Again when the tray paused or resumed them.
        use_effect_with(shared.outside_changes, move |_| reload.emit(()));
    }
    let heading = html! { <PageHeading text={t("reminders-title")} /> };
    let current = match &*view {
        None => return html! { <>{ heading }<p>{ t("loading") }</p></> },
        Some(Err(message)) => {
            return html! { <>{ heading }<p class="error" role="alert">{ message }</p></> };
        }
        Some(Ok(v)) => v.clone(),
    };

    let save = {
        let error = error.clone();
        let reload = reload.clone();
        let shared = shared.clone();
        Callback::from(move |(reminder, said): (Reminder, String)| {
            let error = error.clone();
            let reload = reload.clone();
            let shared = shared.clone();
            spawn_local(async move {
                match invoke::<SaveReminder>(&reminder).await {
                    Ok(_) => {
                        error.set(None);
                        shared.announce.emit(said);
                        reload.emit(());
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };

    let list = if current.reminders.is_empty() {
        html! { <p>{ t("reminders-none") }</p> }
    } else {
        html! {
            <ul class="lines">
                { for current.reminders.iter().map(|ReminderView { reminder, last_sent }| {
                    let name = kind_text(reminder);
                    let when = tr("reminders-when", &[
                        ("time", tend_core::dates::clock(reminder.rule.time).into()),
                        ("days", days_text(reminder.rule.days).into()),
                    ]);
                    let sent = match last_sent {
                        Some(t) => tr("reminders-last-sent", &[("when", format!("{}, {}", tend_core::dates::long_date(t.date()), tend_core::dates::clock(t.time())).into())]),
                        None => t("reminders-not-sent"),
                    };
                    let toggle = {
                        let save = save.clone();
                        let mut next = reminder.clone();
                        next.enabled = !next.enabled;
                        let said = if next.enabled { t("reminders-on-said") } else { t("reminders-off-said") };
                        Callback::from(move |_: Event| save.emit((next.clone(), said.clone())))
                    };
                    let delete = {
                        let id = reminder.id.unwrap_or_default();
                        let reload = reload.clone();
                        let error = error.clone();
                        let shared = shared.clone();
                        Callback::from(move |_: MouseEvent| {
                            let reload = reload.clone();
                            let error = error.clone();
                            let shared = shared.clone();
                            spawn_local(async move {
                                match invoke::<DeleteReminder>(&id).await {
                                    Ok(()) => {
                                        shared.announce.emit(t("reminders-deleted"));
                                        reload.emit(());
                                    }
                                    Err(e) => error.set(Some(error_text(&e))),
                                }
                            });
                        })
                    };
                    html! {
                        <li class="line">
                            <span class="line-name">{ &name }</span>
                            <span>{ when }</span>
                            if reminder.only_if_not_done {
                                <span class="hint">{ t("reminders-only-if-hint") }</span>
                            }
                            <span class="hint">{ sent }</span>
                            <span class="actions">
                                <label class="choice">
                                    <input type="checkbox" checked={reminder.enabled} onchange={toggle} />
                                    { tr("reminders-on", &[("name", name.clone().into())]) }
                                </label>
                                <button type="button" class="button quiet" onclick={delete}
                                    aria-label={tr("reminders-delete-named", &[("name", name.clone().into())])}>
                                    { t("reminders-delete") }
                                </button>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        }
    };

    let d = (*draft).clone();
    let on_kind = {
        let draft = draft.clone();
        let d = d.clone();
        Callback::from(move |e: Event| {
            let kind = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|s| ReminderKind::from_id(&s.value()))
                .unwrap_or(d.kind);
            draft.set(Reminder { kind, ..d.clone() });
        })
    };
    let on_time = {
        let draft = draft.clone();
        let d = d.clone();
        Callback::from(move |e: Event| {
            if let Some(time) = e
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|i| tend_core::dates::parse_clock(&i.value()))
            {
                draft.set(Reminder {
                    rule: Rule { time, ..d.rule },
                    ..d.clone()
                });
            }
        })
    };
    let on_text = {
        let draft = draft.clone();
        let d = d.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                draft.set(Reminder {
                    text: input.value(),
                    ..d.clone()
                });
            }
        })
    };
    let on_only = {
        let draft = draft.clone();
        let d = d.clone();
        Callback::from(move |_: Event| {
            draft.set(Reminder {
                only_if_not_done: !d.only_if_not_done,
                ..d.clone()
            })
        })
    };
    let on_add = {
        let save = save.clone();
        let draft = draft.clone();
        let d = d.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            save.emit((d.clone(), t("reminders-added")));
            draft.set(blank());
        })
    };
    let form = html! {
        <form class="card" onsubmit={on_add} aria-labelledby="reminders-add">
            <h2 id="reminders-add">{ t("reminders-add") }</h2>
            <div class="field">
                <label for="reminder-kind">{ t("reminders-kind") }</label>
                <select id="reminder-kind" onchange={on_kind}>
                    { for ReminderKind::ALL.iter().map(|k| html! {
                        <option value={k.id()} selected={*k == d.kind}>{ t(&format!("reminders-kind-{}", k.id())) }</option>
                    }) }
                </select>
            </div>
            if d.kind == ReminderKind::Own {
                <div class="field">
                    <label for="reminder-text">{ t("reminders-text") }</label>
                    <input type="text" id="reminder-text" value={d.text.clone()} oninput={on_text} maxlength="120" />
                </div>
            }
            <div class="field">
                <label for="reminder-time">{ t("reminders-time") }</label>
                <input type="time" id="reminder-time" value={tend_core::dates::clock(d.rule.time)} onchange={on_time} />
            </div>
            <fieldset>
                <legend>{ t("reminders-days") }</legend>
                <div class="choices">
                    { for DAY_KEYS.iter().enumerate().map(|(i, key)| {
                        let draft = draft.clone();
                        let on = d.rule.days.0[i];
                        let d = d.clone();
                        let onchange = Callback::from(move |_: Event| {
                            let mut days = d.rule.days;
                            days.0[i] = !days.0[i];
                            draft.set(Reminder { rule: Rule { days, ..d.rule }, ..d.clone() });
                        });
                        html! {
                            <label class="choice">
                                <input type="checkbox" checked={on} {onchange} />
                                { t(key) }
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            if d.kind != ReminderKind::Own && d.kind != ReminderKind::Path {
                <label class="choice">
                    <input type="checkbox" checked={d.only_if_not_done} onchange={on_only} />
                    { t(&format!("reminders-only-if-{}", d.kind.id())) }
                </label>
            }
            <div class="actions">
                <button type="submit" class="button">{ t("reminders-save") }</button>
            </div>
        </form>
    };

    let pause = {
        let on_day = {
            let pause_day = pause_day.clone();
            Callback::from(move |e: Event| {
                pause_day.set(
                    e.target_dyn_into::<HtmlInputElement>()
                        .and_then(|i| tend_core::wire::parse_date(&i.value())),
                );
            })
        };
        let set = |until: Option<NaiveDate>, said: String| {
            let reload = reload.clone();
            let error = error.clone();
            let shared = shared.clone();
            Callback::from(move |_: MouseEvent| {
                let reload = reload.clone();
                let error = error.clone();
                let shared = shared.clone();
                let said = said.clone();
                spawn_local(async move {
                    match invoke::<PauseReminders>(&until).await {
                        Ok(()) => {
                            shared.announce.emit(said);
                            reload.emit(());
                        }
                        Err(e) => error.set(Some(error_text(&e))),
                    }
                });
            })
        };
        html! {
            <section aria-labelledby="reminders-pause">
                <h2 id="reminders-pause">{ t("reminders-pause-title") }</h2>
                if let Some(day) = current.paused_until {
                    <p>{ tr("reminders-paused", &[("date", tend_core::dates::long_date(day).into())]) }</p>
                    <button type="button" class="button" onclick={set(None, t("reminders-resumed"))}>{ t("reminders-resume") }</button>
                } else {
                    <div class="field">
                        <label for="pause-until">{ t("reminders-pause-until") }</label>
                        <input type="date" id="pause-until" onchange={on_day} />
                    </div>
                    <button type="button" class="button quiet"
                        onclick={set(*pause_day, t("reminders-paused-said"))}>{ t("reminders-pause") }</button>
                }
            </section>
        }
    };

    let quiet = html! { <QuietHours current={current.quiet} reload={reload.clone()} /> };
    let zone = html! { <ZoneChoice zone={current.zone.clone()} reload={reload.clone()} /> };
    let desktop = current
        .desktop
        .map(|view| html! { <Desktop {view} reload={reload.clone()} /> });

    html! {
        <>
            { heading }
            <p>{ t("reminders-intro") }</p>
            if current.notifications == Notifications::Refused {
                <p class="urgent">{ t("reminders-permission-refused") }</p>
            }
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            { list }
            if current.notifications == Notifications::WillAsk {
                <p class="hint">{ t("reminders-permission-ask") }</p>
            }
            { form }
            { pause }
            { quiet }
            { zone }
            { for desktop }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct QuietProps {
    current: Option<(NaiveTime, NaiveTime)>,
    reload: Callback<()>,
}

/// Quiet hours: two times and a button.
#[function_component]
fn QuietHours(props: &QuietProps) -> Html {
    let shared = use_shared();
    let nine = NaiveTime::from_hms_opt(21, 0, 0).unwrap_or_default();
    let seven = NaiveTime::from_hms_opt(7, 0, 0).unwrap_or_default();
    let (from0, to0) = props.current.unwrap_or((nine, nine));
    let from = use_state(|| from0);
    let to = use_state(|| if props.current.is_some() { to0 } else { seven });
    let error = use_state(|| None::<String>);
    let clock_field = |id: &'static str, label: &'static str, value: UseStateHandle<NaiveTime>| {
        let shown = tend_core::dates::clock(*value);
        let onchange = Callback::from(move |e: Event| {
            if let Some(t) = e
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|i| tend_core::dates::parse_clock(&i.value()))
            {
                value.set(t);
            }
        });
        html! {
            <div class="field">
                <label for={id}>{ t(label) }</label>
                <input type="time" id={id} value={shown} {onchange} />
            </div>
        }
    };
    let on_save = {
        let (from, to) = (*from, *to);
        let reload = props.reload.clone();
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            let reload = reload.clone();
            let error = error.clone();
            let shared = shared.clone();
            spawn_local(async move {
                match invoke::<SetQuietHours>(&Some((from, to))).await {
                    Ok(()) => {
                        shared.announce.emit(t("reminders-quiet-saved"));
                        reload.emit(());
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };
    html! {
        <section aria-labelledby="reminders-quiet">
            <h2 id="reminders-quiet">{ t("reminders-quiet-title") }</h2>
            <p class="hint">{ t("reminders-quiet-intro") }</p>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            <div class="dates">
                { clock_field("quiet-from", "reminders-quiet-from", from.clone()) }
                { clock_field("quiet-to", "reminders-quiet-to", to.clone()) }
            </div>
            <button type="button" class="button quiet" onclick={on_save}>{ t("reminders-quiet-save") }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ZoneProps {
    zone: ZoneView,
    reload: Callback<()>,
}

/// The clock reminders follow: the system's, or a pinned zone.
#[function_component]
fn ZoneChoice(props: &ZoneProps) -> Html {
    let shared = use_shared();
    let error = use_state(|| None::<String>);
    let onchange = {
        let reload = props.reload.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let value = select.value();
            let pinned = (!value.is_empty()).then_some(value);
            let (reload, error, shared) = (reload.clone(), error.clone(), shared.clone());
            spawn_local(async move {
                match invoke::<SetZone>(&pinned).await {
                    Ok(()) => {
                        error.set(None);
                        shared.announce.emit(t("reminders-zone-saved"));
                        reload.emit(());
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };
    let zone = &props.zone;
    let system = if zone.system.is_empty() {
        t("reminders-zone-system-unnamed")
    } else {
        tr(
            "reminders-zone-system",
            &[("zone", zone.system.clone().into())],
        )
    };
    html! {
        <section aria-labelledby="reminders-zone">
            <h2 id="reminders-zone">{ t("reminders-zone-title") }</h2>
            <p class="hint">{ t("reminders-zone-intro") }</p>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            <div class="field">
                <label for="reminder-zone">{ t("reminders-zone") }</label>
                <select id="reminder-zone" {onchange}>
                    <option value="" selected={zone.pinned.is_none()}>{ system }</option>
                    { for zone.choices.iter().map(|name| html! {
                        // A zone's name is an identifier, the same in every language.
                        <option value={name.clone()} selected={zone.pinned.as_ref() == Some(name)} translate="no">{ name }</option>
                    }) }
                </select>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DesktopProps {
    view: DesktopView,
    reload: Callback<()>,
}

/// Keeping Tend in the tray, and starting it at login.
#[function_component]
fn Desktop(props: &DesktopProps) -> Html {
    let shared = use_shared();
    let error = use_state(|| None::<String>);
    let settings = props.view.settings;
    let change = |next: DesktopSettings| {
        let reload = props.reload.clone();
        let error = error.clone();
        let shared = shared.clone();
        Callback::from(move |_: Event| {
            let (reload, error, shared) = (reload.clone(), error.clone(), shared.clone());
            spawn_local(async move {
                match invoke::<SetDesktop>(&next).await {
                    Ok(()) => {
                        error.set(None);
                        shared.announce.emit(t("reminders-desktop-saved"));
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
                reload.emit(());
            });
        })
    };
    let keep = change(DesktopSettings {
        keep_running: !settings.keep_running,
        ..settings
    });
    let login = change(DesktopSettings {
        start_at_login: !settings.start_at_login,
        ..settings
    });
    html! {
        <section aria-labelledby="reminders-desktop">
            <h2 id="reminders-desktop">{ t("reminders-desktop-title") }</h2>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            if props.view.tray_shown {
                <label class="choice">
                    <input type="checkbox" checked={settings.keep_running} onchange={keep} />
                    { t("reminders-keep-running") }
                </label>
            } else {
                <p class="hint">{ t("reminders-no-tray") }</p>
            }
            <label class="choice">
                <input type="checkbox" checked={settings.start_at_login} onchange={login} />
                { t("reminders-start-at-login") }
            </label>
        </section>
    }
}
