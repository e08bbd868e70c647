//! The first-run welcome, at the top of Today until it is answered or
//! skipped, and never again: who she cares for (which chooses the framing
//! words and whether the ProQOL 5 is offered), her country for Get help,
//! and a daily check-in reminder if she wants one.

use super::error_text;
use crate::i18n::t;
use crate::ipc::invoke;
use crate::shared::use_shared;
use chrono::NaiveTime;
use tend_core::Role;
use tend_core::ipc::{FinishWelcome, Help, HelpView, WelcomeAnswers};
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The reminder time offered: early evening, when a day can be looked back on.
const REMINDER_AT: (u32, u32) = (20, 0);

#[function_component]
pub(crate) fn Welcome() -> Html {
    let shared = use_shared();
    let answers = use_state(WelcomeAnswers::default);
    let countries = use_state(|| None::<HelpView>);
    let error = use_state(|| None::<String>);
    {
        let (countries, answers) = (countries.clone(), answers.clone());
        use_effect_with((), move |_| {
            spawn_local(async move {
                if let Ok(view) = invoke::<Help>(&()).await {
                    // Her system's country, if listed, is the one offered.
                    answers.set(WelcomeAnswers {
                        country: view.country.clone(),
                        ..(*answers).clone()
                    });
                    countries.set(Some(view));
                }
            });
        });
    }
    let finish = {
        let (shared, error) = (shared.clone(), error.clone());
        Callback::from(move |request: WelcomeAnswers| {
            let (shared, error) = (shared.clone(), error.clone());
            spawn_local(async move {
                match invoke::<FinishWelcome>(&request).await {
                    Ok(view) => {
                        shared.announce.emit(t("welcome-done"));
                        shared.set_today.emit(view);
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };
    let set = |apply: fn(&mut WelcomeAnswers, Option<String>)| {
        let answers = answers.clone();
        move |value: Option<String>| {
            let mut next = (*answers).clone();
            apply(&mut next, value);
            answers.set(next);
        }
    };
    let on_role = set(|a, v| a.role = v.as_deref().and_then(Role::from_id));
    let on_country = set(|a, v| a.country = v.filter(|c| !c.is_empty()));
    let on_reminder = set(|a, v| {
        a.checkin_reminder = v.and(NaiveTime::from_hms_opt(REMINDER_AT.0, REMINDER_AT.1, 0))
    });
    let onsubmit = {
        let (finish, answers) = (finish.clone(), answers.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            finish.emit((*answers).clone());
        })
    };
    let skip = finish.reform(|_: MouseEvent| WelcomeAnswers::default());
    html! {
        <section class="card welcome" aria-labelledby="welcome-title">
            <h2 id="welcome-title">{ t("welcome-title") }</h2>
            <p>{ t("welcome-intro") }</p>
            <form {onsubmit}>
                <fieldset>
                    <legend>{ t("welcome-role") }</legend>
                    { for Role::ALL.iter().map(|role| {
                        let on_role = on_role.clone();
                        let id = role.id();
                        html! {
                            <label class="choice">
                                <input type="radio" name="welcome-role" value={id}
                                    checked={answers.role == Some(*role)}
                                    onchange={Callback::from(move |_: Event| on_role(Some(id.to_owned())))} />
                                { t(&format!("role-{id}")) }
                            </label>
                        }
                    }) }
                </fieldset>
                if let Some(view) = &*countries {
                    <div class="field">
                        <label for="welcome-country">{ t("welcome-country") }</label>
                        <select id="welcome-country" onchange={Callback::from(move |e: Event| {
                            on_country(e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()))
                        })}>
                            <option value="" selected={answers.country.is_none()}>{ t("welcome-country-none") }</option>
                            { for view.countries.iter().map(|c| html! {
                                <option value={c.code.clone()} selected={answers.country.as_ref() == Some(&c.code)}>{ &c.name }</option>
                            }) }
                        </select>
                    </div>
                }
                <label class="choice">
                    <input type="checkbox" id="welcome-reminder" checked={answers.checkin_reminder.is_some()}
                        onchange={Callback::from(move |e: Event| {
                            let on = e.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
                            on_reminder(on.then(String::new))
                        })} />
                    { t("welcome-reminder") }
                </label>
                if let Some(message) = &*error {
                    <p class="error" role="alert">{ message }</p>
                }
                <div class="actions">
                    <button type="submit" class="button">{ t("welcome-save") }</button>
                    <button type="button" class="button quiet" onclick={skip}>{ t("welcome-skip") }</button>
                </div>
            </form>
        </section>
    }
}
